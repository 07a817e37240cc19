import type { EntityManager } from "@mikro-orm/postgresql";
import { countCommentsBy } from "../comments/comment.service.js";
import { countPostsBy } from "../posts/post.service.js";
import { countVotesBy } from "../votes/vote.service.js";
import { Member } from "./member.entity.js";

/** Staff's member directory: by name or e-mail, newest first. */
export async function searchMembers(em: EntityManager, search: string | null | undefined, first: number): Promise<Member[]> {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  return em.find(
    Member,
    pattern ? { $or: [{ displayName: { $ilike: pattern } }, { email: { $ilike: pattern } }] } : {},
    { orderBy: { createdAt: "desc", id: "asc" }, limit: first },
  );
}

export interface MemberActivity {
  posts: number;
  comments: number;
  votes: number;
}

/**
 * A member's history counts, for many members at once (through a DataLoader). Each feature counts its
 * own rows, next to the function that lists them, so "Posts (5)" lists those five posts (the ones the viewer sees).
 */
export async function activityOf(em: EntityManager, viewer: Member | null, memberIds: readonly string[]): Promise<MemberActivity[]> {
  const [posts, comments, votes] = await Promise.all([
    countPostsBy(em, viewer, memberIds),
    countCommentsBy(em, viewer, memberIds),
    countVotesBy(em, viewer, memberIds),
  ]);
  return memberIds.map((id) => ({ posts: posts.get(id) ?? 0, comments: comments.get(id) ?? 0, votes: votes.get(id) ?? 0 }));
}
