import { permission } from "../members/permission.js";
import { MANAGER_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "../members/role.js";

export const VOTE_POLICY = {
  vote: permission(SIGNED_IN_ROLES, "vote and unvote"),
  /** A vote given elsewhere (a support call, an event), recorded as cast by the manager. */
  voteOnBehalf: permission(MANAGER_ROLES, "vote on behalf of a member"),
  seeVoters: permission(STAFF_ROLES, "see a post's voters"),
} as const;
