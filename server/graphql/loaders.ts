import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass } from "@mikro-orm/core";
import { findPlainIn, joinedPlainReader, plainReader } from "../db/plain-rows.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { visiblePostsSql } from "../posts/post.policy.js";
import { Board } from "../boards/board.entity.js";
import { ChangelogEntry, ChangelogEntryState } from "../changelog/changelog.entity.js";
import { entriesAnswering } from "../changelog/changelog.service.js";
import { Tag } from "../boards/tag.entity.js";
import { Status } from "../posts/status.entity.js";
import { Comment } from "../comments/comment.entity.js";
import { visibleCommentsSql } from "../comments/comment.policy.js";
import { PostEvent } from "../timeline/post-event.entity.js";
import { TrackerConnection } from "../trackers/tracker-connection.entity.js";
import { TrackerLink } from "../trackers/tracker-link.entity.js";
import { Vote } from "../votes/vote.entity.js";
import { Follow } from "../posts/follow.entity.js";
import { activityOf, type MemberActivity } from "../members/member-directory.service.js";
import { isUuid } from "../shared/ids.js";
import { ModerationState } from "../moderation/moderation-state.js";

/** A condition over a loader's alias `e`, with its `?` values; null: none. */
type Where = { sql: string; values: unknown[] } | null;

/** Loads the rows of `entity` belonging to each post, oldest first, one query per batch. */
function rowsOfPostLoader<T extends { post: { id: string } }>(em: EntityManager, entity: EntityClass<T>, where: Where = null) {
  return new DataLoader<string, T[]>(async (postIds) => {
    const rows = await findPlainIn(em, entity, "post" as keyof T & string, postIds, { where, orderBy: "e.created_at asc, e.id asc" });
    return postIds.map((postId) => rows.filter((row) => row.post.id === postId));
  });
}

/** Loads entities by primary key (those matching `where`), one query per batch, in the order asked. */
function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, where: Where = null) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await findPlainIn(em, entity, "id", ids.filter(isUuid), { where });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Answers "which of these posts does the viewer have a row for in `table`", one query per batch. */
function viewerPostFlagLoader(em: EntityManager, viewerId: string | null, table: "vote") {
  return new DataLoader<string, boolean>(async (postIds) => {
    if (!viewerId) return postIds.map(() => false);
    const rows: { post_id: string }[] = await em.execute(
      `select post_id from "${table}" where member_id = ? and post_id in (?)`,
      [viewerId, postIds],
    );
    const hits = new Set(rows.map((row) => row.post_id));
    return postIds.map((id) => hits.has(id));
  });
}

/** Which of these posts and comments the viewer has an open flag on, one query per batch. */
function viewerOpenFlagLoader(em: EntityManager, viewerId: string | null) {
  return new DataLoader<string, boolean>(async (ids) => {
    if (!viewerId) return ids.map(() => false);
    const valid = ids.filter(isUuid);
    if (!valid.length) return ids.map(() => false);
    const rows: { id: string }[] = await em.execute(
      `select coalesce(post_id, comment_id) as id from flag where flagger_id = ? and resolved_at is null and (post_id in (?) or comment_id in (?))`,
      [viewerId, valid, valid],
    );
    const hits = new Set(rows.map((row) => row.id));
    return ids.map((id) => hits.has(id));
  });
}

/** `viewerHasVoted`'s answer as SQL over a page's post alias `p`, so a list reads it with its rows. */
export function viewerHasVotedSql(viewerId: string | null): { sql: string; bindings: unknown[] } {
  if (!viewerId) return { sql: "false", bindings: [] };
  // A scalar subquery, not `exists`: PostgreSQL may run an `exists` as one hashed pass over all the
  // viewer's votes, before the page's limit is known: 10 ms per page for a member with 20,000 votes.
  return { sql: `coalesce((select true from vote v where v.post_id = p.id and v.member_id = ? limit 1), false)`, bindings: [viewerId] };
}

/**
 * Per-request DataLoaders, so that a page of N posts costs a fixed number of queries
 * whatever N is and whichever fields the client asks for. They read plain entities
 * (server/db/plain-rows.ts): what they return is for reading, never for changing.
 */
export function createLoaders(em: EntityManager, viewer: Member | null) {
  const viewerId = viewer?.id ?? null;
  const member = byIdLoader(em, Member);
  const viewerHasVoted = viewerPostFlagLoader(em, viewerId, "vote");
  const readable = visibleCommentsSql(viewer, "e");
  const onVisiblePost = visiblePostsSql(viewer, "p");
  return {
    commentsOfPost: rowsOfPostLoader(em, Comment, readable),
    /** A comment by id (the moderation queue's): only one the viewer may read, not deleted, on a post they see. */
    comment: byIdLoader(em, Comment, {
      sql: [`e.deleted_at is null`, ...(readable ? [readable.sql] : []), ...(onVisiblePost ? [`exists (select 1 from post p where p.id = e.post_id and ${onVisiblePost.sql})`] : [])].join(" and "),
      values: [...(readable?.values ?? []), ...(onVisiblePost?.values ?? [])],
    }),
    viewerHasFlagged: viewerOpenFlagLoader(em, viewerId),
    /** A post held for approval, for those reviewing it (the moderation queue), whoever they are. */
    heldPost: byIdLoader(em, Post, { sql: "e.moderation_state = ?", values: [ModerationState.HELD] }),
    timelineOfPost: rowsOfPostLoader(em, PostEvent),
    linksOfPost: rowsOfPostLoader(em, TrackerLink),
    votesOfPost: rowsOfPostLoader(em, Vote),
    memberActivity: new DataLoader<string, MemberActivity>((memberIds) => activityOf(em, viewer, memberIds)),
    trackerConnection: byIdLoader(em, TrackerConnection),
    member,
    board: byIdLoader(em, Board),
    /** Every path to a post by id (`post(id)`, a comment's, a vote's, a merge's) sees only what the viewer may. */
    post: new DataLoader<string, Post | null>(async (ids) => {
      const post = plainReader(em, Post, "p");
      const author = joinedPlainReader(em, Member, "author");
      const voted = viewerHasVotedSql(viewerId);
      const visible = visiblePostsSql(viewer, "p");
      const found: Record<string, unknown>[] = await em.execute(
        `select ${post.select}, ${author.select}, ${voted.sql} as viewer_has_voted
           from post p join member author on author.id = p.author_id
          where p.id in (?)${visible ? ` and ${visible.sql}` : ""}`,
        [...voted.bindings, ids.filter(isUuid), ...(visible?.values ?? [])],
      );
      const rows = found.map((row) => ({ entity: post.build(row), joined: { author: author.build(row) }, values: { viewerHasVoted: row.viewer_has_voted } }));
      // A post page's author and vote button, read with the post instead of a statement each.
      for (const { entity, joined, values } of rows) {
        member.prime(joined.author.id, joined.author);
        viewerHasVoted.prime(entity.id, values.viewerHasVoted === true);
      }
      const byId = new Map(rows.map((row) => [row.entity.id, row.entity]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** An entry as members may reach it from elsewhere (a notification): only while it is published. */
    publishedChangelogEntry: byIdLoader(em, ChangelogEntry, { sql: "e.state = ?", values: [ChangelogEntryState.PUBLISHED] }),
    /** Post.answeredIn: the published entries answering each post. */
    entriesAnswering: new DataLoader<string, ChangelogEntry[]>((postIds) => entriesAnswering(em, postIds)),
    status: new DataLoader<string, Status | null>(async (keys) => {
      const statuses = await findPlainIn(em, Status, "key", keys);
      return keys.map((key) => statuses.find((status) => status.key === key) ?? null);
    }),
    viewerHasVoted,
    viewerFollow: new DataLoader<string, Follow | null>(async (postIds) => {
      if (!viewerId) return postIds.map(() => null);
      const follows = await findPlainIn(em, Follow, "post", postIds, { where: { sql: "e.member_id = ?", values: [viewerId] } });
      return postIds.map((id) => follows.find((follow) => follow.post.id === id) ?? null);
    }),
    tagsOfPost: new DataLoader<string, Tag[]>(async (postIds) => {
      const tag = plainReader(em, Tag, "t");
      const rows: ({ tagged_post_id: string } & Record<string, unknown>)[] = await em.execute(
        `select pt.post_id as tagged_post_id, ${tag.select} from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id in (?)`,
        [postIds],
      );
      const byPost = new Map<string, Tag[]>();
      for (const row of rows) byPost.set(row.tagged_post_id, [...(byPost.get(row.tagged_post_id) ?? []), tag.build(row)]);
      return postIds.map((postId) => (byPost.get(postId) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
