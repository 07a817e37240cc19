import type { EntityManager } from "@mikro-orm/postgresql";
import { registerDomainEventConsumer } from "../events/domain-events.js";
import { DONE_INTERNALLY_STATUS } from "../posts/post-status.js";

interface DraftedPost {
  title: string;
  vote_count: number;
  issue_keys: string[] | null;
}

const votes = (count: number) => `${count} ${count === 1 ? "vote" : "votes"}`;

/** "Shipped: CSV export, Dark mode and 2 more", within the title limit. */
function proposedTitle(posts: DraftedPost[]): string {
  const named = posts.slice(0, 2).map((post) => post.title).join(", ");
  const title = `Shipped: ${named}${posts.length > 2 ? ` and ${posts.length - 2} more` : ""}`;
  return title.length > 160 ? `${title.slice(0, 159)}…` : title;
}

/**
 * One line per post: its title, votes and the tracker issues behind it (keys only: internal notes,
 * issue URLs and tracker state details stay out of what will be public).
 */
const lineFor = (post: DraftedPost) =>
  `- **${post.title.replace(/[*_`[\]<>]/g, "\\$&")}** (${votes(post.vote_count)}${post.issue_keys?.length ? `; ${post.issue_keys.join(", ")}` : ""})`;

/**
 * Adds a post that reached done internally to this ISO week's open draft, creating it when there
 * is none. While nobody edited the draft (no author yet) Roundtrip rewrites its title and body
 * from all its posts; once someone did, it only links the post and appends its line.
 */
export async function addToWeeklyDraft(em: EntityManager, postId: string, at = new Date()): Promise<void> {
  const [{ week }]: { week: string }[] = await em.execute(`select to_char(?::timestamptz at time zone 'UTC', 'IYYY-"W"IW') as week`, [at]);
  await em.execute(
    `insert into changelog_entry (id, title, category_id, draft_week)
     select gen_random_uuid(), 'Shipped this week', id, ? from changelog_category where archived_at is null order by position limit 1
     on conflict (draft_week) where state = 'DRAFT' do nothing`,
    [week],
  );
  const [draft]: { id: string; author_id: string | null; body: string }[] = await em.execute(
    `select id, author_id, body from changelog_entry where draft_week = ? and state = 'DRAFT' for update`,
    [week],
  );
  if (!draft) return; // no open category to file it under
  const linked: unknown[] = await em.execute(
    `insert into changelog_entry_post (changelog_entry_id, post_id) values (?, ?) on conflict do nothing returning post_id`,
    [draft.id, postId],
  );
  if (linked.length === 0) return;
  const posts: (DraftedPost & { id: string })[] = await em.execute(
    `select p.id, p.title, p.vote_count,
            array_remove(array_agg(l.issue_key order by l.issue_key), null) as issue_keys
       from changelog_entry_post ep join post p on p.id = ep.post_id left join tracker_link l on l.post_id = p.id
      where ep.changelog_entry_id = ? group by p.id order by p.vote_count desc, p.title`,
    [draft.id],
  );
  if (draft.author_id === null) {
    await em.execute(`update changelog_entry set title = ?, body = ?, updated_at = now() where id = ?`, [proposedTitle(posts), posts.map(lineFor).join("\n"), draft.id]);
  } else {
    const added = posts.find((post) => post.id === postId)!;
    await em.execute(`update changelog_entry set body = ?, updated_at = now() where id = ?`, [`${draft.body.trimEnd()}\n${lineFor(added)}`.trimStart(), draft.id]);
  }
}

/** Listens for posts reaching done internally, by hand or from a tracker. */
export function registerWeeklyDraftConsumer(): () => void {
  return registerDomainEventConsumer({
    name: "changelog.weekly-draft",
    handles: ["post.status-changed"],
    async handle(em, event) {
      const [row]: { to_status: string | null; created_at: Date }[] = await em.execute(`select to_status, created_at from post_event where id = ?`, [event.eventId]);
      if (row?.to_status === DONE_INTERNALLY_STATUS) await addToWeeklyDraft(em, event.postId, row.created_at);
    },
  });
}
