import type { Member } from "../members/member.entity.js";
import { Role, isStaff } from "../members/role.js";
import type { Comment } from "./comment.entity.js";

export const canWriteInternal = (member: Member) => isStaff(member.role);

/** Authors remove their own comments; moderators and above remove anyone's. */
export function canModerateComment(viewer: Member, comment: Comment): boolean {
  return comment.author.id === viewer.id || [Role.MODERATOR, Role.MANAGER, Role.ADMIN].includes(viewer.role);
}

/** Only the author rewords a comment, and never a deleted one (moderators delete instead). */
export function canEditComment(viewer: Member | null, comment: Comment): boolean {
  return !!viewer && !comment.deletedAt && comment.author.id === viewer.id;
}
