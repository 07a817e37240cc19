import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Member } from "../members/member.entity.js";
import { Post } from "./post.entity.js";

/** Why a member follows a post: taking part follows it automatically, MANUAL is their own choice. */
export enum FollowReason {
  AUTHOR = "AUTHOR",
  VOTE = "VOTE",
  COMMENT = "COMMENT",
  MANUAL = "MANUAL",
  /** Followed a post that was merged into this one. */
  MERGED = "MERGED",
}

/**
 * What a follower hears about. Declared from least to most, so PostgreSQL's enum order compares
 * levels (`excluded.level > follow.level`): an automatic follow only ever raises a level.
 */
export enum FollowLevel {
  /** Nothing: the member muted the post (and taking part again does not undo it). */
  NONE = "NONE",
  /** Status changes and official updates only: what voters hear by default ("when this ships"). */
  STATUS = "STATUS",
  /** Also replies and every new comment: authors and commenters. */
  ALL = "ALL",
}

registerEnumType(FollowReason, { name: "FollowReason", description: "Why a member follows a post." });
registerEnumType(FollowLevel, { name: "FollowLevel", description: "What a follower hears about a post." });

/** Taking part follows a post at this level. */
export const LEVEL_FOR_REASON: Record<Exclude<FollowReason, FollowReason.MANUAL | FollowReason.MERGED>, FollowLevel> = {
  [FollowReason.AUTHOR]: FollowLevel.ALL,
  [FollowReason.COMMENT]: FollowLevel.ALL,
  [FollowReason.VOTE]: FollowLevel.STATUS,
};

/** A member who wants news about a post, at a level. */
@ObjectType("PostFollow", { description: "How the viewer follows a post." })
@Entity()
export class Follow {
  [PrimaryKeyProp]?: ["post", "member"];

  @ManyToOne(() => Post, { primary: true, deleteRule: "cascade" })
  post!: Post;

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @Field(() => FollowReason)
  @Enum({ items: () => FollowReason, nativeEnumName: "follow_reason", default: FollowReason.MANUAL })
  reason: Opt<FollowReason> = FollowReason.MANUAL;

  @Field(() => FollowLevel)
  @Enum({ items: () => FollowLevel, nativeEnumName: "follow_level", default: FollowLevel.ALL })
  level: Opt<FollowLevel> = FollowLevel.ALL;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
