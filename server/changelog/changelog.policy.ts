import { permission } from "../members/permission.js";
import { COMPANY_VOICE_ROLES, SIGNED_IN_ROLES } from "../members/role.js";

/** Announcing what shipped speaks for the company: product staff, managers and admins. */
export const CHANGELOG_POLICY = {
  write: permission(COMPANY_VOICE_ROLES, "write, schedule and publish changelog entries"),
  configure: permission(COMPANY_VOICE_ROLES, "edit changelog categories and decide whether shipping waits for the changelog"),
  /** Visitors keep the moment in their browser instead. */
  markSeen: permission(SIGNED_IN_ROLES, "remember when they last read the changelog"),
} as const;
