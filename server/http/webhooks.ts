import type { MikroORM } from "@mikro-orm/postgresql";
import express, { type Express } from "express";
import { createHash } from "node:crypto";
import { WebhookRejected, findTrackerDefinition } from "../../integrations/index.js";
import type { JobQueue } from "../jobs/queue.js";
import { isUuid } from "../shared/ids.js";
import type { SecretBox } from "../shared/secrets.js";
import { TrackerConnection } from "../trackers/tracker-connection.entity.js";
import { openSecrets } from "../trackers/tracker-connection.service.js";

/** The column's width; a longer id (no tracker sends one) is stored as its hash, the same on every retry. */
const DELIVERY_ID_MAX = 200;
const storableDeliveryId = (id: string) => (id.length <= DELIVERY_ID_MAX ? id : `sha256:${createHash("sha256").update(id).digest("hex")}`);

/**
 * jsonb holds neither NUL nor half a surrogate pair. A tracker never means them, so NUL is dropped
 * and a lone surrogate becomes U+FFFD, rather than the delivery failing (and being retried) forever.
 */
const storableText = (_key: string, value: unknown) =>
  typeof value === "string" ? value.replaceAll("\u0000", "").replace(/\p{Surrogate}/gu, "\uFFFD") : value;

/**
 * `POST /webhooks/<kind>/:connection`, e.g. /webhooks/jira/…, for every registered tracker. The raw body is kept for
 * the signature. A verified delivery is stored in the inbox (unique per provider delivery id) and its
 * processing job queued in the same transaction; the tracker gets its 2xx right away. When the
 * database cannot answer (the connection lookup or the insert), the error goes on to `errorsAsJson`:
 * 503 with Retry-After and code UPSTREAM_UNAVAILABLE, so the tracker delivers it again later.
 */
export function mountWebhooks(app: Express, deps: { orm: MikroORM; queue: JobQueue; secrets: SecretBox }): void {
  app.post("/webhooks/:kind/:connectionId", express.raw({ type: "*/*", limit: "1mb" }), async (req, res) => {
    const tracker = findTrackerDefinition(String(req.params.kind).toUpperCase());
    const { connectionId } = req.params;
    if (!tracker || !isUuid(connectionId)) {
      res.status(404).json({ error: "Unknown webhook endpoint." });
      return;
    }
    const em = deps.orm.em.fork();
    const connection = await em.findOne(TrackerConnection, { id: connectionId, kind: tracker.kind });
    if (!connection) {
      res.status(404).json({ error: "Unknown webhook endpoint." });
      return;
    }
    let event;
    try {
      event = tracker.verifyWebhook({
        headers: req.headers,
        rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        secret: openSecrets(deps.secrets, connection).webhookSecret,
        now: new Date(),
      });
    } catch (error) {
      if (!(error instanceof WebhookRejected)) throw error;
      res.status(error.httpStatus).json({ error: error.message });
      return;
    }
    if (!event) {
      res.status(202).json({ ignored: true });
      return;
    }
    const stored = await em.transactional(async (tx) => {
      const inserted: { id: string }[] = await tx.execute(
        `insert into webhook_delivery (id, connection_id, delivery_id, event) values (gen_random_uuid(), ?, ?, ?)
         on conflict (connection_id, delivery_id) do nothing returning id`,
        [connection.id, storableDeliveryId(event.deliveryId), JSON.stringify({ ...event, occurredAt: event.occurredAt.toISOString() }, storableText)],
      );
      if (inserted.length > 0) await deps.queue.enqueue(tx, "tracker.process-delivery", { deliveryId: inserted[0].id });
      return inserted.length > 0;
    });
    res.status(202).json({ accepted: true, duplicate: !stored });
  });
}
