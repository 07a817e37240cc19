import { permission } from "../members/permission.js";
import { Role } from "../members/role.js";

/** Statuses shape what every member sees on every post and the roadmap: the workspace owner decides. */
export const STATUS_POLICY = {
  manage: permission([Role.ADMIN], "create, rename, reorder and archive statuses"),
} as const;
