import { registerEnumType } from "type-graphql";

export enum Role {
  MEMBER = "MEMBER",
  AMBASSADOR = "AMBASSADOR",
  MODERATOR = "MODERATOR",
  MANAGER = "MANAGER",
  PRODUCT = "PRODUCT",
  ADMIN = "ADMIN",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a member may do. See README, 'Roles and permissions'.",
});

/** Roles that see internal notes, internal timeline details and member histories. */
export const STAFF_ROLES: readonly Role[] = [Role.MODERATOR, Role.MANAGER, Role.PRODUCT, Role.ADMIN];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
