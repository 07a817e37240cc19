import { LockMode } from "@mikro-orm/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import { TrackerError, type Tracker, type TrackerIssue } from "../../integrations/index.js";
import type { Config } from "../config.js";
import { retryDelaySeconds, type JobQueue, type JobName, type JobPayloads } from "../jobs/queue.js";
import type { Post } from "../posts/post.entity.js";
import { PostKind } from "../posts/post-enums.js";
import type { SecretBox } from "../shared/secrets.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import { trackerFor } from "./tracker-connection.service.js";
import { DeliveryState, TrackerLinkState } from "./tracker-enums.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { applyObservation, syncPostStatusFromLinks, recordObservation, type IssueObservation } from "./tracker-sync.service.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";
import { logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";

export interface TrackerJobDeps {
  orm: MikroORM;
  queue: JobQueue;
  secrets: SecretBox;
  config: Config;
  /** Times every tracker call when the server exposes metrics. */
  metrics?: Metrics | null;
}

/** After this many tracker failures in a row a link is marked FAILED for a manager to look at. */
export const MAX_TRACKER_ATTEMPTS = 8;
/** How far the reconciliation poll looks back when a connection was never synced. */
const FIRST_SYNC_LOOKBACK_MS = 24 * 3_600_000;
/** Overlap with the previous poll: JQL compares to the minute, and clocks drift. */
const POLL_OVERLAP_MS = 2 * 60_000;

const observationOf = (issue: TrackerIssue): IssueObservation => ({
  issueId: issue.id,
  issueKey: issue.key,
  issueUrl: issue.url,
  issueTitle: issue.title,
  state: issue.state,
  occurredAt: issue.updatedAt,
});

/** The tracker issue's text: the member's words, the kind's fields, and the way back to the post. */
export function describePost(post: Post, publicUrl: string): string {
  const parts = [post.body];
  if (post.kind === PostKind.BUG && post.bug) {
    parts.push(
      `Steps to reproduce:\n${post.bug.stepsToReproduce}`,
      `Expected:\n${post.bug.expected}`,
      `Actual:\n${post.bug.actual}`,
      `Environment: ${post.bug.environment || "not given"}\nSeverity: ${post.bug.severity}`,
    );
  }
  if (post.kind === PostKind.USABILITY && post.usability) {
    parts.push(`Where: ${post.usability.location}`, `What the member tried to do:\n${post.usability.goal}`, `What got in the way:\n${post.usability.obstacle}`);
  }
  const votes = post.voteCount === 1 ? "1 vote" : `${post.voteCount} votes`;
  parts.push(`---\nFrom Roundtrip (${votes}): ${publicUrl}/posts/${post.id}`);
  return parts.filter((part) => part.trim()).join("\n\n");
}

export function trackerJobHandlers(deps: TrackerJobDeps) {
  const { orm, queue, secrets, config, metrics } = deps;

  /**
   * Retryable tracker failures are re-queued with backoff (honouring Retry-After) until the attempts
   * run out; permanent ones stop at once. Either way the link shows the last error.
   */
  async function onTrackerFailure<N extends JobName>(error: unknown, name: N, data: JobPayloads[N] & { attempt?: number }, link: TrackerLink | null) {
    if (!(error instanceof TrackerError)) throw error;
    const attempt = (data.attempt ?? 0) + 1;
    const retry = error.retryable && attempt < MAX_TRACKER_ATTEMPTS;
    const delaySeconds = retryDelaySeconds(attempt - 1, config.trackerRetryBaseMs, error.retryAfterMs);
    const superseded = await orm.em.fork().transactional(async (tx) => {
      if (link) {
        const fresh = await tx.findOne(TrackerLink, { id: link.id });
        if (!fresh || fresh.attempts !== (data.attempt ?? 0)) return true; // unlinked, or "Retry now" queued a newer job
        fresh.lastError = error.message;
        fresh.attempts = attempt;
        fresh.nextAttemptAt = retry ? new Date(Date.now() + delaySeconds * 1000) : null;
        if (!retry) fresh.state = TrackerLinkState.FAILED;
      }
      if (retry) await queue.enqueue(tx, name, { ...data, attempt }, { startAfterSeconds: delaySeconds });
      return false;
    });
    if (!retry && !link && !superseded) throw new Error(error.message); // no link to show it on: fail the job visibly
  }

  /** Records what the tracker returned on a PENDING link and lets the post follow. */
  async function completeLink(linkId: string, issue: TrackerIssue) {
    await orm.em.fork().transactional(async (tx) => {
      const link = await tx.findOne(TrackerLink, { id: linkId }, { populate: ["connection"] });
      if (!link) return; // unlinked while the call was in flight
      recordObservation(link.connection, link, observationOf(issue));
      await tx.flush();
      await syncPostStatusFromLinks(tx, queue, link.post.id, link);
    });
  }

  async function loadPendingLink(data: { linkId: string; attempt?: number }): Promise<{ link: TrackerLink; tracker: Tracker } | null> {
    const link = await orm.em.fork().findOne(TrackerLink, { id: data.linkId }, { populate: ["connection", "post"] });
    if (!link || link.state !== TrackerLinkState.PENDING) return null; // unlinked, or done by an earlier run
    if (link.attempts !== (data.attempt ?? 0)) return null; // a manager's "Retry now" queued a newer job
    return { link, tracker: trackerFor(secrets, link.connection, metrics) };
  }

  return {
    async "tracker.create-issue"(data: JobPayloads["tracker.create-issue"]) {
      const pending = await loadPendingLink(data);
      if (!pending) return;
      const { link, tracker } = pending;
      try {
        // createIssue first looks for an issue carrying this link's idempotency key, so a retry after a
        // crash (or a lost response) finds the issue it already made instead of creating a second one.
        const issue = await tracker.createIssue({
          title: link.post.title,
          description: describePost(link.post, config.publicUrl),
          idempotencyKey: link.idempotencyKey,
        });
        await completeLink(link.id, issue);
      } catch (error) {
        await onTrackerFailure(error, "tracker.create-issue", data, link);
      }
    },

    async "tracker.fetch-linked-issue"(data: JobPayloads["tracker.fetch-linked-issue"]) {
      const pending = await loadPendingLink(data);
      if (!pending) return;
      const { link, tracker } = pending;
      try {
        const issue = await tracker.getIssue(link.requestedKey ?? link.issueId ?? link.issueKey!);
        await completeLink(link.id, issue);
      } catch (error) {
        await onTrackerFailure(error, "tracker.fetch-linked-issue", data, link);
      }
    },

    async "tracker.process-delivery"(data: JobPayloads["tracker.process-delivery"]) {
      try {
        // Applying and marking commit together: a crash in between leaves the delivery unapplied and
        // unmarked, so the retry applies it (instead of finding it applied and marking it SKIPPED).
        await orm.em.fork().transactional(async (tx) => {
          // The row lock makes a concurrent run of the same delivery wait, then find it done.
          const delivery = await tx.findOne(WebhookDelivery, { id: data.deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          // FAILED deliveries come back here when pg-boss retries the job.
          if (!delivery || (delivery.state !== DeliveryState.RECEIVED && delivery.state !== DeliveryState.FAILED)) return;
          const connection = await tx.findOneOrFail(TrackerConnection, { id: delivery.connection.id });
          const { event } = delivery;
          const applied = await applyObservation(tx, queue, connection, {
            issueId: event.issueId,
            issueKey: event.issueKey,
            state: event.state,
            occurredAt: new Date(event.occurredAt),
          });
          delivery.state = applied > 0 ? DeliveryState.APPLIED : DeliveryState.SKIPPED;
          delivery.detail = applied > 0 ? `Applied to ${applied} linked post(s).` : "No linked post took it (not linked, or older than what we have).";
          delivery.processedAt = new Date();
        });
      } catch (error) {
        // Visible in sync health; the job's own retry (or an admin's replay) processes it again.
        // The error itself (possibly SQL) goes to the server log, not to the sync-health screen.
        logger.error({ err: error, deliveryId: data.deliveryId }, "processing a webhook delivery failed");
        await orm.em.fork().nativeUpdate(
          WebhookDelivery,
          { id: data.deliveryId, state: { $in: [DeliveryState.RECEIVED, DeliveryState.FAILED] } },
          { state: DeliveryState.FAILED, detail: "Processing failed; it is retried automatically, or replay it." },
        );
        throw error;
      }
    },

    async "tracker.reconcile"(data: JobPayloads["tracker.reconcile"]) {
      const em = orm.em.fork();
      const connection = await em.findOne(TrackerConnection, { id: data.connectionId });
      if (!connection) return;
      const startedAt = new Date();
      const since = new Date((connection.lastSyncedAt?.getTime() ?? startedAt.getTime() - FIRST_SYNC_LOOKBACK_MS) - POLL_OVERLAP_MS);
      try {
        const issues = await trackerFor(secrets, connection, metrics).findIssuesUpdatedSince(since);
        for (const issue of issues) await applyObservation(em, queue, connection, observationOf(issue));
        connection.lastSyncedAt = startedAt;
        connection.lastSyncError = null;
        await em.flush();
      } catch (error) {
        if (error instanceof TrackerError) await em.nativeUpdate(TrackerConnection, { id: connection.id }, { lastSyncError: error.message });
        await onTrackerFailure(error, "tracker.reconcile", data, null);
      }
    },

    async "tracker.reconcile-all"() {
      const em = orm.em.fork();
      const connections = await em.find(TrackerConnection, {});
      await em.transactional(async (tx) => {
        for (const connection of connections) {
          await queue.enqueue(tx, "tracker.reconcile", { connectionId: connection.id }, { singletonKey: connection.id });
        }
      });
    },
  } satisfies Partial<{ [N in JobName]: (data: JobPayloads[N]) => Promise<void> }>;
}

/** Starts the workers for every tracker job, and the periodic reconciliation poll. */
export async function startTrackerWorkers(deps: TrackerJobDeps): Promise<void> {
  const handlers = trackerJobHandlers(deps);
  for (const [name, handler] of Object.entries(handlers) as Array<[JobName, (data: unknown) => Promise<void>]>) {
    await deps.queue.work(name, (data) => handler(data));
  }
  if (deps.config.reconcileCron) await deps.queue.boss.schedule("tracker.reconcile-all", deps.config.reconcileCron);
  else await deps.queue.boss.unschedule("tracker.reconcile-all");
}
