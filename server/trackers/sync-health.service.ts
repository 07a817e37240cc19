import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../shared/errors.js";
import { JOB_NAMES, type JobQueue } from "../jobs/queue.js";
import { DeliveryState, TrackerLinkState } from "./tracker-enums.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";
import { ConflictReason } from "../shared/input-rules.js";

export interface TrackerJobView {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  data: string;
  error: string | null;
  createdOn: Date;
  startAfter: Date;
  completedOn: Date | null;
}

export enum ConnectionHealthLevel {
  /** Nothing failed or waits for a retry. */
  HEALTHY = "HEALTHY",
  /** Calls are being retried, or recent webhook deliveries failed: it may recover by itself. */
  DEGRADED = "DEGRADED",
  /** Links failed for good or the poll cannot reach the tracker: someone has to act. */
  FAILING = "FAILING",
}

export interface ConnectionHealthView {
  connection: TrackerConnection;
  level: ConnectionHealthLevel;
  failedLinks: number;
  retryingLinks: number;
  pendingLinks: number;
  failedDeliveries: number;
  lastDeliveryAt: Date | null;
}

export interface SyncHealthView {
  connections: ConnectionHealthView[];
  /** Links someone may want to look at: failed, or waiting for the tracker, oldest problem first. */
  links: TrackerLink[];
  deliveries: WebhookDelivery[];
  jobs: TrackerJobView[];
  failedLinks: number;
  retryingLinks: number;
  pendingLinks: number;
}

/** Deliveries that failed this recently make a connection DEGRADED. */
const RECENT_DELIVERY_FAILURES_HOURS = 24;

function levelOf(row: Omit<ConnectionHealthView, "level">): ConnectionHealthLevel {
  if (row.failedLinks > 0 || row.connection.lastSyncError) return ConnectionHealthLevel.FAILING;
  if (row.retryingLinks > 0 || row.failedDeliveries > 0) return ConnectionHealthLevel.DEGRADED;
  return ConnectionHealthLevel.HEALTHY;
}

/** One row per connection: its links by state and its recent deliveries, in two grouped queries. */
async function connectionHealth(em: EntityManager): Promise<ConnectionHealthView[]> {
  const connections = await em.find(TrackerConnection, {}, { orderBy: { createdAt: "asc" } });
  const linkCounts: Array<{ connection_id: string; failed: string; retrying: string; pending: string }> = await em.execute(
    `select connection_id,
            count(*) filter (where state = 'FAILED') as failed,
            count(*) filter (where state = 'PENDING' and attempts > 0) as retrying,
            count(*) filter (where state = 'PENDING') as pending
       from tracker_link group by connection_id`,
  );
  const deliveryCounts: Array<{ connection_id: string; failed: string; last_at: string | null }> = await em.execute(
    `select connection_id,
            count(*) filter (where state = 'FAILED' and received_at > now() - make_interval(hours => ?)) as failed,
            max(received_at) as last_at
       from webhook_delivery group by connection_id`,
    [RECENT_DELIVERY_FAILURES_HOURS],
  );
  return connections.map((connection) => {
    const links = linkCounts.find((row) => row.connection_id === connection.id);
    const deliveries = deliveryCounts.find((row) => row.connection_id === connection.id);
    const row = {
      connection,
      failedLinks: Number(links?.failed ?? 0),
      retryingLinks: Number(links?.retrying ?? 0),
      pendingLinks: Number(links?.pending ?? 0),
      failedDeliveries: Number(deliveries?.failed ?? 0),
      lastDeliveryAt: deliveries?.last_at ? new Date(deliveries.last_at) : null,
    };
    return { ...row, level: levelOf(row) };
  });
}

const TRACKER_JOBS = JOB_NAMES.filter((name) => name.startsWith("tracker."));

/** Recent webhook deliveries and tracker jobs (read from pg-boss' table), newest first. */
export async function syncHealth(em: EntityManager, limit: number): Promise<SyncHealthView> {
  const connections = await connectionHealth(em);
  const links = await em.find(
    TrackerLink,
    { state: { $in: [TrackerLinkState.FAILED, TrackerLinkState.PENDING] } },
    { orderBy: { state: "desc", createdAt: "asc" }, limit }, // FAILED sorts after PENDING in the enum
  );
  const deliveries = await em.find(WebhookDelivery, {}, { orderBy: { receivedAt: "desc" }, limit });
  const jobs: Array<Record<string, unknown>> = await em.execute(
    `select id, name, state, retry_count, data, output, created_on, start_after, completed_on
       from pgboss.job where name in (?) order by created_on desc limit ?`,
    [TRACKER_JOBS, limit],
  );
  const total = (key: "failedLinks" | "retryingLinks" | "pendingLinks") => connections.reduce((sum, row) => sum + row[key], 0);
  return {
    connections,
    links,
    deliveries,
    jobs: jobs.map((job) => ({
      id: String(job.id),
      name: String(job.name),
      state: String(job.state),
      retryCount: Number(job.retry_count),
      data: JSON.stringify(job.data),
      // Only the message: pg-boss also stores the stack, which never goes to a client.
      error: job.state === "failed" ? String((job.output as { message?: unknown } | null)?.message ?? "Failed") : null,
      createdOn: new Date(job.created_on as string),
      startAfter: new Date(job.start_after as string),
      completedOn: job.completed_on ? new Date(job.completed_on as string) : null,
    })),
    failedLinks: total("failedLinks"),
    retryingLinks: total("retryingLinks"),
    pendingLinks: total("pendingLinks"),
  };
}

/** Processes a stored delivery again (after fixing a mapping, say). */
export async function replayDelivery(em: EntityManager, queue: JobQueue, deliveryId: string): Promise<WebhookDelivery> {
  return em.transactional(async (tx) => {
    const delivery = await tx.findOne(WebhookDelivery, { id: deliveryId });
    if (!delivery) throw notFound("Webhook delivery");
    delivery.state = DeliveryState.RECEIVED;
    delivery.processedAt = null;
    delivery.detail = null;
    await tx.flush();
    await queue.enqueue(tx, "tracker.process-delivery", { deliveryId: delivery.id });
    return delivery;
  });
}

/** Puts a failed tracker job back in the queue. */
export async function retryTrackerJob(em: EntityManager, queue: JobQueue, jobId: string): Promise<void> {
  const rows: Array<{ name: string; state: string }> = await em.execute(`select name, state from pgboss.job where id = ?`, [jobId]);
  if (rows.length === 0 || !TRACKER_JOBS.includes(rows[0].name as never)) throw notFound("Tracker job");
  if (rows[0].state !== "failed") throw conflict(ConflictReason.NOTHING_TO_RETRY, "Only a failed job can be retried.");
  await queue.boss.retry(rows[0].name, jobId);
}
