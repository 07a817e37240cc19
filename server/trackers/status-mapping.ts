import type { TrackerState } from "../../integrations/index.js";
import { PostStatus } from "../posts/post-status.js";
import type { TrackerConnection } from "./tracker-connection.entity.js";
import { TrackerKind } from "./tracker-enums.js";

/**
 * Defaults by the tracker's coarse state class; null means "ignore" (the post does not move).
 * Jira: statusCategory key. Linear: workflow state type.
 */
export const DEFAULT_STATUS_BY_CATEGORY: Record<TrackerKind, Record<string, PostStatus | null>> = {
  [TrackerKind.JIRA]: { new: PostStatus.PLANNED, indeterminate: PostStatus.IN_PROGRESS, done: PostStatus.SHIPPED },
  [TrackerKind.LINEAR]: {
    triage: null,
    backlog: PostStatus.PLANNED,
    unstarted: PostStatus.PLANNED,
    started: PostStatus.IN_PROGRESS,
    completed: PostStatus.SHIPPED,
    canceled: null,
    duplicate: null,
  },
};

export function defaultStatusFor(kind: TrackerKind, state: TrackerState): PostStatus | null {
  return DEFAULT_STATUS_BY_CATEGORY[kind][state.category] ?? null;
}

/** The post status a tracker state maps to for this connection: its override, else the default. */
export function mapTrackerState(connection: TrackerConnection, state: TrackerState): PostStatus | null {
  if (Object.hasOwn(connection.statusMapping, state.id)) return connection.statusMapping[state.id];
  return defaultStatusFor(connection.kind, state);
}

/** Whether the state counts as "done" for "2 of 3 linked issues done". */
export const isDoneStatus = (status: PostStatus | null) => status === PostStatus.SHIPPED;
