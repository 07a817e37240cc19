import type { FilterQuery } from "@mikro-orm/core";
import type { Member } from "../members/member.entity.js";
import { allows, permission } from "../members/permission.js";
import { MODERATOR_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "../members/role.js";
import { type Comment, CommentVisibility } from "./comment.entity.js";

export const COMMENT_POLICY = {
  comment: permission(SIGNED_IN_ROLES, "comment, and edit their own comments", { contributes: true }),
  /** Not `contributes`: a silenced member, or one yet to accept the netiquette, may still take their words back. */
  deleteOwn: permission(SIGNED_IN_ROLES, "delete their own comments"),
  writeInternal: permission(STAFF_ROLES, "write and read internal notes", { contributes: true }),
  deleteAny: permission(MODERATOR_ROLES, "delete any comment"),
  /** Their authors read their own too (`canReadHiddenText`). */
  readHidden: permission(STAFF_ROLES, "read the text of comments hidden by moderators or by flags"),
} as const;

/**
 * Whether the viewer reads a hidden comment's text: its author and staff. Everyone else sees the
 * comment keep its place in the thread, with `hiddenReason` instead of its text.
 */
export const canReadHiddenText = (viewer: Member | null, comment: Comment): boolean =>
  !comment.hiddenAt || comment.author.id === viewer?.id || allows(COMMENT_POLICY.readHidden, viewer);

/**
 * The one rule for who reads a comment: an internal note is for those who may write one, a public
 * comment for everyone who sees its post (`visiblePosts`, which callers add). As a condition on
 * comments, for every query that lists or counts them for a viewer.
 */
export function visibleComments(viewer: Member | null): FilterQuery<Comment> {
  return allows(COMMENT_POLICY.writeInternal, viewer) ? {} : { visibility: CommentVisibility.PUBLIC };
}

/** `visibleComments` as a condition over the comment row `comment`, for hand-written reads; null: all. */
export function visibleCommentsSql(viewer: Member | null, comment: string): { sql: string; values: unknown[] } | null {
  return allows(COMMENT_POLICY.writeInternal, viewer) ? null : { sql: `${comment}.visibility = ?`, values: [CommentVisibility.PUBLIC] };
}

/** `visibleComments` for one comment already loaded. */
export function canReadComment(viewer: Member | null, comment: Comment): boolean {
  return isPublicComment(comment) || allows(COMMENT_POLICY.writeInternal, viewer);
}

/** A comment anyone may read: the ones `comment_count` and the statistics count and followers hear of. */
export const isPublicComment = (comment: Comment): boolean => comment.visibility === CommentVisibility.PUBLIC;

/** `isPublicComment` as SQL, for set-based queries over the comment row `comment` (a table alias). */
export const publicCommentSql = (comment: string) => `${comment}.visibility = '${CommentVisibility.PUBLIC}'`;

/** Authors remove their own comments; moderators and above remove anyone's. */
export function canDeleteComment(viewer: Member | null, comment: Comment): boolean {
  return !!viewer && !comment.deletedAt && (comment.author.id === viewer.id || allows(COMMENT_POLICY.deleteAny, viewer));
}

/** Only the author rewords a comment, and never a deleted one (moderators delete instead). */
export function canEditComment(viewer: Member | null, comment: Comment): boolean {
  return !!viewer && !comment.deletedAt && comment.author.id === viewer.id;
}
