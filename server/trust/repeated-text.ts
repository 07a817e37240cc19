import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { isStaff } from "../members/role.js";
import { conflict } from "../shared/errors.js";
import { ConflictReason } from "../shared/input-rules.js";

/** How long the same text from the same member is refused (Discourse's `unique_posts_mins`). */
const REPEAT_WINDOW_MS = 5 * 60_000;

/** Case and runs of white space do not make a text different. */
const normalized = (sql: string) => `lower(regexp_replace(btrim(${sql}), '\\s+', ' ', 'g'))`;

const RECENT_SAME_TEXT = {
  post: `select 1 from post where author_id = ? and created_at > ? and ${normalized(`title || ' ' || body`)} = ${normalized(`?::text || ' ' || ?::text`)} limit 1`,
  comment: `select 1 from comment where author_id = ? and created_at > ? and deleted_at is null and ${normalized("body")} = ${normalized("?::text")} limit 1`,
};

/**
 * CONFLICT REPEATED_TEXT when the member posted the same post (title and body) or comment in the last
 * five minutes: a double click, a script gone round, or the same text sprayed over many posts. Call it
 * in the transaction that creates the row: the member's transactional advisory lock makes a second
 * identical request wait for the first to commit, and then see its row. Staff are not held to it:
 * the same answer on several posts is their work.
 */
export async function refuseRepeatedText(tx: EntityManager, author: Member, kind: keyof typeof RECENT_SAME_TEXT, text: string[]): Promise<void> {
  if (isStaff(author.role)) return;
  await tx.execute(`select pg_advisory_xact_lock(hashtextextended('contribution:' || ?, 0))`, [author.id]);
  const found: unknown[] = await tx.execute(RECENT_SAME_TEXT[kind], [author.id, new Date(Date.now() - REPEAT_WINDOW_MS), ...text]);
  if (found.length) throw conflict(ConflictReason.REPEATED_TEXT, "You sent the same text a moment ago; it is there already.");
}
