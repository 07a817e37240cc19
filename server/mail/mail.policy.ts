import { permission } from "../members/permission.js";
import { MANAGER_ROLES } from "../members/role.js";

/** The outbox holds members' addresses and their reset links: for those who run the community. */
export const MAIL_POLICY = {
  viewOutbox: permission(MANAGER_ROLES, "read the outbox (every mail sent, waiting or failed)"),
} as const;
