import type { Member } from "../members/member.entity.js";
import { allows, permission, requirePermission } from "../members/permission.js";
import { ADMIN_ROLES, MODERATOR_ROLES, Role, isStaff } from "../members/role.js";
import { forbidden } from "../shared/errors.js";

export const TRUST_POLICY = {
  /** Which member is decided by `canSetTrustLevel`. */
  setLevel: permission(MODERATOR_ROLES, "set a member's trust level (staff's only by ADMIN)"),
  settings: permission(ADMIN_ROLES, "change the trust levels' limits and the sign-up limits"),
  seeSignUpIp: permission(ADMIN_ROLES, "see the address an account was opened from"),
} as const;

/** Moderators set members' and ambassadors' levels; only an ADMIN sets staff's, their own included. */
export const canSetTrustLevel = (viewer: Member | null, target: Member) =>
  allows(TRUST_POLICY.setLevel, viewer) && (!isStaff(target.role) || viewer!.role === Role.ADMIN);

export function requireTrustSettable(viewer: Member | null, target: Member): Member {
  const actor = requirePermission(viewer, TRUST_POLICY.setLevel);
  if (!canSetTrustLevel(actor, target)) throw forbidden("set a staff member's trust level (only an admin may)");
  return actor;
}
