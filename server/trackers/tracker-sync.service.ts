import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TrackerState } from "../../integrations/index.js";
import type { JobQueue } from "../jobs/queue.js";
import { Post } from "../posts/post.entity.js";
import { DUPLICATE_STATUS, combineLinkedStatuses } from "../posts/post-status.js";
import { changePostStatus } from "../posts/post-status.service.js";
import { listStatuses } from "../posts/status.service.js";
import type { TrackerConnection } from "./tracker-connection.entity.js";
import { MultiLinkRule, TrackerLinkState } from "./tracker-enums.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { mapTrackerState } from "./status-mapping.js";
import { httpUrlOrNull } from "../shared/markdown.js";

/** What a tracker told us about one issue, from a webhook, a poll or a create/link job. */
export interface IssueObservation {
  issueId: string;
  issueKey: string;
  issueUrl?: string;
  issueTitle?: string;
  /** null when the issue was deleted in the tracker. */
  state: TrackerState | null;
  occurredAt: Date;
}

/** Records an observation on a link; false when it is older than what the link already knows. */
export function recordObservation(connection: TrackerConnection, link: TrackerLink, observation: IssueObservation): boolean {
  if (link.lastEventAt && observation.occurredAt.getTime() <= link.lastEventAt.getTime()) return false;
  link.lastEventAt = observation.occurredAt;
  link.issueId = observation.issueId;
  link.issueKey = observation.issueKey;
  // It becomes a link in the staff view: only http(s) is kept.
  if (observation.issueUrl) link.issueUrl = httpUrlOrNull(observation.issueUrl);
  if (observation.issueTitle) link.issueTitle = observation.issueTitle;
  if (!observation.state) {
    link.state = TrackerLinkState.FAILED;
    link.lastError = "The issue was deleted in the tracker.";
    link.mappedStatus = null;
    return true;
  }
  link.state = TrackerLinkState.LINKED;
  link.lastError = null;
  link.attempts = 0;
  link.nextAttemptAt = null;
  link.trackerStateId = observation.state.id;
  link.trackerStateName = observation.state.name;
  link.trackerStateCategory = observation.state.category;
  link.mappedStatus = mapTrackerState(connection, observation.state);
  return true;
}

/**
 * Moves the post to the status its linked issues give it (rule ALL: least advanced, ANY: most
 * advanced), writing a timeline event whose tracker details stay staff-only. `because` is the link
 * whose change triggered this. Merged duplicates never move.
 */
export async function syncPostStatusFromLinks(em: EntityManager, queue: JobQueue, postId: string, because: TrackerLink): Promise<boolean> {
  // Serialises concurrent updates of the same post (two issues moving at once).
  const post = await em.findOneOrFail(Post, { id: postId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (post.status === DUPLICATE_STATUS) return false;
  const links = await em.find(TrackerLink, { post, state: TrackerLinkState.LINKED }, { populate: ["connection"], orderBy: { createdAt: "asc" } });
  if (links.length === 0) return false;
  const rule = post.linkRule ?? links[0].connection.multiLinkRule;
  // Archived statuses are off the path: a mapping to one no longer moves the post.
  const statuses = await listStatuses(em, false);
  const target = combineLinkedStatuses(
    statuses,
    links.map((link) => link.mappedStatus).filter((status): status is string => status !== null),
    rule === MultiLinkRule.ALL,
  );
  if (!target) return false;
  const connection = because.connection;
  return changePostStatus(em, queue, post, target, {
    actor: null,
    source: connection.kind,
    internalDetails: {
      connection: connection.name,
      issueKey: because.issueKey,
      issueUrl: because.issueUrl,
      trackerState: because.trackerStateName,
      rule,
      linkedIssues: links.map((link) => ({ key: link.issueKey, state: link.trackerStateName, status: statuses.find((status) => status.key === link.mappedStatus)?.nameEn ?? null })),
    },
  });
}

/**
 * Applies one observation to every post linked to that issue on this connection. Returns how many
 * links took it (0: no linked post, or the observation was older than what we had).
 */
export async function applyObservation(em: EntityManager, queue: JobQueue, connection: TrackerConnection, observation: IssueObservation): Promise<number> {
  return em.transactional(async (tx) => {
    const links = await tx.find(
      TrackerLink,
      { connection, issueId: observation.issueId, state: { $ne: TrackerLinkState.PENDING } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: "asc" } },
    );
    let applied = 0;
    for (const link of links) {
      if (!recordObservation(connection, link, observation)) continue;
      applied++;
      await tx.flush();
      await syncPostStatusFromLinks(tx, queue, link.post.id, link);
    }
    return applied;
  });
}
