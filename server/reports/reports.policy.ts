import { permission } from "../members/permission.js";
import { STAFF_ROLES } from "../members/role.js";

/** The numbers a community manager reports are for staff (they include internal triage timings). */
export const REPORT_POLICY = {
  viewStats: permission(STAFF_ROLES, "see community statistics (the dashboard)"),
} as const;
