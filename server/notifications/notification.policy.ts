import { permission } from "../members/permission.js";
import { COMPANY_VOICE_ROLES, SIGNED_IN_ROLES, STAFF_ROLES } from "../members/role.js";

export const NOTIFICATION_POLICY = {
  /** Each member reads and marks only their own: the queries are scoped to the viewer. */
  read: permission(SIGNED_IN_ROLES, "read and mark their own notifications"),
  /** Those who set statuses and post updates, before they confirm one. */
  preview: permission(COMPANY_VOICE_ROLES, "see how many followers a status change or update would notify, and how"),
  /** Those who publish the changelog, before they do. */
  previewChangelog: permission(COMPANY_VOICE_ROLES, "see how many members publishing a changelog entry would notify, and how"),
  watchBoards: permission(STAFF_ROLES, "watch a board to hear about every new post in it"),
} as const;
