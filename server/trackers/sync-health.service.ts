import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../graphql/errors.js";
import { JOB_NAMES, type JobQueue } from "../jobs/queue.js";
import { DeliveryState, TrackerLinkState } from "./tracker-enums.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";

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

export interface SyncHealthView {
  deliveries: WebhookDelivery[];
  jobs: TrackerJobView[];
  failedLinks: number;
  pendingLinks: number;
}

const TRACKER_JOBS = JOB_NAMES.filter((name) => name.startsWith("tracker."));

/** Recent webhook deliveries and tracker jobs (read from pg-boss' table), newest first. */
export async function syncHealth(em: EntityManager, limit: number): Promise<SyncHealthView> {
  const deliveries = await em.find(WebhookDelivery, {}, { orderBy: { receivedAt: "desc" }, limit });
  const jobs: Array<Record<string, unknown>> = await em.execute(
    `select id, name, state, retry_count, data, output, created_on, start_after, completed_on
       from pgboss.job where name in (?) order by created_on desc limit ?`,
    [TRACKER_JOBS, limit],
  );
  const counts: Array<{ state: string; n: string }> = await em.execute(`select state, count(*) as n from tracker_link group by state`);
  const count = (state: TrackerLinkState) => Number(counts.find((row) => row.state === state)?.n ?? 0);
  return {
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
    failedLinks: count(TrackerLinkState.FAILED),
    pendingLinks: count(TrackerLinkState.PENDING),
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
  if (rows[0].state !== "failed") throw conflict("Only a failed job can be retried.");
  await queue.boss.retry(rows[0].name, jobId);
}
