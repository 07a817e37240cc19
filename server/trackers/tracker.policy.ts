import { permission } from "../members/permission.js";
import { ADMIN_ROLES, COMPANY_VOICE_ROLES, MANAGER_ROLES, STAFF_ROLES } from "../members/role.js";

/**
 * Admins own the connections and their credentials and repair sync; managers and the product team
 * turn posts into tracker issues; managers also tune how tracker states map to post statuses.
 */
export const TRACKER_POLICY = {
  manageConnections: permission(ADMIN_ROLES, "manage tracker connections and their credentials"),
  /** On the connection's detail fields too, so the check holds wherever a connection is reached. */
  viewConnections: permission(COMPANY_VOICE_ROLES, "see tracker connections"),
  editStatusMapping: permission(MANAGER_ROLES, "edit the tracker status mapping"),
  setLinkRule: permission(MANAGER_ROLES, "change how a post's linked issues move it (its multi-link rule)"),
  linkIssues: permission(COMPANY_VOICE_ROLES, "link posts to tracker issues (create, link, unlink, retry)"),
  seeLinks: permission(STAFF_ROLES, "see a post's tracker issues and their sync state"),
  viewSyncHealth: permission(MANAGER_ROLES, "see sync health"),
  repairSync: permission(ADMIN_ROLES, "replay webhook deliveries and retry tracker jobs"),
} as const;
