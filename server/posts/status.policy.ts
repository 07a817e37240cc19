import { permission } from "../members/permission.js";
import { ADMIN_ROLES } from "../members/role.js";

/** Statuses shape what every member sees on every post and the roadmap: the workspace owner decides. */
export const STATUS_POLICY = {
  manage: permission(ADMIN_ROLES, "create, rename, reorder and archive statuses"),
} as const;
