import { Role } from "../members/role.js";

/**
 * Admins own the connections and their credentials and repair sync; managers and the product team
 * turn posts into tracker issues; managers also tune how tracker states map to post statuses.
 */
export const TRACKER_PERMISSIONS = {
  manageConnections: [Role.ADMIN],
  editStatusMapping: [Role.MANAGER, Role.ADMIN],
  viewConnections: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  linkIssues: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  viewSyncHealth: [Role.MANAGER, Role.ADMIN],
  repairSync: [Role.ADMIN],
} as const;
