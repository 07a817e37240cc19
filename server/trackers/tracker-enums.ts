import { registerEnumType } from "type-graphql";
import { enumOfKinds } from "../../integrations/index.js";

/** A registered tracker's kind (integrations/index.ts), e.g. "JIRA". */
export type TrackerKind = string;
/** Every registered tracker, as the GraphQL enum TrackerKind. */
export const TrackerKind = enumOfKinds({});
registerEnumType(TrackerKind, { name: "TrackerKind" });

/** How several linked issues move one post. */
export enum MultiLinkRule {
  /** The post reaches a status only when every linked issue has: it shows the least advanced. */
  ALL = "ALL",
  /** The post follows the most advanced linked issue. */
  ANY = "ANY",
}
registerEnumType(MultiLinkRule, { name: "MultiLinkRule" });

export enum TrackerLinkState {
  /** Waiting for the job that creates or looks up the issue. */
  PENDING = "PENDING",
  LINKED = "LINKED",
  /** A permanent failure (or retries exhausted); `lastError` says why; managers can retry. */
  FAILED = "FAILED",
}
registerEnumType(TrackerLinkState, { name: "TrackerLinkState" });

export enum DeliveryState {
  RECEIVED = "RECEIVED",
  APPLIED = "APPLIED",
  /** Genuine but with nothing to do (unknown issue, older than what we have, ignored state). */
  SKIPPED = "SKIPPED",
  FAILED = "FAILED",
}
registerEnumType(DeliveryState, { name: "DeliveryState" });
