import { Role } from "../members/role.js";

/** The outbox holds members' addresses and their reset links: for those who run the community. */
export const MAIL_PERMISSIONS = {
  viewOutbox: [Role.MANAGER, Role.ADMIN],
} as const;
