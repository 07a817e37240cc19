import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Role } from "./role.js";
import { Language } from "./language.js";

@ObjectType({ description: "A person in the community (members, moderators, managers, …)." })
@Entity()
@Check({ name: "member_mail_hard_bounces_check", expression: "mail_hard_bounces >= 0" })
@Check({ name: "member_trust_level_range", expression: "trust_level >= 0 and trust_level <= 4" })
@Index({ name: "member_sign_up_ip", properties: ["signUpIp", "createdAt"] })
@Index({ name: "member_email_domain", expression: `create index "member_email_domain" on "member" (split_part("email", '@', 2))` })
export class Member {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  /** Stored lower-cased; unique. Exposed only to the member themselves and to staff. */
  @Property({ type: "string", length: 254, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: "string", length: 80 })
  displayName!: string;

  @Property({ type: "string", length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: "role", default: Role.MEMBER })
  role: Opt<Role> = Role.MEMBER;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  /** When the member opened the link mailed to their current address; null until then. */
  @Property({ type: "datetime", nullable: true })
  emailVerifiedAt: Date | null = null;

  /** The language of their mails (and, later, notifications). */
  @Enum({ items: () => Language, nativeEnumName: "language", default: Language.EN })
  language: Opt<Language> = Language.EN;

  /** Hard failures (SMTP 5xx) in a row at the current address; a delivered mail resets it. */
  @Property({ type: "smallint", default: 0 })
  mailHardBounces: Opt<number> = 0;

  /** Set at the second hard failure in a row: no more mail until the address is changed or verified. */
  @Property({ type: "datetime", nullable: true })
  mailSuppressedAt: Date | null = null;

  /** When they last opened the changelog: the header's "What's new" counts entries published since. */
  @Property({ type: "datetime", nullable: true })
  changelogSeenAt: Date | null = null;

  /**
   * Discourse's trust levels: 0 new, 1 basic, 2 member, 3 regular (trusted), 4 leader. Higher levels get
   * looser limits and weigh more in flags.
   */
  @Property({ type: "smallint", default: 0 })
  trustLevel: Opt<number> = 0;

  /** When the level last changed (null: level 0 since joining). */
  @Property({ type: "datetime", nullable: true })
  trustLevelSince: Date | null = null;

  /** Set when staff chose the level; cleared when a rule raises it. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  trustLevelSetBy: Member | null = null;

  /** Why staff chose it (null when a rule gave it). */
  @Property({ type: "text", nullable: true })
  trustLevelReason: string | null = null;

  /** True once staff set the level by hand: rules no longer move it. */
  @Property({ type: "boolean", default: false })
  trustLevelLocked: Opt<boolean> = false;

  /** The address the account was opened from (staff see related accounts; only ADMIN the address). */
  @Property({ columnType: "inet", type: "string", nullable: true })
  signUpIp: string | null = null;

  /** The last request's time, to the day: a visit is recorded once a day (`recordVisit`), not per request. */
  @Property({ type: "datetime", nullable: true })
  lastVisitedAt: Date | null = null;
}
