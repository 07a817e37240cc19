import { Role } from "../members/role.js";

/**
 * Who may triage what. Ambassadors (trusted community volunteers) help organise with tags;
 * moderators keep the place tidy (board moves, merging duplicates); managers and the product
 * team speak for the company (statuses and public updates).
 */
export const TRIAGE_PERMISSIONS = {
  setStatus: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  postUpdate: [Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  tag: [Role.AMBASSADOR, Role.MODERATOR, Role.MANAGER, Role.PRODUCT, Role.ADMIN],
  moveBoard: [Role.MODERATOR, Role.MANAGER, Role.ADMIN],
  merge: [Role.MODERATOR, Role.MANAGER, Role.ADMIN],
  voteOnBehalf: [Role.MANAGER, Role.ADMIN],
} as const;
