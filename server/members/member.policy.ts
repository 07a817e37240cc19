import { forbidden, unauthenticated } from "../shared/errors.js";
import type { Member } from "./member.entity.js";
import { Role, isStaff } from "./role.js";

export function requireViewer(viewer: Member | null): Member {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Signed in and holding one of `roles`; `what` completes "You are not allowed to …". */
export function requireRole(viewer: Member | null, roles: readonly Role[], what: string): Member {
  const member = requireViewer(viewer);
  if (!roles.includes(member.role)) throw forbidden(what);
  return member;
}

export const canSeeEmail = (viewer: Member | null, member: Member) =>
  !!viewer && (viewer.id === member.id || isStaff(viewer.role));

/** A member's history (posts, comments, votes, follows): the member themselves and staff. */
export const canSeeHistory = (viewer: Member | null, member: Member) =>
  !!viewer && (viewer.id === member.id || isStaff(viewer.role));

export const MEMBER_PERMISSIONS = {
  setRole: [Role.ADMIN],
} as const;
