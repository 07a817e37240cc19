import { permission } from "../members/permission.js";
import { MANAGER_ROLES } from "../members/role.js";

/** Boards and tags shape the whole portal, so only managers and admins create, rename or reorder them. */
export const BOARD_POLICY = {
  manage: permission(MANAGER_ROLES, "create, rename, reorder and archive boards and tags"),
} as const;
