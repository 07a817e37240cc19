import { permission } from "../members/permission.js";
import { COMPANY_VOICE_ROLES, MODERATOR_ROLES, ORGANISER_ROLES } from "../members/role.js";

/**
 * Who may triage what. Ambassadors (trusted community volunteers) help organise with tags;
 * moderators keep the place tidy (board moves, merging duplicates); managers and the product
 * team speak for the company (statuses and public updates).
 */
export const TRIAGE_POLICY = {
  setStatus: permission(COMPANY_VOICE_ROLES, "change a post's status"),
  postUpdate: permission(COMPANY_VOICE_ROLES, "post public updates"),
  tag: permission(ORGANISER_ROLES, "tag and untag posts"),
  moveBoard: permission(MODERATOR_ROLES, "move posts between boards"),
  merge: permission(MODERATOR_ROLES, "merge duplicate posts"),
} as const;

/** The triage inbox is for anyone who may do at least one of these. */
export const TRIAGE_ACTIONS = Object.values(TRIAGE_POLICY);
