import { Role } from "../members/role.js";

/** Statuses shape what every member sees on every post and the roadmap: the workspace owner decides. */
export const STATUS_PERMISSIONS = {
  manageStatuses: [Role.ADMIN],
} as const;
