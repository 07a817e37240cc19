import { trackerDefinition, type TrackerState } from "../../integrations/index.js";
import { PostStatus } from "../posts/post-status.js";
import type { TrackerConnection } from "./tracker-connection.entity.js";
import type { TrackerKind } from "./tracker-enums.js";

const isPostStatus = (key: string): key is PostStatus => Object.hasOwn(PostStatus, key);

/**
 * The tracker's default for the state's coarse class (its adapter says which classes move a post
 * where); null means "ignore" (the post does not move).
 */
export function defaultStatusFor(kind: TrackerKind, state: TrackerState): PostStatus | null {
  const key = trackerDefinition(kind).defaultStatusByCategory[state.category];
  return key && isPostStatus(key) ? key : null;
}

/** The post status a tracker state maps to for this connection: its override, else the default. */
export function mapTrackerState(connection: TrackerConnection, state: TrackerState): PostStatus | null {
  if (Object.hasOwn(connection.statusMapping, state.id)) return connection.statusMapping[state.id];
  return defaultStatusFor(connection.kind, state);
}

/** Whether the state counts as "done" for "2 of 3 linked issues done". */
export const isDoneStatus = (status: PostStatus | null) => status === PostStatus.SHIPPED;
