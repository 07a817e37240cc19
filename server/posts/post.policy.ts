import type { FilterQuery } from "@mikro-orm/core";
import type { Config } from "../config.js";
import type { Member } from "../members/member.entity.js";
import { allows, permission } from "../members/permission.js";
import { MODERATOR_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "../members/role.js";
import type { Post } from "./post.entity.js";

export const POST_POLICY = {
  submit: permission(SIGNED_IN_ROLES, "submit posts", { contributes: true }),
  follow: permission(SIGNED_IN_ROLES, "follow and unfollow posts"),
  /** `canEditPost` decides per post. */
  edit: permission(SIGNED_IN_ROLES, "edit their own post within `AUTHOR_EDIT_GRACE_MINUTES` of submitting it", { contributes: true }),
  /** Any post at any time (fix a title, remove personal data); authors edit their own for a while. */
  editAny: permission(MODERATOR_ROLES, "edit any post", { contributes: true }),
  /** `visiblePosts` is the rule itself. */
  seeHidden: permission(STAFF_ROLES, "see posts whose status is not public, and posts held for approval or hidden by moderators"),
} as const;

/**
 * The one rule for who sees a post, as a condition on posts: every query that reaches posts for a
 * viewer (lists and counts, one post, duplicates, history, search, similar posts, roadmap, live
 * updates, votes, comments and notifications) adds it. A post whose status is not public, or that is
 * held for approval or hidden by moderators (`moderationState`), is staff's — and its author's: like
 * Canny's and Featurebase's private statuses, the member who wrote it keeps seeing what happens to it.
 */
export function visiblePosts(viewer: Member | null): FilterQuery<Post> {
  if (allows(POST_POLICY.seeHidden, viewer)) return {};
  // `status` maps to the key (mapToPk), so the typings do not see the relation the query joins.
  const listed = { status: { public: true }, moderationState: null } as FilterQuery<Post>;
  return { $or: [listed, ...(viewer ? [{ author: viewer.id }] : [])] };
}

/**
 * `visiblePosts` as a condition over the post row `post`, with its `?` values, for hand-written reads;
 * null when the viewer sees every post.
 */
export function visiblePostsSql(viewer: Member | null, post: string): { sql: string; values: unknown[] } | null {
  if (allows(POST_POLICY.seeHidden, viewer)) return null;
  const listed = `${post}.status in (select key from post_status where public) and ${post}.moderation_state is null`;
  return viewer ? { sql: `((${listed}) or ${post}.author_id = ?)`, values: [viewer.id] } : { sql: `(${listed})`, values: [] };
}

/**
 * `visiblePosts` for many members at once, as SQL for set-based queries (the notification fan-out):
 * true when the member row `member` may see the post row `post` whose status row is `status`. The
 * roles are bound as `?`: pass `POST_POLICY.seeHidden.roles` for it.
 */
export const memberSeesPostSql = (member: string, post: string, status: string) =>
  `((${status}.public and ${post}.moderation_state is null) or ${member}.role in (?) or ${post}.author_id = ${member}.id)`;

export function canEditPost(viewer: Member | null, post: Post, config: Config, now = new Date()): boolean {
  if (!viewer) return false;
  if (allows(POST_POLICY.editAny, viewer)) return true;
  const graceEndsAt = post.createdAt.getTime() + config.authorEditGraceMinutes * 60_000;
  return post.author.id === viewer.id && now.getTime() <= graceEndsAt;
}
