import { trackerDefinition, type TrackerState } from "../../integrations/index.js";
import type { TrackerConnection } from "./tracker-connection.entity.js";
import type { TrackerKind } from "./tracker-enums.js";

/**
 * The tracker's default for the state's coarse class, as the key of a seeded status (its adapter
 * says which classes move a post where); null means "ignore" (the post does not move).
 */
export function defaultStatusFor(kind: TrackerKind, state: TrackerState): string | null {
  return trackerDefinition(kind).defaultStatusByCategory[state.category] ?? null;
}
/** The post status a tracker state maps to for this connection: its override, else the default. */
export function mapTrackerState(connection: TrackerConnection, state: TrackerState): string | null {
  if (Object.hasOwn(connection.statusMapping, state.id)) return connection.statusMapping[state.id];
  return defaultStatusFor(connection.kind, state);
}
