import { permission } from "../members/permission.js";
import { STAFF_ROLES } from "../members/role.js";

export const TIMELINE_POLICY = {
  seeInternalDetails: permission(STAFF_ROLES, "see internal timeline details (tracker issue keys, URLs, state names)"),
} as const;
