import type { Member } from "../members/member.entity.js";
import { allows, permission, requirePermission } from "../members/permission.js";
import { ADMIN_ROLES, HOLD_REVIEWER_ROLES, MANAGER_ROLES, MODERATOR_ROLES, ORGANISER_ROLES, Role, SIGNED_IN_ROLES, isStaff } from "../members/role.js";
import { forbidden } from "../shared/errors.js";

export const MODERATION_POLICY = {
  /** Which member is decided by `canSanction`. */
  sanction: permission(MODERATOR_ROLES, "warn, silence, suspend and lift sanctions on members (staff only by ADMIN; never an ADMIN)"),
  staffNotes: permission(MODERATOR_ROLES, "read and write private staff notes on members and see their sanctions"),
  auditLog: permission(ADMIN_ROLES, "read the audit log of staff actions"),
  configureHolding: permission(MANAGER_ROLES, "choose which new posts wait for approval, for the community and per board"),
  watchWords: permission(MODERATOR_ROLES, "keep the list of watched words (block, hold for approval, censor)"),
  /** Not an operation: whose posts never wait for approval (`holdsNewPost`). */
  postWithoutApproval: permission(ORGANISER_ROLES, "post without waiting for approval, whatever the hold policy and watched words"),
  /** Reading the current version is public. */
  writeNetiquette: permission(ADMIN_ROLES, "publish new versions of the netiquette and read its history"),
  /** Staff too: the guidelines are everyone's (Discourse asks everybody). */
  acceptNetiquette: permission(SIGNED_IN_ROLES, "accept the current netiquette"),
  /** From trust level 1 (`canFlag`); never one's own content. */
  flag: permission(SIGNED_IN_ROLES, "flag posts and comments (from trust level 1)"),
  moderate: permission(MODERATOR_ROLES, "work the moderation queue: resolve flags, hide, restore and delete flagged content"),
  reviewHeld: permission(HOLD_REVIEWER_ROLES, "see posts held for approval in the moderation queue and approve or reject them"),
  flagSettings: permission(ADMIN_ROLES, "change how much flags weigh, when they hide content and how many members may give"),
} as const;

/** The trust level from which members flag (Discourse: basic users); moderators flag at any level. */
export const FLAG_TRUST_LEVEL = 1;

/** Whether `viewer` may flag content written by `authorId` (someone else's, from trust level 1). */
export function canFlag(viewer: Member | null, authorId: string): boolean {
  if (!allows(MODERATION_POLICY.flag, viewer) || viewer!.id === authorId) return false;
  return viewer!.trustLevel >= FLAG_TRUST_LEVEL || allows(MODERATION_POLICY.moderate, viewer);
}

/**
 * Whether `viewer` may sanction `target`: moderators and up sanction members and ambassadors, only an
 * ADMIN sanctions staff, and nobody sanctions an ADMIN (the community always keeps someone in charge).
 */
export function canSanction(viewer: Member | null, target: Member): boolean {
  if (!allows(MODERATION_POLICY.sanction, viewer) || target.role === Role.ADMIN || viewer!.id === target.id) return false;
  return !isStaff(target.role) || viewer!.role === Role.ADMIN;
}

export function requireSanctionable(viewer: Member | null, target: Member): Member {
  const actor = requirePermission(viewer, MODERATION_POLICY.sanction);
  if (!canSanction(actor, target)) throw forbidden(target.role === Role.ADMIN ? "sanction an admin" : "sanction staff (only an admin may)");
  return actor;
}

/** A member's sanctions and staff note: staff who may sanction; `activeSanction` also the member. */
export const canSeeSanctionOf = (viewer: Member | null, member: Member) => viewer?.id === member.id || allows(MODERATION_POLICY.staffNotes, viewer);
