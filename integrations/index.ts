// Entry point for the server: the port's types and the registry of trackers, with Jira and Linear in it.
import { jira } from "./jira/index.js";
import { linear } from "./linear/index.js";
import { registerTracker, trackerDefinition } from "./registry.js";
import type { JiraConnectionConfig, LinearConnectionConfig, Tracker, TrackerWebhookEvent, WebhookDelivery } from "./tracker.js";

export * from "./tracker.js";
export * from "./registry.js";

registerTracker(jira);
registerTracker(linear);

/** Builds the adapter for `kind`; for unusable settings its first call rejects with a permanent TrackerError. */
export function createTracker(kind: "JIRA", config: JiraConnectionConfig): Tracker;
export function createTracker(kind: "LINEAR", config: LinearConnectionConfig): Tracker;
export function createTracker(kind: string, config: unknown): Tracker {
  return (trackerDefinition(kind).create as (config: unknown) => Tracker)(config);
}

/** See TrackerDefinition.verifyWebhook. */
export function verifyWebhook(kind: string, delivery: WebhookDelivery): TrackerWebhookEvent | null {
  return trackerDefinition(kind).verifyWebhook(delivery);
}

/** See TrackerDefinition.parseIssueReference. */
export function parseIssueReference(kind: string, keyOrUrl: string): string | null {
  return trackerDefinition(kind).parseIssueReference(keyOrUrl);
}
