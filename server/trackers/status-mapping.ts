import type { TrackerState } from "../../integrations/index.js";
import type { TrackerConnection } from "./tracker-connection.entity.js";
import { TrackerKind } from "./tracker-enums.js";

/**
 * Defaults by the tracker's coarse state class, as keys of seeded statuses; null means "ignore"
 * (the post does not move). Jira: statusCategory key. Linear: workflow state type.
 */
export const DEFAULT_STATUS_BY_CATEGORY: Record<TrackerKind, Record<string, string | null>> = {
  [TrackerKind.JIRA]: { new: "PLANNED", indeterminate: "IN_PROGRESS", done: "SHIPPED" },
  [TrackerKind.LINEAR]: {
    triage: null,
    backlog: "PLANNED",
    unstarted: "PLANNED",
    started: "IN_PROGRESS",
    completed: "SHIPPED",
    canceled: null,
    duplicate: null,
  },
};

export function defaultStatusFor(kind: TrackerKind, state: TrackerState): string | null {
  return DEFAULT_STATUS_BY_CATEGORY[kind][state.category] ?? null;
}

/** The post status a tracker state maps to for this connection: its override, else the default. */
export function mapTrackerState(connection: TrackerConnection, state: TrackerState): string | null {
  if (Object.hasOwn(connection.statusMapping, state.id)) return connection.statusMapping[state.id];
  return defaultStatusFor(connection.kind, state);
}
