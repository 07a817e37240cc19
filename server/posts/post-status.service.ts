import type { EntityManager } from "@mikro-orm/postgresql";
import { publishDomainEvent } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { PostEventSource, PostEventType } from "../timeline/post-event.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import type { Post } from "./post.entity.js";
import { shippingWaitsForChangelog } from "../changelog/shipping-gate.js";
import type { ChangelogEntry } from "../changelog/changelog.entity.js";
import { DONE_INTERNALLY_STATUS, DUPLICATE_STATUS, isDone } from "./post-status.js";
import { Status } from "./status.entity.js";

/**
 * The one place a post's status, `shippedAt` and `firstTriagedAt` change: by hand, from a tracker,
 * or by merging. Each change writes one timeline row and publishes it as one domain event, in the
 * caller's transaction; a change to the status the post already has writes and publishes nothing.
 * While shipping waits for the changelog, a move into a DONE status (by hand or from a tracker)
 * lands in DONE_INTERNALLY instead, and only a published entry that links the post ships it.
 */

/** First time staff acted on the post: feeds "time to triage". */
export function markTriaged(post: Post, at = new Date()): void {
  post.firstTriagedAt ??= at;
}

export interface StatusChangeBy {
  actor: Member | null;
  source: PostEventSource;
  publicNote?: string | null;
  /** Staff-only context (the tracker issue and state that moved the post). */
  internalDetails?: Record<string, unknown> | null;
  /** False when staff chose to tell nobody; tracker changes always tell followers. */
  notifyFollowers?: boolean;
  /** The published changelog entry that ships the post (changelog/changelog.service.ts). */
  changelogEntry?: ChangelogEntry | null;
}

async function moveTo(
  em: EntityManager,
  queue: JobQueue,
  post: Post,
  status: Status,
  event: StatusChangeBy & { type: PostEventType; relatedPost?: Post | null },
): Promise<boolean> {
  if (isDone(status) && !event.changelogEntry && (await shippingWaitsForChangelog(em, post))) {
    status = await em.findOneOrFail(Status, { key: DONE_INTERNALLY_STATUS });
  }
  if (post.status === status.key) return false;
  const fromStatus = post.status;
  post.status = status.key;
  if (isDone(status)) post.shippedAt ??= new Date();
  if (event.source === PostEventSource.MANUAL) markTriaged(post);
  const recorded = recordEvent(em, { post, fromStatus, toStatus: status.key, ...event });
  await publishDomainEvent(em, queue, "post.status-changed", { postId: post.id, eventId: recorded.id });
  return true;
}

/** Moves a post to `status` (not DUPLICATE: that is `markDuplicate`); false when it already had it. */
export function changePostStatus(em: EntityManager, queue: JobQueue, post: Post, status: Status, by: StatusChangeBy): Promise<boolean> {
  return moveTo(em, queue, post, status, { ...by, type: PostEventType.STATUS_CHANGED });
}

/** The status side of a merge: the duplicate points at its target and becomes DUPLICATE. */
export async function markDuplicate(
  em: EntityManager,
  queue: JobQueue,
  duplicate: Post,
  target: Post,
  by: { actor: Member; note?: string | null; notifyFollowers?: boolean },
): Promise<void> {
  duplicate.mergedInto = target;
  const status = await em.findOneOrFail(Status, { key: DUPLICATE_STATUS });
  await moveTo(em, queue, duplicate, status, {
    actor: by.actor, source: PostEventSource.MANUAL, publicNote: by.note, notifyFollowers: by.notifyFollowers, type: PostEventType.MERGED_INTO, relatedPost: target,
  });
}
