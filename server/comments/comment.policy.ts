import type { Member } from "../members/member.entity.js";
import { allows, permission } from "../members/permission.js";
import { MODERATOR_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "../members/role.js";
import type { Comment } from "./comment.entity.js";

export const COMMENT_POLICY = {
  comment: permission(SIGNED_IN_ROLES, "comment, and edit or delete their own comments"),
  writeInternal: permission(STAFF_ROLES, "write and read internal notes"),
  deleteAny: permission(MODERATOR_ROLES, "delete any comment"),
} as const;

/** Authors remove their own comments; moderators and above remove anyone's. */
export function canDeleteComment(viewer: Member | null, comment: Comment): boolean {
  return !!viewer && !comment.deletedAt && (comment.author.id === viewer.id || allows(COMMENT_POLICY.deleteAny, viewer));
}

/** Only the author rewords a comment, and never a deleted one (moderators delete instead). */
export function canEditComment(viewer: Member | null, comment: Comment): boolean {
  return !!viewer && !comment.deletedAt && comment.author.id === viewer.id;
}
