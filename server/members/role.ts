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

// The named role sets, spelled here only; each feature's policy file says which one a rule uses.

/** Any signed-in member. */
export const SIGNED_IN_ROLES: readonly Role[] = Object.values(Role);

/** Staff: see internal notes, internal timeline details, voters, tracker links and member histories. */
export const STAFF_ROLES: readonly Role[] = [Role.MODERATOR, Role.MANAGER, Role.PRODUCT, Role.ADMIN];

/** Keep the place tidy: edit any post, delete any comment, move and merge posts. */
export const MODERATOR_ROLES: readonly Role[] = [Role.MODERATOR, Role.MANAGER, Role.ADMIN];

/** Speak for the company: statuses, public updates, tracker issues. */
export const COMPANY_VOICE_ROLES: readonly Role[] = [Role.MANAGER, Role.PRODUCT, Role.ADMIN];

/** Help organise with tags: staff and the community's trusted volunteers. */
export const ORGANISER_ROLES: readonly Role[] = [Role.AMBASSADOR, ...STAFF_ROLES];

/** Approve or reject posts held for approval: moderators and the community's trusted volunteers. */
export const HOLD_REVIEWER_ROLES: readonly Role[] = [Role.AMBASSADOR, ...MODERATOR_ROLES];

/** Run the community's set-up: boards, tags, tracker mapping, sync health, votes given elsewhere. */
export const MANAGER_ROLES: readonly Role[] = [Role.MANAGER, Role.ADMIN];

export const ADMIN_ROLES: readonly Role[] = [Role.ADMIN];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
