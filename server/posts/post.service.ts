import type { EntityManager } from "@mikro-orm/postgresql";
import { publishDomainEvent } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/queue.js";
import type { FilterQuery } from "@mikro-orm/core";
import type { Config } from "../config.js";
import { badInput, forbidden, notFound } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { Member } from "../members/member.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import { PostEventType } from "../timeline/post-event.entity.js";
import { findOpenBoardOrThrow } from "../boards/board.service.js";
import { Board } from "../boards/board.entity.js";
import { countPerMember } from "../db/count-per-member.js";
import { findPlain, joinedPlainReader, plainReader, readPlain } from "../db/plain-rows.js";
import { Follow, FollowLevel, FollowReason, LEVEL_FOR_REASON } from "./follow.entity.js";
import { setFollowLevel } from "./follow.service.js";
import { BugDetails, Post, UsabilityDetails } from "./post.entity.js";
import { PostKind, PostSort } from "./post-enums.js";
import type { EditPostInput, PostFilter, SubmitPostInput } from "./post.inputs.js";
import { canEditPost, visiblePosts, visiblePostsSql } from "./post.policy.js";
import { DUPLICATE_STATUS, INITIAL_STATUS } from "./post-status.js";
import { refuseUnknownStatuses } from "./status.service.js";
import { holdPost, holdsNewPost } from "../moderation/holding.service.js";
import { screenTexts } from "../moderation/watched-words.js";
import { refuseRepeatedText } from "../trust/repeated-text.js";

/** Each kind has its own detail block: required on submit, and never the other kind's. */
function checkKindDetails(kind: PostKind, input: { bug?: unknown; usability?: unknown }, mode: "submit" | "edit") {
  if (kind !== PostKind.BUG && input.bug) throw badInput("bug", InputReason.NOT_FOR_THIS_KIND, "Only bug reports have bug details.");
  if (kind !== PostKind.USABILITY && input.usability) throw badInput("usability", InputReason.NOT_FOR_THIS_KIND, "Only usability reports have usability details.");
  if (mode === "edit") return;
  if (kind === PostKind.BUG && !input.bug) throw badInput("bug", InputReason.REQUIRED, "A bug report needs steps to reproduce, expected and actual result, and a severity.");
  if (kind === PostKind.USABILITY && !input.usability) throw badInput("usability", InputReason.REQUIRED, "A usability report needs where it happened, what you tried and what got in the way.");
}

/** Every text of a post a member types, by its input field, as watched words see them. */
const POST_TEXTS = [["title"], ["body"], ["bug", "stepsToReproduce"], ["bug", "expected"], ["bug", "actual"], ["bug", "environment"], ["usability", "location"], ["usability", "goal"], ["usability", "obstacle"]] as const;

/**
 * Applies the watched words to the texts given in a submission or an edit, censoring them in place;
 * true when a word that holds for approval matched.
 */
async function screenPostTexts(tx: EntityManager, input: SubmitPostInput | EditPostInput): Promise<boolean> {
  const holders = input as unknown as Record<string, Record<string, unknown> | null | undefined>;
  const present = POST_TEXTS.flatMap((path) => {
    const holder = path.length === 1 ? (input as unknown as Record<string, unknown>) : holders[path[0]];
    const key = path[path.length - 1];
    const text = holder?.[key];
    return holder && typeof text === "string" ? [{ holder, key, field: path.join("."), text }] : [];
  });
  const screened = await screenTexts(tx, present);
  present.forEach(({ holder, key }, index) => (holder[key] = screened.texts[index]));
  return screened.holds;
}

const toBug = (input: SubmitPostInput["bug"]) => (input ? Object.assign(new BugDetails(), input) : null);
const toUsability = (input: SubmitPostInput["usability"]) => (input ? Object.assign(new UsabilityDetails(), input) : null);

async function findOneOrNotFound(em: EntityManager, where: FilterQuery<Post>): Promise<Post> {
  const post = await em.findOne(Post, where);
  if (!post) throw notFound("Post");
  return post;
}

/** For services only staff may call (staff see every post); other paths use `findVisiblePostOrThrow`. */
export const findPostOrThrow = (em: EntityManager, id: string) => findOneOrNotFound(em, { id });

/** The post if the viewer may see it (`visiblePosts`): a hidden post is NOT_FOUND, like a missing one. */
export const findVisiblePostOrThrow = (em: EntityManager, viewer: Member | null, id: string) =>
  findOneOrNotFound(em, { $and: [{ id }, visiblePosts(viewer)] });

export async function submitPost(em: EntityManager, queue: JobQueue, author: Member, input: SubmitPostInput): Promise<Post> {
  checkKindDetails(input.kind, input, "submit");
  return em.transactional(async (tx) => {
    const board = await findOpenBoardOrThrow(tx, input.boardId);
    const matchedWordThatHolds = await screenPostTexts(tx, input);
    await refuseRepeatedText(tx, author, "post", [input.title, input.body]);
    const post = tx.create(Post, {
      board,
      author,
      kind: input.kind,
      title: input.title,
      body: input.body,
      bug: toBug(input.bug),
      usability: toUsability(input.usability),
    });
    tx.create(Follow, { post, member: author, reason: FollowReason.AUTHOR, level: LEVEL_FOR_REASON.AUTHOR });
    const created = recordEvent(tx, { post, type: PostEventType.CREATED, actor: author, toStatus: INITIAL_STATUS });
    // A held post is announced when it is let through (`releaseHeldPost`), not before.
    if (await holdsNewPost(tx, author, board, matchedWordThatHolds)) holdPost(post);
    else await publishDomainEvent(tx, queue, "post.created", { postId: post.id, eventId: created.id });
    return post;
  });
}

export async function editPost(em: EntityManager, config: Config, viewer: Member, postId: string, input: EditPostInput): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findVisiblePostOrThrow(tx, viewer, postId);
    if (!canEditPost(viewer, post, config)) throw forbidden("edit this post");
    checkKindDetails(post.kind, input, "edit");
    // Block and censor apply to edits too; holding is for new posts, so an edit's words that hold do not.
    await screenPostTexts(tx, input);
    const before = JSON.stringify([post.title, post.body, post.bug, post.usability]);
    if (input.title !== undefined && input.title !== null) post.title = input.title;
    if (input.body !== undefined && input.body !== null) post.body = input.body;
    if (input.bug) post.bug = toBug(input.bug);
    if (input.usability) post.usability = toUsability(input.usability);
    // Saving unchanged text is not an edit, so the "edited" marker only appears when something changed.
    if (JSON.stringify([post.title, post.body, post.bug, post.usability]) !== before) post.editedAt = new Date();
    return post;
  });
}

export async function setFollowing(em: EntityManager, member: Member, postId: string, level: FollowLevel): Promise<Post> {
  const post = await findVisiblePostOrThrow(em, member, postId);
  await setFollowLevel(em, post.id, member.id, level);
  return post;
}

/** Every post the member wrote that the viewer sees, newest first (their history): merged duplicates included. */
export function postsBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Post[]> {
  return readPlain(
    em
      .createQueryBuilder(Post, "p")
      .where({ $and: [{ author: memberId }, visiblePosts(viewer)] })
      .orderBy({ createdAt: "desc", id: "asc" })
      .limit(first),
  );
}

/** How many posts each of these members wrote, counting the rows `postsBy` lists. */
export function countPostsBy(em: EntityManager, viewer: Member | null, memberIds: readonly string[]): Promise<Map<string, number>> {
  return countPerMember(em, Post, "author", { $and: [{ author: { $in: [...memberIds] } }, visiblePosts(viewer)] });
}

export interface PostPage {
  posts: Post[];
  /** Whether posts follow this page (read as one row more than the page). */
  hasMore: boolean;
  /** The number of posts under the filter: a second statement, run only when called. */
  totalCount: () => Promise<number>;
  /** True when no post contained the search words and these are posts whose titles look like them. */
  approximate: boolean;
  /** Read with the page, for the request's loaders: each post's author and board, and the caller's `values`. */
  related: { author: Member; board: Board; values: Record<string, unknown> }[];
}

/** SQL read with each post of a page (over the page's alias `p`), e.g. the viewer's flags. */
export type PageValues = Record<string, { sql: string; bindings?: unknown[] }>;

/** And-ed conditions over `post p`, each with its `?` values in order. */
class PostConditions {
  private readonly parts: string[] = [];
  readonly values: unknown[] = [];

  and(sql: string, ...values: unknown[]): this {
    this.parts.push(sql);
    this.values.push(...values);
    return this;
  }

  copy(): PostConditions {
    const copy = new PostConditions();
    copy.parts.push(...this.parts);
    copy.values.push(...this.values);
    return copy;
  }

  get sql(): string {
    return this.parts.length ? this.parts.join(" and ") : "true";
  }
}

/** Each sort as the order its list index (post_top, post_new, post_trending) serves. */
const PAGE_ORDER: Record<PostSort, string> = {
  [PostSort.TOP]: "p.vote_count desc, p.created_at desc, p.id asc",
  [PostSort.NEW]: "p.created_at desc, p.id asc",
  [PostSort.OLDEST]: "p.created_at asc, p.id asc",
  [PostSort.TRENDING]: "p.trending_score desc, p.id asc",
};

async function readPage(
  em: EntityManager,
  where: PostConditions,
  order: { sql: string; values: unknown[] },
  options: { first: number; offset: number; values?: PageValues },
): Promise<Pick<PostPage, "posts" | "related" | "hasMore">> {
  const post = plainReader(em, Post, "p");
  const author = joinedPlainReader(em, Member, "author");
  const board = joinedPlainReader(em, Board, "board");
  const values = Object.entries(options.values ?? {});
  const rows: Record<string, unknown>[] = await em.execute(
    `select ${post.select}, ${author.select}, ${board.select}${values.map(([name, value]) => `, ${value.sql} as "value.${name}"`).join("")}
       from post p join member author on author.id = p.author_id join board on board.id = p.board_id
      where ${where.sql} order by ${order.sql} limit ? offset ?`,
    [...values.flatMap(([, value]) => value.bindings ?? []), ...where.values, ...order.values, options.first + 1, options.offset],
  );
  const shown = rows.slice(0, options.first);
  return {
    posts: shown.map((row) => post.build(row)),
    related: shown.map((row) => ({ author: author.build(row), board: board.build(row), values: Object.fromEntries(values.map(([name]) => [name, row[`value.${name}`]])) })),
    hasMore: rows.length > options.first,
  };
}

/** The number of posts under `where`, counted only when asked for, once. */
function counter(em: EntityManager, where: PostConditions): () => Promise<number> {
  return once(async () => {
    const [row]: { count: string }[] = await em.execute(`select count(*) as count from post p where ${where.sql}`, where.values);
    return Number(row.count);
  });
}

/**
 * How alike a typed phrase and a title must be (pg_trgm word similarity, 0–1) to count as the same
 * words mistyped: looser than pg_trgm's 0.6 so "dark mdoe" finds "Dark mode", tight enough that
 * unrelated titles stay out.
 */
const WORD_SIMILARITY_THRESHOLD = 0.4;

/**
 * One page of posts in one statement whatever the filter, with its authors and boards; the total is
 * a second one, run only if asked for. A search that matches no words falls back to titles similar to
 * what was typed (typos), ranked by similarity.
 *
 * Hand-written SQL rather than MikroORM's query builder: building the query cost about 3.5 ms of CPU
 * per page, four times what sending it and reading the rows cost (`npm run bench -- --profile`).
 */
export async function listPosts(
  em: EntityManager,
  options: { viewer: Member | null; filter: PostFilter; sort: PostSort; first: number; offset: number; values?: PageValues },
): Promise<PostPage> {
  const { filter } = options;
  const where = new PostConditions();
  const visible = visiblePostsSql(options.viewer, "p");
  if (visible) where.and(visible.sql, ...visible.values);
  if (filter.board) where.and("p.board_id = ?", filter.board);
  if (filter.kind) where.and("p.kind = ?", filter.kind);
  if (filter.author) where.and("p.author_id = ?", filter.author);
  if (filter.status?.length) {
    await refuseUnknownStatuses(em, filter.status, "status");
    where.and("p.status in (?)", [...filter.status]);
  } else where.and("p.status <> ?", DUPLICATE_STATUS);
  if (filter.tag) where.and("p.id in (select pt.post_id from post_tag pt where pt.tag_id = ?)", filter.tag);
  if (filter.linked != null) where.and(`${filter.linked ? "" : "not "}exists (select 1 from tracker_link tl where tl.post_id = p.id)`);
  if (filter.createdBefore) where.and("p.created_at < ?", filter.createdBefore);
  if (filter.createdAfter) where.and("p.created_at >= ?", filter.createdAfter);
  const search = filter.search;
  const unsearched = where.copy();
  if (search) where.and("p.search @@ websearch_to_tsquery('english', ?)", search);

  const page = await readPage(em, where, { sql: PAGE_ORDER[options.sort], values: [] }, options);
  const totalCount = counter(em, where);
  if (search && page.posts.length === 0 && (options.offset === 0 || (await totalCount()) === 0)) {
    const lookAlike = unsearched.and("word_similarity(?, p.title) >= ?", search, WORD_SIMILARITY_THRESHOLD);
    const fuzzy = await readPage(em, lookAlike, { sql: "word_similarity(?, p.title) desc, p.vote_count desc, p.id asc", values: [search] }, options);
    const fuzzyCount = counter(em, lookAlike);
    if (fuzzy.posts.length > 0 || (options.offset > 0 && (await fuzzyCount()) > 0)) return { ...fuzzy, approximate: true, totalCount: fuzzyCount };
  }
  return { ...page, approximate: false, totalCount };
}

/** `fn`, run at most once: a count that only some clients ask for. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

/**
 * A candidate that does not look like the typed title (a typo or rewording) must share at least this
 * many of the typed words: one common word ("app") is not a duplicate, a shared phrase is.
 */
const SHARED_WORDS_MIN = 2;

/**
 * Duplicate suggestions while a member types: title trigram word similarity plus full-text overlap of
 * the title and body words (OR-ed, so any shared word makes a candidate), ranked by the sum of both;
 * only look-alike titles and posts sharing SHARED_WORDS_MIN typed words are offered.
 */
export async function findSimilarPosts(em: EntityManager, viewer: Member | null, title: string, body: string, first: number): Promise<Post[]> {
  const words = [...new Set(`${title} ${body}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].slice(0, 30);
  // Words are letters and digits only, so joining them with "|" is a safe tsquery; null matches nothing.
  const anyWordQuery = words.length ? words.join(" | ") : null;
  // The visibility rule as a subquery; knex has already escaped its values.
  const visible = em.createQueryBuilder(Post, "visible").select("visible.id").where(visiblePosts(viewer)).getFormattedQuery();
  const rows: { id: string }[] = await em.transactional(async (tx) => {
    // Looser than pg_trgm's default 0.6 so typos while typing ("dark mdoe") still match; `<%` stays index-backed.
    await tx.execute(`set local pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
    return tx.execute(
      `select id from (
         select p.id, p.vote_count, ? <% p.title as looks_alike,
                word_similarity(?, p.title) + coalesce(ts_rank(p.search, to_tsquery('english', ?::text)), 0) as score,
                (select count(*) from jsonb_array_elements_text(?::jsonb) as word(text)
                  where p.search @@ plainto_tsquery('english', word.text)) as shared_words
           from post p
          where p.merged_into_id is null
            and p.id in (${visible})
            and (? <% p.title or p.search @@ to_tsquery('english', ?::text))
       ) candidate
        where looks_alike or shared_words >= ?
        order by score desc, vote_count desc
        limit ?`,
      [title, title, anyWordQuery, JSON.stringify(words), title, anyWordQuery, SHARED_WORDS_MIN, first],
    );
  });
  if (rows.length === 0) return [];
  const posts = await findPlain(em, Post, { id: { $in: rows.map((row) => row.id) } });
  const byId = new Map(posts.map((post) => [post.id, post]));
  return rows.map((row) => byId.get(row.id)!);
}
