// Jira admin webhooks. When saved with a secret, Jira signs each delivery with
// `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>` (WebSub style).
import { createHmac, timingSafeEqual } from "node:crypto";
import { isObject, type JsonObject } from "../json.js";
import { WebhookRejected, type TrackerState, type TrackerWebhookEvent, type WebhookDelivery } from "../tracker.js";
import { headerValue, parseJsonObject, requireString, sha256Hex, timestampOf } from "../webhook-support.js";

const ACTIONS: Record<string, TrackerWebhookEvent["action"]> = {
  "jira:issue_created": "created",
  "jira:issue_updated": "updated",
  "jira:issue_deleted": "deleted",
};

function assertSigned(delivery: WebhookDelivery, secret: string): void {
  const header = headerValue(delivery.headers, "x-hub-signature");
  if (!header) throw new WebhookRejected(401, "Jira webhook is not signed (no X-Hub-Signature header) but a secret is configured");
  const hex = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())?.[1];
  const expected = createHmac("sha256", secret).update(delivery.rawBody).digest();
  if (!hex || !timingSafeEqual(Buffer.from(hex, "hex"), expected)) {
    throw new WebhookRejected(401, "Jira webhook signature does not match the configured secret");
  }
}

function changesStatus(body: JsonObject): boolean {
  const items = isObject(body.changelog) && Array.isArray(body.changelog.items) ? body.changelog.items : [];
  // The label in `field` varies ("status", "Status"); `fieldId` does not.
  return items.some((item) => isObject(item) && item.fieldId === "status");
}

function currentState(body: JsonObject): TrackerState {
  return {
    id: requireString(body, "issue.fields.status.id", "Jira"),
    name: requireString(body, "issue.fields.status.name", "Jira"),
    category: requireString(body, "issue.fields.status.statusCategory.key", "Jira"),
  };
}

/**
 * Verifies and parses a Jira webhook delivery. Unsigned deliveries are accepted only when no
 * secret is configured. Returns null for events Roundtrip does not act on: non-issue events
 * (comments, worklogs, ...) and issue updates that do not change the status.
 */
export function verifyJiraWebhook(delivery: WebhookDelivery): TrackerWebhookEvent | null {
  if (delivery.secret) assertSigned(delivery, delivery.secret);
  const body = parseJsonObject(delivery.rawBody, "Jira");
  const event = requireString(body, "webhookEvent", "Jira");
  if (typeof body.timestamp !== "number") throw new WebhookRejected(400, "Jira webhook payload has no numeric timestamp");
  const action = ACTIONS[event];
  if (!action || (action === "updated" && !changesStatus(body))) return null;
  return {
    // Unique per delivery and unchanged across Jira's retries.
    deliveryId: headerValue(delivery.headers, "x-atlassian-webhook-identifier") ?? sha256Hex(delivery.rawBody),
    issueId: requireString(body, "issue.id", "Jira"),
    issueKey: requireString(body, "issue.key", "Jira"),
    state: action === "deleted" ? null : currentState(body),
    occurredAt: timestampOf(body.timestamp, "Jira"),
    action,
  };
}
