import { unauthenticated } from "../shared/errors.js";
import type { Member } from "./member.entity.js";
import { permission, allows } from "./permission.js";
import { ADMIN_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "./role.js";

export const MEMBER_POLICY = {
  ownAccount: permission(SIGNED_IN_ROLES, "see and change their own profile and API tokens"),
  viewMembers: permission(STAFF_ROLES, "see the member directory, members' profiles, e-mail addresses and history"),
  setRole: permission(ADMIN_ROLES, "change roles"),
} as const;

export function requireViewer(viewer: Member | null): Member {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export const canSeeEmail = (viewer: Member | null, member: Member) => viewer?.id === member.id || allows(MEMBER_POLICY.viewMembers, viewer);

/** A member's history (posts, comments, votes, follows): the member themselves and staff. */
export const canSeeHistory = (viewer: Member | null, member: Member) => viewer?.id === member.id || allows(MEMBER_POLICY.viewMembers, viewer);
