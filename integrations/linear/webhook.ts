// Linear webhooks: `Linear-Signature` is the hex HMAC-SHA256 of the raw body, and the signed
// body carries `webhookTimestamp` (ms), which must be within 60 s of now to defeat replays.
import { LINEAR_WEBHOOK_SIGNATURE_HEADER, LinearWebhookClient } from "@linear/sdk/webhooks";
import { isObject, type JsonObject } from "../json.js";
import { WebhookRejected, type TrackerWebhookEvent, type WebhookDelivery } from "../tracker.js";
import { headerValue, parseJsonObject, requireString, sha256Hex, timestampOf } from "../webhook-support.js";

const MAX_TIMESTAMP_SKEW_MS = 60_000;

function assertFresh(body: JsonObject, now: Date): void {
  const timestamp = body.webhookTimestamp;
  if (typeof timestamp !== "number" || !Number.isFinite(timestamp)) {
    throw new WebhookRejected(400, "Linear webhook payload has no numeric webhookTimestamp");
  }
  const skewSeconds = Math.round(Math.abs(now.getTime() - timestamp) / 1000);
  if (Math.abs(now.getTime() - timestamp) > MAX_TIMESTAMP_SKEW_MS) {
    throw new WebhookRejected(401, `Linear webhook timestamp is ${skewSeconds} s away from now (limit 60 s); refusing a possible replay`);
  }
}

/** Maps Linear's action to ours; an update only matters when it moved the issue to another state. */
function actionOf(body: JsonObject): TrackerWebhookEvent["action"] | null {
  switch (body.action) {
    case "create":
      return "created";
    case "update":
      return isObject(body.updatedFrom) && "stateId" in body.updatedFrom ? "updated" : null;
    case "remove":
      return "deleted";
    default:
      return null;
  }
}

/** Older payloads have no `identifier`; it is always `<team key>-<number>`. */
function identifierOf(data: JsonObject): string {
  if (typeof data.identifier === "string" && data.identifier !== "") return data.identifier;
  if (isObject(data.team) && typeof data.team.key === "string" && typeof data.number === "number") return `${data.team.key}-${data.number}`;
  throw new WebhookRejected(400, "Linear webhook payload has no data.identifier");
}

/**
 * Verifies and parses a Linear webhook delivery with the SDK's LinearWebhookClient.
 * Linear signs every webhook, so a missing secret is a configuration error (401).
 * Returns null for events Roundtrip does not act on: other entity types (comments,
 * projects, ...) and issue updates that do not change the state.
 */
export function verifyLinearWebhook(delivery: WebhookDelivery): TrackerWebhookEvent | null {
  if (!delivery.secret) throw new WebhookRejected(401, "No Linear webhook signing secret is configured, so the delivery cannot be verified");
  const signature = headerValue(delivery.headers, LINEAR_WEBHOOK_SIGNATURE_HEADER);
  if (!signature) throw new WebhookRejected(401, "Linear webhook is not signed (no Linear-Signature header)");
  const body = parseJsonObject(delivery.rawBody, "Linear");
  // Checked against our `now` first: the SDK compares with Date.now(), which only differs in tests.
  assertFresh(body, delivery.now);
  try {
    new LinearWebhookClient(delivery.secret).verify(delivery.rawBody, signature);
  } catch (error) {
    throw new WebhookRejected(401, `Linear webhook verification failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  const action = actionOf(body);
  if (body.type !== "Issue" || !action) return null;
  const data = isObject(body.data) ? body.data : {};
  const issueId = requireString(body, "data.id", "Linear");
  const createdAt = typeof body.createdAt === "string" ? new Date(body.createdAt) : new Date(Number.NaN);
  return {
    // Linear-Delivery when sent; otherwise a key that stays the same when Linear retries
    // the event (a retry carries a new webhookTimestamp, so the body hash would change).
    deliveryId:
      headerValue(delivery.headers, "linear-delivery") ??
      sha256Hex([body.webhookId, body.action, issueId, data.updatedAt].map((part) => String(part ?? "")).join("\n")),
    issueId,
    issueKey: identifierOf(data),
    state:
      action === "deleted"
        ? null
        : {
            id: requireString(body, "data.state.id", "Linear"),
            name: requireString(body, "data.state.name", "Linear"),
            category: requireString(body, "data.state.type", "Linear"),
          },
    occurredAt: Number.isNaN(createdAt.getTime()) ? timestampOf(body.webhookTimestamp as number, "Linear") : createdAt,
    action,
  };
}
