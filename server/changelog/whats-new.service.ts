import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { ChangelogEntry, ChangelogEntryState } from "./changelog.entity.js";

/**
 * Published entries since the reader last opened the changelog: a member's stored moment, else
 * `since` (what their browser kept while they were a visitor), else every published entry.
 */
export function whatsNewCount(em: EntityManager, viewer: Member | null, since: Date | null): Promise<number> {
  const seenAt = viewer?.changelogSeenAt ?? since;
  return em.count(ChangelogEntry, { state: ChangelogEntryState.PUBLISHED, ...(seenAt ? { publishedAt: { $gt: seenAt } } : {}) });
}

/** The member opened the changelog now; answers the moment stored. */
export async function markChangelogSeen(em: EntityManager, viewer: Member): Promise<Date> {
  // The server's clock, the one that stamps publishedAt, not the browser's.
  viewer.changelogSeenAt = new Date();
  await em.flush();
  return viewer.changelogSeenAt;
}
