import {
  Check,
  Collection,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
} from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { BugSeverity, PostKind } from "./post-enums.js";
import { INITIAL_STATUS, PostStatus } from "./post-status.js";
import { Status } from "./status.entity.js";
import { MultiLinkRule } from "../trackers/tracker-enums.js";
import { renderMarkdown } from "../shared/markdown.js";
import { ModerationState } from "../moderation/moderation-state.js";

@ObjectType({ description: "What a bug report adds to a post." })
@Embeddable()
export class BugDetails {
  @Field(() => String)
  @Property({ type: "text" })
  stepsToReproduce!: string;

  @Field(() => String)
  @Property({ type: "text" })
  expected!: string;

  @Field(() => String)
  @Property({ type: "text" })
  actual!: string;

  @Field(() => String)
  @Property({ type: "string", length: 500, default: "" })
  environment: Opt<string> = "";

  @Field(() => BugSeverity)
  @Enum({ items: () => BugSeverity, nativeEnumName: "bug_severity" })
  severity!: BugSeverity;

  @Field(() => String, { description: "`stepsToReproduce` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get stepsToReproduceHtml(): Opt<string> {
    return renderMarkdown(this.stepsToReproduce);
  }

  @Field(() => String, { description: "`expected` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get expectedHtml(): Opt<string> {
    return renderMarkdown(this.expected);
  }

  @Field(() => String, { description: "`actual` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get actualHtml(): Opt<string> {
    return renderMarkdown(this.actual);
  }
}

@ObjectType({ description: "What a usability report adds to a post." })
@Embeddable()
export class UsabilityDetails {
  @Field(() => String, { description: "Screen or URL where it happened." })
  @Property({ type: "string", length: 500 })
  location!: string;

  @Field(() => String, { description: "What the member tried to do." })
  @Property({ type: "text" })
  goal!: string;

  @Field(() => String, { description: "What got in the way." })
  @Property({ type: "text" })
  obstacle!: string;

  @Field(() => String, { description: "`goal` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get goalHtml(): Opt<string> {
    return renderMarkdown(this.goal);
  }

  @Field(() => String, { description: "`obstacle` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get obstacleHtml(): Opt<string> {
    return renderMarkdown(this.obstacle);
  }
}

/**
 * Full-text document: title weighs most, then body, then the kind's own fields. Written in the
 * canonical form PostgreSQL prints back, so the schema diff (and the drift test) sees no change.
 */
const SEARCH_DOCUMENT =
  "((setweight(to_tsvector('english'::regconfig, (COALESCE(title, ''::character varying))::text), 'A'::\"char\") || " +
  "setweight(to_tsvector('english'::regconfig, COALESCE(body, ''::text)), 'B'::\"char\")) || " +
  "setweight(to_tsvector('english'::regconfig, ((((((COALESCE(bug_steps_to_reproduce, ''::text) || ' '::text) || " +
  "COALESCE(bug_actual, ''::text)) || ' '::text) || COALESCE(usability_goal, ''::text)) || ' '::text) || " +
  "COALESCE(usability_obstacle, ''::text))), 'C'::\"char\")) stored";

@ObjectType({ description: "An idea, bug report or usability report." })
@Entity()
@Index({ properties: ["board", "status"] })
@Check({ name: "post_vote_count_not_negative", expression: "vote_count >= 0" })
@Check({ name: "post_comment_count_not_negative", expression: "comment_count >= 0" })
@Check({ name: "post_bug_details_match_kind", expression: "(kind = 'BUG') = (bug_severity is not null)" })
@Check({ name: "post_usability_details_match_kind", expression: "(kind = 'USABILITY') = (usability_goal is not null)" })
@Check({ name: "post_not_merged_into_itself", expression: "merged_into_id is null or merged_into_id <> id" })
@Check({ name: "post_moderated_at_matches_state", expression: "(moderation_state is null) = (moderated_at is null)" })
@Check({ name: "post_moderation_reason_only_when_hidden", expression: "moderation_reason is null or moderation_state = 'HIDDEN'" })
@Index({ name: "post_title_trgm", expression: 'create index "post_title_trgm" on "post" using gin ("title" gin_trgm_ops)' })
// The TOP and NEW lists (listPosts' ORDER BY, duplicates left out) read these in order and stop at the page's LIMIT instead of sorting every post.
@Index({
  name: "post_top",
  expression: `create index "post_top" on "post" ("vote_count" desc, "created_at" desc, "id") where "status" <> 'DUPLICATE'`,
})
@Index({
  name: "post_board_top",
  expression: `create index "post_board_top" on "post" ("board_id", "vote_count" desc, "created_at" desc, "id") where "status" <> 'DUPLICATE'`,
})
@Index({ name: "post_new", expression: `create index "post_new" on "post" ("created_at" desc, "id") where "status" <> 'DUPLICATE'` })
// A list's totalCount reads the status and moderation state (for the visibility rule) and the author (a member sees
// their own hidden posts): counted from this index alone instead of reading every post row (23 ms instead of 190 ms at
// 100,000 posts).
@Index({
  name: "post_visible_count",
  expression: `create index "post_visible_count" on "post" ("status", "author_id", "moderation_state") where "status" <> 'DUPLICATE'`,
})
// The moderation queue's held and hidden posts, oldest first, without reading the posts that are not withheld.
@Index({
  name: "post_withheld",
  expression: `create index "post_withheld" on "post" ("moderated_at", "id") where "moderation_state" is not null`,
})
@Index({
  name: "post_trending",
  expression: `create index "post_trending" on "post" ("trending_score" desc, "id") where "status" <> 'DUPLICATE'`,
})
@Index({
  name: "post_board_trending",
  expression: `create index "post_board_trending" on "post" ("board_id", "trending_score" desc, "id") where "status" <> 'DUPLICATE'`,
})
export class Post {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Board, { deleteRule: "restrict" })
  board!: Board;

  @Index()
  @ManyToOne(() => Member, { deleteRule: "restrict" })
  author!: Member;

  @Field(() => PostKind)
  @Enum({ items: () => PostKind, nativeEnumName: "post_kind" })
  kind!: PostKind;

  @Field(() => String)
  @Property({ type: "string", length: 160 })
  title!: string;

  @Field(() => String, { description: "Markdown as the author typed it (for editing); show `bodyHtml`." })
  @Property({ type: "text", default: "" })
  body: Opt<string> = "";

  @Field(() => String, { description: "`body` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  get bodyHtml(): Opt<string> {
    return renderMarkdown(this.body);
  }

  @Field(() => BugDetails, { nullable: true })
  @Embedded({ entity: () => BugDetails, nullable: true })
  bug: BugDetails | null = null;

  @Field(() => UsabilityDetails, { nullable: true })
  @Embedded({ entity: () => UsabilityDetails, nullable: true })
  usability: UsabilityDetails | null = null;

  /** The status's key; `statusDetails` is the status itself. */
  @Field(() => PostStatus)
  @Index()
  @ManyToOne(() => Status, { mapToPk: true, fieldName: "status", default: INITIAL_STATUS })
  status: Opt<string> = INITIAL_STATUS;

  /** Kept equal to COUNT(*) of votes by updating it in the same transaction as every vote change. */
  @Field(() => Int)
  @Property({ type: "integer", default: 0 })
  voteCount: Opt<number> = 0;

  @Field(() => Int)
  @Property({ type: "integer", default: 0 })
  commentCount: Opt<number> = 0;

  /**
   * The TRENDING order: (1 + votes of the last 14 days) × `post_trending_weight(created_at)`, a
   * weight that decays with the post's age. Stored so the list reads an index instead of counting
   * every post's votes per request. PostgreSQL owns it: set on insert by a trigger, moved by each vote
   * by the vote's weight, and recomputed every few minutes (votes age out, weights decay) by
   * `refreshTrendingScores`. Not read into entities.
   */
  @Property({ type: "double", default: 0, lazy: true })
  trendingScore?: number;

  /** How several linked tracker issues move this post; null follows the connection's default. */
  @Field(() => MultiLinkRule, { nullable: true })
  @Enum({ items: () => MultiLinkRule, nativeEnumName: "multi_link_rule", nullable: true })
  linkRule: MultiLinkRule | null = null;

  /** Set when this post was merged as a duplicate of another one. */
  @ManyToOne(() => Post, { nullable: true, deleteRule: "set null" })
  mergedInto: Post | null = null;

  @ManyToMany({ entity: () => Tag, pivotTable: "post_tag", joinColumn: "post_id", inverseJoinColumn: "tag_id" })
  tags = new Collection<Tag>(this);

  @Field(() => Date)
  @Index()
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  /** Set when the author or staff changed the title, body or details after submitting. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  editedAt: Date | null = null;

  /** First time staff acted on the post (status, tag, merge, board move, staff comment): feeds "time to triage". */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  firstTriagedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  shippedAt: Date | null = null;

  /** Null for a post everyone who sees its status sees; otherwise only its author and staff see it. */
  @Field(() => ModerationState, { nullable: true, description: "Set while the post is held for approval or hidden by moderators; then only its author and staff see it." })
  @Enum({ items: () => ModerationState, nativeEnumName: "moderation_state", nullable: true })
  moderationState: ModerationState | null = null;

  @Field(() => String, { nullable: true, description: "Why moderators hid the post, for its author: shown in place of the post." })
  @Property({ type: "text", nullable: true })
  moderationReason: string | null = null;

  /** Since when the post is held or hidden: the queue's order and its "older than a day" highlight. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  moderatedAt: Date | null = null;

  @Index({ type: "fulltext" })
  @Property({ type: "tsvector", generated: SEARCH_DOCUMENT, lazy: true, hidden: true, nullable: true })
  search?: string;
}
