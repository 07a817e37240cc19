import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { visiblePosts } from "../posts/post.policy.js";
import { isStaff } from "../members/role.js";
import { Board } from "../boards/board.entity.js";
import { ChangelogEntry, ChangelogEntryState } from "../changelog/changelog.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { Status } from "../posts/status.entity.js";
import { Comment, CommentVisibility } from "../comments/comment.entity.js";
import { PostEvent } from "../timeline/post-event.entity.js";
import { TrackerConnection } from "../trackers/tracker-connection.entity.js";
import { TrackerLink } from "../trackers/tracker-link.entity.js";
import { Vote } from "../votes/vote.entity.js";
import { Follow } from "../posts/follow.entity.js";
import { activityOf, type MemberActivity } from "../members/member-directory.service.js";
import { isUuid } from "../shared/ids.js";

/** Loads the rows of `entity` belonging to each post, oldest first, one query per batch. */
function rowsOfPostLoader<T extends { post: { id: string } }>(em: EntityManager, entity: EntityName<T>, where: object = {}) {
  return new DataLoader<string, T[]>(async (postIds) => {
    const rows = (await em.find(entity, { post: { $in: [...postIds] }, ...where } as never, {
      orderBy: { createdAt: "asc", id: "asc" } as never,
    })) as T[];
    return postIds.map((postId) => rows.filter((row) => row.post.id === postId));
  });
}

/** Loads entities by primary key (those matching `where`), one query per batch, in the order asked. */
function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T> = {}) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity, { $and: [{ id: { $in: ids.filter(isUuid) } }, where] } as never)) as T[];
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

/**
 * Per-request DataLoaders, so that a page of N posts costs a fixed number of queries
 * whatever N is and whichever fields the client asks for.
 */
export function createLoaders(em: EntityManager, viewer: Member | null) {
  const viewerId = viewer?.id ?? null;
  const viewerIsStaff = !!viewer && isStaff(viewer.role);
  return {
    commentsOfPost: rowsOfPostLoader(em, Comment, viewerIsStaff ? {} : { visibility: CommentVisibility.PUBLIC }),
    timelineOfPost: rowsOfPostLoader(em, PostEvent),
    linksOfPost: rowsOfPostLoader(em, TrackerLink),
    votesOfPost: rowsOfPostLoader(em, Vote),
    memberActivity: new DataLoader<string, MemberActivity>((memberIds) => activityOf(em, viewer, memberIds)),
    trackerConnection: byIdLoader(em, TrackerConnection),
    member: byIdLoader(em, Member),
    board: byIdLoader(em, Board),
    /** Every path to a post by id (`post(id)`, a comment's, a vote's, a merge's) sees only what the viewer may. */
    post: byIdLoader(em, Post, visiblePosts(viewer)),
    /** An entry as members may reach it from elsewhere (a notification): only while it is published. */
    publishedChangelogEntry: byIdLoader(em, ChangelogEntry, { state: ChangelogEntryState.PUBLISHED }),
    status: new DataLoader<string, Status | null>(async (keys) => {
      const statuses = await em.find(Status, { key: { $in: [...keys] } });
      return keys.map((key) => statuses.find((status) => status.key === key) ?? null);
    }),
    viewerHasVoted: viewerPostFlagLoader(em, viewerId, "vote"),
    viewerFollow: new DataLoader<string, Follow | null>(async (postIds) => {
      if (!viewerId) return postIds.map(() => null);
      const follows = await em.find(Follow, { member: viewerId, post: { $in: [...postIds] } });
      return postIds.map((id) => follows.find((follow) => follow.post.id === id) ?? null);
    }),
    tagsOfPost: new DataLoader<string, Tag[]>(async (postIds) => {
      const rows: { post_id: string; tag_id: string }[] = await em.execute(
        `select post_id, tag_id from post_tag where post_id in (?)`,
        [postIds],
      );
      const tags = await em.find(Tag, { id: { $in: [...new Set(rows.map((row) => row.tag_id))] } }, { orderBy: { name: "asc" } });
      const tagById = new Map(tags.map((tag) => [tag.id, tag]));
      return postIds.map((postId) =>
        rows
          .filter((row) => row.post_id === postId)
          .map((row) => tagById.get(row.tag_id)!)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
