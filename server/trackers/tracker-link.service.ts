import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { parseIssueReference } from "../../integrations/index.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { findPostOrThrow } from "../posts/post.service.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import { MultiLinkRule, TrackerLinkState } from "./tracker-enums.js";
import { syncPostStatusFromLinks } from "./tracker-sync.service.js";
import type { Post } from "../posts/post.entity.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { findConnectionOrThrow } from "./tracker-connection.service.js";

function refuseSecondPendingCreate(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException && error.message.includes("tracker_link_one_pending_create")) {
    throw conflict(ConflictReason.ISSUE_BEING_CREATED, "An issue for this post is already being created in this tracker.");
  }
  throw error;
}

/** Creates the link and queues the tracker call in one transaction: rolled back, nothing is sent. */
export async function requestIssueCreation(em: EntityManager, queue: JobQueue, actor: Member, postId: string, connectionId: string): Promise<TrackerLink> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    const connection = await findConnectionOrThrow(tx, connectionId);
    const link = tx.create(TrackerLink, { post, connection, createdBy: actor });
    await tx.flush().catch(refuseSecondPendingCreate);
    await queue.enqueue(tx, "tracker.create-issue", { linkId: link.id });
    return link;
  });
}

/** Which connection a key or URL belongs to: the one given, the only one, or the one the URL names. */
async function connectionForReference(em: EntityManager, keyOrUrl: string, connectionId?: string | null): Promise<{ connection: TrackerConnection; key: string }> {
  const candidates = connectionId ? [await findConnectionOrThrow(em, connectionId)] : await em.find(TrackerConnection, {}, { orderBy: { createdAt: "asc" } });
  if (candidates.length === 0) throw badInput("connectionId", InputReason.NO_TRACKER, "No tracker is connected yet.");
  const matches = candidates.flatMap((connection) => {
    const key = parseIssueReference(connection.kind, keyOrUrl);
    if (!key) return [];
    const byUrl = connection.settings.baseUrl && keyOrUrl.startsWith(connection.settings.baseUrl);
    const byProject = connection.settings.projectKey && key.startsWith(`${connection.settings.projectKey}-`);
    return [{ connection, key, score: byUrl ? 2 : byProject ? 1 : 0 }];
  });
  if (matches.length === 0) throw badInput("keyOrUrl", InputReason.UNKNOWN_ISSUE_REFERENCE, "This is not an issue key (like ENG-123) or issue URL of a connected tracker.");
  const best = Math.max(...matches.map((match) => match.score));
  const top = matches.filter((match) => match.score === best);
  if (top.length > 1) throw badInput("connectionId", InputReason.AMBIGUOUS_TRACKER, "Several trackers could hold this issue; choose the connection.");
  return top[0];
}

/** Links an existing issue; a job looks it up (it may not exist) and reads its state. */
export async function requestIssueLink(
  em: EntityManager,
  queue: JobQueue,
  actor: Member,
  postId: string,
  keyOrUrl: string,
  connectionId?: string | null,
): Promise<TrackerLink> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    const { connection, key } = await connectionForReference(tx, keyOrUrl, connectionId);
    const existing = await tx.findOne(TrackerLink, { post, connection, $or: [{ requestedKey: key }, { issueKey: key }] });
    if (existing) throw conflict(ConflictReason.ALREADY_LINKED, `This post is already linked to ${key}.`);
    const link = tx.create(TrackerLink, { post, connection, requestedKey: key, createdBy: actor });
    await tx.flush();
    await queue.enqueue(tx, "tracker.fetch-linked-issue", { linkId: link.id });
    return link;
  });
}

export async function findLinkOrThrow(em: EntityManager, id: string): Promise<TrackerLink> {
  const link = await em.findOne(TrackerLink, { id }, { populate: ["connection"] });
  if (!link) throw notFound("Tracker link");
  return link;
}

/** Removes the link only; the tracker issue and the post's status stay as they are. */
export async function unlinkIssue(em: EntityManager, id: string): Promise<string> {
  const link = await findLinkOrThrow(em, id);
  const postId = link.post.id;
  em.remove(link);
  await em.flush();
  return postId;
}

/**
 * "Retry now": re-queues a FAILED link's job (after the manager fixed credentials, say), or runs a
 * link that waits for its next automatic attempt at once. The attempt count starts again, which
 * also retires the job still waiting in the queue (see tracker-jobs.ts).
 */
export async function retryLink(em: EntityManager, queue: JobQueue, id: string): Promise<TrackerLink> {
  return em.transactional(async (tx) => {
    const link = await findLinkOrThrow(tx, id);
    const waiting = link.state === TrackerLinkState.PENDING && link.attempts > 0;
    if (link.state !== TrackerLinkState.FAILED && !waiting) throw conflict(ConflictReason.NOTHING_TO_RETRY, "Only a failed link, or one waiting to be retried, can be retried now.");
    link.state = TrackerLinkState.PENDING;
    link.lastError = null;
    link.attempts = 0;
    link.nextAttemptAt = null;
    await tx.flush().catch(refuseSecondPendingCreate);
    const job = link.issueId || link.requestedKey ? "tracker.fetch-linked-issue" : "tracker.create-issue";
    await queue.enqueue(tx, job, { linkId: link.id });
    return link;
  });
}

/** Changes the post's multi-link rule and lets the post follow its issues under the new rule at once. */
export async function setLinkRule(em: EntityManager, queue: JobQueue, postId: string, rule: MultiLinkRule | null): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    post.linkRule = rule;
    await tx.flush();
    const newest = await tx.findOne(TrackerLink, { post, state: TrackerLinkState.LINKED }, { populate: ["connection"], orderBy: { lastEventAt: "desc" } });
    if (newest) await syncPostStatusFromLinks(tx, queue, post.id, newest);
    return post;
  });
}
