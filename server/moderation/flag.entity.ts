import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Comment } from "../comments/comment.entity.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";

/** Why a member reports a post or comment (Discourse's and Reddit's reasons, in short). */
export enum FlagReason {
  SPAM = "SPAM",
  ABUSE = "ABUSE",
  OFF_TOPIC = "OFF_TOPIC",
  /** Needs a message (FLAG_REASONS_NEEDING_A_MESSAGE): what law, in the flagger's words. */
  ILLEGAL = "ILLEGAL",
  /** Needs a message. */
  OTHER = "OTHER",
}
registerEnumType(FlagReason, { name: "FlagReason", description: "Why a member flags a post or comment. ILLEGAL and OTHER need a message." });


export enum FlagResolution {
  /** Moderators agreed: the content was hidden (or deleted). */
  AGREED = "AGREED",
  /** Moderators found nothing wrong. */
  DISMISSED = "DISMISSED",
}
registerEnumType(FlagResolution, { name: "FlagResolution" });

/**
 * One member's report of one post or comment. Open while `resolvedAt` is null: the open flags' weights
 * add up to the item's score, which hides it at `FlagSettings.hideThreshold` (flag.service.ts).
 */
@ObjectType({ description: "A member's report of a post or comment, with its reason and weight." })
@Entity()
@Check({ name: "flag_one_target", expression: "(post_id is null) <> (comment_id is null)" })
@Check({ name: "flag_message_when_required", expression: "(reason <> 'ILLEGAL' and reason <> 'OTHER') or coalesce(length(btrim(message)), 0) > 0" })
@Check({ name: "flag_resolution_when_resolved", expression: "(resolved_at is null) = (resolution is null)" })
// Double comparisons in the form PostgreSQL prints them back, so the schema diff (and the drift test) sees no change.
@Check({ name: "flag_weight_positive", expression: "weight > (0)::double precision" })
// One open flag per member per item: a second one is CONFLICT, also when two arrive at once.
@Index({ name: "flag_one_open_per_post", expression: `create unique index "flag_one_open_per_post" on "flag" ("post_id", "flagger_id") where "resolved_at" is null` })
@Index({ name: "flag_one_open_per_comment", expression: `create unique index "flag_one_open_per_comment" on "flag" ("comment_id", "flagger_id") where "resolved_at" is null` })
// The daily limit counts a member's flags of the last 24 hours; the queue reads the open ones.
@Index({ properties: ["flagger", "createdAt"] })
@Index({ name: "flag_open", expression: `create index "flag_open" on "flag" ("created_at") where "resolved_at" is null` })
export class Flag {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => Post, { nullable: true, deleteRule: "cascade" })
  post: Post | null = null;

  @Index()
  @ManyToOne(() => Comment, { nullable: true, deleteRule: "cascade" })
  comment: Comment | null = null;

  @ManyToOne(() => Member, { deleteRule: "cascade" })
  flagger!: Member;

  @Field(() => FlagReason)
  @Enum({ items: () => FlagReason, nativeEnumName: "flag_reason" })
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: "What the flagger adds; always there for ILLEGAL and OTHER." })
  @Property({ type: "text", nullable: true })
  message: string | null = null;

  /** What the flag adds to the item's score, frozen when it was given (a later trust level or setting does not move it). */
  @Field(() => Float)
  @Property({ type: "double" })
  weight!: number;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => FlagResolution, { nullable: true })
  @Enum({ items: () => FlagResolution, nativeEnumName: "flag_resolution", nullable: true })
  resolution: FlagResolution | null = null;
}

/** The trust levels that may flag, each with its own weight and daily limit (TL0 cannot flag, as in Discourse). */
export const FLAGGING_TRUST_LEVELS = [1, 2, 3, 4] as const;
export type FlaggingTrustLevel = (typeof FLAGGING_TRUST_LEVELS)[number];

/**
 * How much a flag weighs and how many a member may give, by trust level; one row, editable by admins.
 * Discourse's "medium" sensitivity: content is hidden once its open flags weigh 6; a moderator's flag
 * weighs the whole threshold (hides at once). A regular's (TL3) flag counts twice a basic member's.
 */
@Entity()
@Check({ name: "flag_settings_single_row", expression: "id = true" })
@Check({ name: "flag_settings_positive", expression: "hide_threshold > (0)::double precision and weight_tl1 > (0)::double precision and weight_tl2 > (0)::double precision and weight_tl3 > (0)::double precision and weight_tl4 > (0)::double precision" })
@Check({ name: "flag_settings_limits_not_negative", expression: "daily_limit_tl1 >= 0 and daily_limit_tl2 >= 0 and daily_limit_tl3 >= 0 and daily_limit_tl4 >= 0" })
export class FlagSettings {
  @PrimaryKey({ type: "boolean", default: true })
  id: Opt<boolean> = true;

  @Property({ type: "double", default: 6 })
  hideThreshold: Opt<number> = 6;

  @Property({ type: "double", default: 1 })
  weightTl1: Opt<number> = 1;

  @Property({ type: "double", default: 1.5 })
  weightTl2: Opt<number> = 1.5;

  @Property({ type: "double", default: 2 })
  weightTl3: Opt<number> = 2;

  @Property({ type: "double", default: 3 })
  weightTl4: Opt<number> = 3;

  /** Flags per 24 hours. */
  @Property({ type: "integer", default: 20 })
  dailyLimitTl1: Opt<number> = 20;

  @Property({ type: "integer", default: 30 })
  dailyLimitTl2: Opt<number> = 30;

  @Property({ type: "integer", default: 50 })
  dailyLimitTl3: Opt<number> = 50;

  @Property({ type: "integer", default: 100 })
  dailyLimitTl4: Opt<number> = 100;
}

export const weightOf = (settings: FlagSettings, level: FlaggingTrustLevel): number => settings[`weightTl${level}`];
export const dailyLimitOf = (settings: FlagSettings, level: FlaggingTrustLevel): number => settings[`dailyLimitTl${level}`];
