import type { EntityManager } from "@mikro-orm/postgresql";
import { Comment } from "../comments/comment.entity.js";
import { Post } from "../posts/post.entity.js";
import { Vote } from "../votes/vote.entity.js";
import { Member } from "./member.entity.js";

/** Staff's member directory: by name or e-mail, newest first. */
export async function searchMembers(em: EntityManager, search: string | null | undefined, first: number): Promise<Member[]> {
  const text = search?.trim();
  const pattern = text ? `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  return em.find(
    Member,
    pattern ? { $or: [{ displayName: { $ilike: pattern } }, { email: { $ilike: pattern } }] } : {},
    { orderBy: { createdAt: "desc", id: "asc" }, limit: first },
  );
}

/*
 * A member's history. Each list uses the same rows as the matching count in `activityOf`, so a
 * page that shows "Posts (5)" lists those five posts: merged duplicates included, deleted comments
 * left out (their text is gone).
 */

/** Their comments and internal notes, newest first. */
export function recentComments(em: EntityManager, memberId: string, first: number): Promise<Comment[]> {
  return em.find(Comment, { author: memberId, deletedAt: null }, { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** Every post they wrote, newest first. */
export function postsBy(em: EntityManager, memberId: string, first: number): Promise<Post[]> {
  return em.find(Post, { author: memberId }, { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** Their votes, newest first. */
export function votesBy(em: EntityManager, memberId: string, first: number): Promise<Vote[]> {
  return em.find(Vote, { member: memberId }, { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** Posts they follow, most recently followed first. */
export async function postsFollowedBy(em: EntityManager, memberId: string, first: number): Promise<Post[]> {
  const rows: { post_id: string }[] = await em.execute(
    `select post_id from follow where member_id = ? order by created_at desc, post_id limit ?`,
    [memberId, first],
  );
  const posts = await em.find(Post, { id: { $in: rows.map((row) => row.post_id) } });
  const byId = new Map(posts.map((post) => [post.id, post]));
  return rows.map((row) => byId.get(row.post_id)!);
}

export interface MemberActivity {
  posts: number;
  comments: number;
  votes: number;
}

/** Counts for many members in three grouped queries (used through a DataLoader). */
export async function activityOf(em: EntityManager, memberIds: readonly string[]): Promise<MemberActivity[]> {
  const grouped = async (sql: string) => new Map((await em.execute(sql, [memberIds]) as Array<{ id: string; n: string }>).map((row) => [row.id, Number(row.n)]));
  const [posts, comments, votes] = await Promise.all([
    grouped(`select author_id as id, count(*) as n from post where author_id in (?) group by author_id`),
    grouped(`select author_id as id, count(*) as n from comment where author_id in (?) and deleted_at is null group by author_id`),
    grouped(`select member_id as id, count(*) as n from vote where member_id in (?) group by member_id`),
  ]);
  return memberIds.map((id) => ({ posts: posts.get(id) ?? 0, comments: comments.get(id) ?? 0, votes: votes.get(id) ?? 0 }));
}
