import type { EntityManager } from "@mikro-orm/postgresql";
import { Comment, CommentVisibility } from "../comments/comment.entity.js";
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

/** A member's comments, newest first, internal notes included (staff read this). */
export function recentComments(em: EntityManager, memberId: string, first: number): Promise<Comment[]> {
  return em.find(Comment, { author: memberId, visibility: { $in: [CommentVisibility.PUBLIC, CommentVisibility.INTERNAL] } }, { orderBy: { createdAt: "desc" }, limit: first });
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
