import { registerEnumType } from "type-graphql";

/**
 * Post statuses. Everything that interprets a status (labels, which are "closed", the roadmap
 * columns, progress order used when several tracker issues are linked) lives in this file, so
 * custom statuses can later replace the enum without hunting through the code base.
 */
export enum PostStatus {
  OPEN = "OPEN",
  UNDER_REVIEW = "UNDER_REVIEW",
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  SHIPPED = "SHIPPED",
  DECLINED = "DECLINED",
  DUPLICATE = "DUPLICATE",
}
registerEnumType(PostStatus, { name: "PostStatus" });

export const STATUS_LABEL: Record<PostStatus, string> = {
  OPEN: "Open",
  UNDER_REVIEW: "Under review",
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  SHIPPED: "Shipped",
  DECLINED: "Declined",
  DUPLICATE: "Duplicate",
};

/** Order of progress along the delivery path; closed-without-shipping statuses are not on it. */
export const PROGRESS_ORDER: readonly PostStatus[] = [
  PostStatus.OPEN,
  PostStatus.UNDER_REVIEW,
  PostStatus.PLANNED,
  PostStatus.IN_PROGRESS,
  PostStatus.SHIPPED,
];

/** A status a manager may set by hand; DUPLICATE is only reached by merging. */
export function isManuallySettable(status: PostStatus): boolean {
  return status !== PostStatus.DUPLICATE;
}

/**
 * The status several linked tracker issues give a post: with `everyIssue` (rule ALL) the least
 * advanced one — the post reaches a status only when every issue has — otherwise the most advanced.
 */
export function combineLinkedStatuses(statuses: readonly PostStatus[], everyIssue: boolean): PostStatus | null {
  const ranks = statuses.map((status) => PROGRESS_ORDER.indexOf(status)).filter((rank) => rank >= 0);
  if (ranks.length === 0) return null;
  return PROGRESS_ORDER[everyIssue ? Math.min(...ranks) : Math.max(...ranks)];
}
