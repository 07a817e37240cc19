import { Role } from "../members/role.js";

/** Boards and tags shape the whole portal, so only managers and admins create, rename or reorder them. */
export const BOARD_PERMISSIONS = {
  manage: [Role.MANAGER, Role.ADMIN],
} as const;
