import { STAFF_ROLES } from "../members/role.js";

/** The numbers a community manager reports are for staff (they include internal triage timings). */
export const REPORT_PERMISSIONS = {
  viewStats: STAFF_ROLES,
} as const;
