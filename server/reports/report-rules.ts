import type { EntityManager } from "@mikro-orm/postgresql";
import { publicCommentSql } from "../comments/comment.policy.js";
import { Post } from "../posts/post.entity.js";
import { DUPLICATE_STATUS } from "../posts/post-status.js";
import { STAFF_ROLES } from "../members/role.js";

/**
 * The rules behind the figures both `communityStats` and `communityReport` show, as SQL over the
 * post row `p`: one owner each, so the dashboard and the report cannot disagree.
 */

/** Hours from submission to the first staff action (`first_triaged_at`, see post-status.service.ts `markTriaged`). */
export const HOURS_TO_TRIAGE = `extract(epoch from p.first_triaged_at - p.created_at) / 3600`;

/** Days from submission to shipped. */
export const DAYS_TO_SHIP = `extract(epoch from p.shipped_at - p.created_at) / 86400`;

const STAFF_SQL = STAFF_ROLES.map((role) => `'${role}'`).join(", ");

/**
 * When staff first answered the post where members see it: a public comment by staff, or a
 * timeline change a staff member made (status, merge, board, note); the post's own CREATED row is
 * not an answer. Both read the (post_id, created_at) indexes.
 */
export const FIRST_STAFF_RESPONSE = `least(
  (select min(c.created_at) from comment c join member cm on cm.id = c.author_id
    where c.post_id = p.id and ${publicCommentSql("c")} and c.deleted_at is null and cm.role in (${STAFF_SQL})),
  (select min(e.created_at) from post_event e join member em on em.id = e.actor_id
    where e.post_id = p.id and e.type <> 'CREATED' and em.role in (${STAFF_SQL})))`;

/** Comments that count as community activity: public and not deleted. */
export const COUNTED_COMMENT = (alias: string) => `${publicCommentSql(alias)} and ${alias}.deleted_at is null`;

/**
 * Posts still on their way: in an OPEN or ACTIVE category status (not done, declined or merged). The
 * DUPLICATE status is never one of those; saying so lets "most voted" walk the `post_top` index and
 * stop after a few rows (a millisecond) instead of sorting every post (about 270 ms at 100,000).
 */
export const UNDER_WAY = `p.status in (select key from post_status where category in ('OPEN', 'ACTIVE')) and p.status <> '${DUPLICATE_STATUS}'`;

/** SQL over the post row `p` that narrows the posts a figure looks at, with its `?` values. */
export interface PostScope {
  sql: string;
  values: unknown[];
}
const ANY_POST: PostScope = { sql: "true", values: [] };

/**
 * Share (0–1) of the `top` most-voted posts under way that are linked to a tracker issue; null
 * without any. `scope` narrows the posts (SQL over `p` with its values), e.g. to a board.
 */
export async function topPostsLinkedShare(em: EntityManager, top: number, scope: PostScope = ANY_POST): Promise<number | null> {
  const [share]: Array<{ linked: string; total: string }> = await em.execute(
    `with top as (select p.id from post p where ${UNDER_WAY} and ${scope.sql} order by p.vote_count desc, p.created_at desc limit ${Number(top)})
     select count(*) filter (where exists (select 1 from tracker_link l where l.post_id = top.id)) as linked, count(*) as total from top`,
    scope.values,
  );
  return Number(share.total) === 0 ? null : Number(share.linked) / Number(share.total);
}

/** The most-voted posts under way without a tracker issue (up to 10), most voted first, narrowed by `scope` as above. */
export async function topUnlinkedPosts(em: EntityManager, scope: PostScope = ANY_POST): Promise<Post[]> {
  const rows: Array<{ id: string }> = await em.execute(
    `select p.id from post p
      where ${UNDER_WAY} and ${scope.sql} and not exists (select 1 from tracker_link l where l.post_id = p.id)
      order by p.vote_count desc, p.created_at desc limit 10`,
    scope.values,
  );
  const posts = await em.find(Post, { id: { $in: rows.map((row) => row.id) } });
  return rows.map((row) => posts.find((post) => post.id === row.id)!);
}

/** A median or other measure as the API gives it: one decimal, or null when there was nothing to measure. */
export const oneDecimal = (value: string | number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);
