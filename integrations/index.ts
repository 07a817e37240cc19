// Entry point for the server: the port's types plus the factory and webhook verification.
import { JiraTracker } from "./jira/jira-tracker.js";
import { verifyJiraWebhook } from "./jira/webhook.js";
import { LinearTracker } from "./linear/linear-tracker.js";
import { verifyLinearWebhook } from "./linear/webhook.js";
import type {
  JiraConnectionConfig,
  LinearConnectionConfig,
  Tracker,
  TrackerKind,
  TrackerWebhookEvent,
  WebhookDelivery,
} from "./tracker.js";

export * from "./tracker.js";
export { parseIssueReference } from "./references.js";

/** Builds the adapter for `kind`; throws TrackerError (permanent) for unusable settings. */
export function createTracker(kind: "JIRA", config: JiraConnectionConfig): Tracker;
export function createTracker(kind: "LINEAR", config: LinearConnectionConfig): Tracker;
export function createTracker(kind: TrackerKind, config: JiraConnectionConfig | LinearConnectionConfig): Tracker;
export function createTracker(kind: TrackerKind, config: JiraConnectionConfig | LinearConnectionConfig): Tracker {
  return kind === "JIRA" ? new JiraTracker(config as JiraConnectionConfig) : new LinearTracker(config as LinearConnectionConfig);
}

/**
 * Verifies a webhook delivery and extracts the issue event. Returns null for a genuine
 * delivery Roundtrip does not act on; throws WebhookRejected (400/401) for anything forged,
 * unsigned while a secret is required, stale (Linear) or malformed.
 */
export function verifyWebhook(kind: TrackerKind, delivery: WebhookDelivery): TrackerWebhookEvent | null {
  return kind === "JIRA" ? verifyJiraWebhook(delivery) : verifyLinearWebhook(delivery);
}
