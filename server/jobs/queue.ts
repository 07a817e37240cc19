import type { EntityManager, Knex } from "@mikro-orm/postgresql";
import PgBoss from "pg-boss";
import { logger } from "../observability/logger.js";

/** Every queue Roundtrip uses, with the data its jobs carry. */
export interface JobPayloads {
  "tracker.create-issue": { linkId: string; attempt?: number };
  "tracker.fetch-linked-issue": { linkId: string; attempt?: number };
  "tracker.process-delivery": { deliveryId: string };
  "tracker.reconcile": { connectionId: string; attempt?: number };
  "tracker.reconcile-all": Record<string, never>;
  /** Domain events (see events/domain-events.ts): a post was submitted (`eventId`: its CREATED timeline row), */
  "post.created": { postId: string; eventId: string };
  /** its status changed, by any source or a merge (`eventId`: the timeline row), */
  "post.status-changed": { postId: string; eventId: string };
  /** staff posted an official update without changing the status (`eventId`: the NOTE timeline row), */
  "post.updated": { postId: string; eventId: string };
  /** someone commented (`eventId`: the comment). */
  "comment.created": { postId: string; eventId: string };
  /** Mails every member whose batch window is over (see notifications/notification-mail.ts). */
  "notifications.send-batches": Record<string, never>;
  /** Hourly: mails the daily and weekly digests due at this hour in each member's time zone. */
  "notifications.send-digests": Record<string, never>;
  /** Domain event: a changelog entry was published for the first time (its id is the event's). */
  "changelog.published": { entryId: string; eventId: string; actorId?: string | null };
  /** Publishes a SCHEDULED entry if it is still scheduled for `scheduledFor` (changelog/changelog-jobs.ts). */
  "changelog.publish-scheduled": { entryId: string; scheduledFor: string };
  /** Delivers one outbox mail (see mail/mail-jobs.ts). */
  "mail.send": { mailId: string };
  /** Every few minutes: recomputes the stored TRENDING scores (posts/trending.ts). */
  "posts.refresh-trending": Record<string, never>;
  /** Hourly: raises members who earned a trust level (trust/trust-jobs.ts). */
  "trust.promote": Record<string, never>;
}
export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = [
  "tracker.create-issue",
  "tracker.fetch-linked-issue",
  "tracker.process-delivery",
  "tracker.reconcile",
  "tracker.reconcile-all",
  "post.created",
  "post.status-changed",
  "post.updated",
  "comment.created",
  "notifications.send-batches",
  "notifications.send-digests",
  "changelog.published",
  "changelog.publish-scheduled",
  "mail.send",
  "posts.refresh-trending",
  "trust.promote",
];

/** The parts of knex's transaction client we use: it hands out the transaction's own pg connection. */
interface TransactionClient {
  acquireConnection(): Promise<{ query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> }>;
  releaseConnection(connection: unknown): Promise<void>;
}

/**
 * Runs pg-boss' SQL on the pg connection of `em`'s open transaction, so the job is inserted in the
 * same transaction as the change that caused it: rolled back, nothing is queued; committed, the job
 * is there even if the process dies right after. pg-boss' own `$n` parameters are passed untouched.
 */
function onTransactionOf(em: EntityManager): PgBoss.Db | undefined {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction) return undefined;
  const client = transaction.client as unknown as TransactionClient;
  return {
    async executeSql(text, values) {
      const connection = await client.acquireConnection();
      try {
        return await connection.query(text, values);
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}

/**
 * When to retry a job that failed `attempt` times before: base, 2×base, 4×base … capped at an hour;
 * a remote's Retry-After wins when it asks for longer. The tracker and mail workers share it.
 */
export function retryDelaySeconds(attempt: number, baseMs: number, retryAfterMs?: number): number {
  const backoffMs = Math.min(3_600_000, baseMs * 2 ** attempt);
  return Math.max(backoffMs, retryAfterMs ?? 0) / 1000;
}

export interface EnqueueOptions {
  /** Seconds to wait before the job may run (honours a tracker's Retry-After). */
  startAfterSeconds?: number;
  /** At most one queued job with this key per queue. */
  singletonKey?: string;
}

/** The PostgreSQL job queue (pg-boss): retries, backoff and crash recovery come from it. */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly pollingIntervalSeconds: number,
  ) {}

  /**
   * Scheduled jobs run once per schedule across all processes on the database: every `scheduleCheckSeconds`
   * one process (pg-boss takes turns through the database) sends what is due, once per minute at most.
   */
  static async start(databaseUrl: string, options: { pollingIntervalSeconds?: number; scheduleCheckSeconds?: number } = {}): Promise<JobQueue> {
    const check = options.scheduleCheckSeconds ?? 30;
    const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 5, cronMonitorIntervalSeconds: check, cronWorkerIntervalSeconds: Math.min(check, 5) });
    const queue = new JobQueue(boss, options.pollingIntervalSeconds ?? 2);
    // While stopping (Ctrl-C also stops the embedded PostgreSQL) dropped connections are expected.
    boss.on("error", (error) => {
      if (!queue.stopping) logger.error({ err: error }, "job queue error");
    });
    await boss.start();
    for (const name of JOB_NAMES) {
      // pg-boss' own retries cover crashes and unexpected errors; tracker failures are retried by
      // the tracker jobs themselves so that Retry-After is honoured (see trackers/tracker-jobs.ts).
      await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 });
    }
    return queue;
  }

  private stopping = false;

  /** Started and not (being) stopped: the readiness check's view of the queue. */
  get running(): boolean {
    return !this.stopping;
  }

  /** From now on dropped connections are expected (shutdown), so they are not reported. */
  beginStop(): void {
    this.stopping = true;
  }

  /** Adds a job inside `em`'s current transaction (call it from within `em.transactional`). */
  async enqueue<N extends JobName>(em: EntityManager, name: N, data: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    const db = onTransactionOf(em);
    if (!db) throw new Error(`enqueue("${name}") must run inside em.transactional(), with the change that caused it`);
    await this.boss.send(name, data, {
      db,
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  /** Runs `handler` for each job of `name`, one at a time; a throw makes pg-boss retry the job. Each run is logged. */
  async work<N extends JobName>(name: N, handler: (data: JobPayloads[N], jobId: string) => Promise<void>): Promise<void> {
    await this.boss.work<JobPayloads[N]>(name, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
      const started = performance.now();
      const ms = () => Math.round((performance.now() - started) * 10) / 10;
      try {
        await handler(job.data, job.id);
        logger.info({ job: name, jobId: job.id, ms: ms(), outcome: "done" }, "job");
      } catch (error) {
        logger.warn({ job: name, jobId: job.id, ms: ms(), outcome: "failed", err: error }, "job");
        throw error;
      }
    });
  }

  /** Lets running jobs finish for up to `timeoutMs`; pg-boss runs what did not finish again later. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.beginStop();
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
