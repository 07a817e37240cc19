import { Check, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";

/** What a member must have done to reach a level by themselves (the promotion job checks it). */
@ObjectType({ description: "What earns a trust level: all of it at once." })
export class TrustPromotionRule {
  @Field(() => Int, { description: "Days since they joined." })
  daysSinceJoined!: number;

  @Field(() => Int, { description: "Different days on which they came by." })
  daysVisited!: number;

  @Field(() => Int, { description: "Different posts whose page they opened." })
  postsRead!: number;

  @Field(() => Int, { description: "Posts and comments of theirs that moderators did not hold or hide." })
  acceptedContributions!: number;
}

/** The limits of one trust level, and how it is earned. */
@ObjectType({ description: "The limits of one trust level, and how it is earned." })
export class TrustLevelSettings {
  @Field(() => Int)
  level!: number;

  @Field(() => Int, { description: "Posts in any 24 hours." })
  postsPerDay!: number;

  @Field(() => Int, { description: "Comments in any 24 hours." })
  commentsPerDay!: number;

  @Field(() => Int)
  secondsBetweenPosts!: number;

  @Field(() => Int)
  secondsBetweenComments!: number;

  @Field(() => Int, { description: "Links in one post or comment." })
  linksPerPost!: number;

  @Field(() => Int, { description: "Votes in any 24 hours." })
  votesPerDay!: number;

  @Field(() => TrustPromotionRule, { nullable: true, description: "Null: not earned by a rule (level 0 is where everyone starts; level 4 and, when null, 3 only staff grant)." })
  promotion!: TrustPromotionRule | null;
}

export const TRUST_LEVELS = [0, 1, 2, 3, 4] as const;
export const TOP_TRUST_LEVEL = 4;
/** The highest level a rule may give (4 is staff's to give): above it nothing is counted or checked. */
export const HIGHEST_EARNED_LEVEL = 3;

/**
 * Discourse's defaults: a new member (0) gets 3 posts and 10 comments a day, 2 minutes between posts,
 * 30 s between comments, 2 links and 50 votes a day; basic (1) after 3 days, 5 posts read and one
 * accepted contribution; member (2) after 15 days visited and 5 accepted contributions; regular (3)
 * by a rule or staff; leader (4) by staff. Higher levels vote more (Discourse's 1.5×, 2×, 3×).
 */
export const DEFAULT_TRUST_LEVELS: TrustLevelSettings[] = [
  { level: 0, postsPerDay: 3, commentsPerDay: 10, secondsBetweenPosts: 120, secondsBetweenComments: 30, linksPerPost: 2, votesPerDay: 50, promotion: null },
  { level: 1, postsPerDay: 20, commentsPerDay: 100, secondsBetweenPosts: 15, secondsBetweenComments: 5, linksPerPost: 10, votesPerDay: 50, promotion: { daysSinceJoined: 3, daysVisited: 0, postsRead: 5, acceptedContributions: 1 } },
  { level: 2, postsPerDay: 20, commentsPerDay: 200, secondsBetweenPosts: 15, secondsBetweenComments: 5, linksPerPost: 50, votesPerDay: 75, promotion: { daysSinceJoined: 0, daysVisited: 15, postsRead: 0, acceptedContributions: 5 } },
  { level: 3, postsPerDay: 40, commentsPerDay: 400, secondsBetweenPosts: 15, secondsBetweenComments: 5, linksPerPost: 50, votesPerDay: 100, promotion: { daysSinceJoined: 50, daysVisited: 50, postsRead: 100, acceptedContributions: 20 } },
  { level: 4, postsPerDay: 60, commentsPerDay: 600, secondsBetweenPosts: 15, secondsBetweenComments: 5, linksPerPost: 50, votesPerDay: 150, promotion: null },
];

/** Providers so many members share that the same domain says nothing about who is behind two accounts. */
export const DEFAULT_COMMON_EMAIL_DOMAINS = [
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com", "me.com",
  "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.ru", "yandex.ru", "qq.com",
];

/** Workspace-wide trust levels and sign-up limits; one row (its absence means the defaults). ADMIN edits it. */
@Entity()
@Check({ name: "trust_settings_single_row", expression: "id = true" })
@Check({ name: "trust_settings_levels_count", expression: "jsonb_array_length(levels) = 5" })
@Check({ name: "trust_settings_accounts_per_ip_range", expression: "accounts_per_ip_per_day >= 0" })
export class TrustSettings {
  @PrimaryKey({ type: "boolean", default: true })
  id: Opt<boolean> = true;

  /** Levels 0–4 in order. */
  @Property({ type: "jsonb" })
  levels: Opt<TrustLevelSettings[]> = DEFAULT_TRUST_LEVELS;

  /** New accounts one address may open in any 24 hours; 0 turns the limit off. */
  @Property({ type: "smallint" })
  accountsPerIpPerDay: Opt<number> = 3;

  /** Sign-up is refused for these domains and their subdomains (lower case). */
  @Property({ type: "jsonb" })
  blockedEmailDomains: Opt<string[]> = [];

  /** Left out of "related accounts: same e-mail domain". */
  @Property({ type: "jsonb" })
  commonEmailDomains: Opt<string[]> = DEFAULT_COMMON_EMAIL_DOMAINS;
}

/** A day on which a member came by: written once per member and day (see `recordVisit`). */
@Entity()
export class MemberVisit {
  [PrimaryKeyProp]?: ["member", "day"];

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  /** The UTC day, 'YYYY-MM-DD'. */
  @PrimaryKey({ columnType: "date", type: "string" })
  day!: string;
}

/** A post whose page a member opened, once per member and post: "posts read" for trust levels. */
@Entity()
export class PostRead {
  [PrimaryKeyProp]?: ["member", "post"];

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @ManyToOne(() => Post, { primary: true, deleteRule: "cascade" })
  post!: Post;

  @Property({ type: "datetime" })
  readAt: Opt<Date> = new Date();
}

/** rate-limiter-flexible's counters (server/shared/rate-limit.ts), in PostgreSQL so every server process shares them. */
@Entity({ tableName: "rate_limit" })
export class RateLimitCounter {
  @PrimaryKey({ type: "string", length: 255 })
  key!: string;

  @Property({ type: "integer", default: 0 })
  points: Opt<number> = 0;

  /** Epoch milliseconds; null never expires. */
  @Property({ type: "bigint", nullable: true })
  expire: string | null = null;
}
