import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";

/** Which new posts wait for approval (`ModerationState.HELD`) before anyone but their author and staff sees them. */
export enum HoldPolicy {
  /** Boards only: follow the community's policy. */
  COMMUNITY_DEFAULT = "COMMUNITY_DEFAULT",
  NOBODY = "NOBODY",
  /** A member's posts wait until `firstPosts` of them were let through. */
  FIRST_POSTS = "FIRST_POSTS",
  EVERYONE = "EVERYONE",
}
registerEnumType(HoldPolicy, {
  name: "HoldPolicy",
  description:
    "Which new posts wait for approval. Staff and ambassadors never wait; a post with a watched word that holds always waits.",
});

export enum WatchedWordAction {
  /** The text is refused, saying which word. */
  BLOCK = "BLOCK",
  /** A post with the word waits for approval. */
  HOLD = "HOLD",
  /** The word is replaced by ■ characters when saved. */
  CENSOR = "CENSOR",
}
registerEnumType(WatchedWordAction, { name: "WatchedWordAction", description: "What a watched word does to text that contains it." });

@ObjectType({ description: "The community's rule for holding new posts; boards may override it." })
@Entity()
@Check({ name: "hold_settings_policy_is_concrete", expression: "policy <> 'COMMUNITY_DEFAULT'" })
@Check({ name: "hold_settings_first_posts_range", expression: "first_posts >= 1 and first_posts <= 50" })
export class HoldSettings {
  @PrimaryKey({ type: "boolean", default: true })
  id: Opt<boolean> = true;

  @Field(() => HoldPolicy)
  @Enum({ items: () => HoldPolicy, nativeEnumName: "hold_policy", default: HoldPolicy.NOBODY })
  policy: Opt<HoldPolicy> = HoldPolicy.NOBODY;

  @Field(() => Int, { description: "Under FIRST_POSTS: how many of a member's posts wait before theirs appear at once." })
  @Property({ type: "smallint", default: 1 })
  firstPosts: Opt<number> = 1;
}

@ObjectType({ description: "A word or phrase moderators watch for in posts and comments; `*` matches any letters." })
@Entity()
@Index({ name: "watched_word_unique", expression: `create unique index "watched_word_unique" on "watched_word" (lower("word"))` })
export class WatchedWord {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 100 })
  word!: string;

  @Field(() => WatchedWordAction)
  @Enum({ items: () => WatchedWordAction, nativeEnumName: "watched_word_action" })
  action!: WatchedWordAction;

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  createdBy: Member | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
