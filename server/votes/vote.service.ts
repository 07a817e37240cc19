import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../shared/errors.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { ConflictReason } from "../shared/input-rules.js";

/**
 * Locks the post row for the rest of the transaction. Votes and merges on one post therefore run
 * one after another, so a vote can never land on a post that is being merged away.
 */
async function lockPostForVoting(em: EntityManager, postId: string): Promise<void> {
  const rows: { merged_into_id: string | null }[] = await em.execute(
    `select merged_into_id from post where id = ? for update`,
    [postId],
  );
  if (rows.length === 0) throw notFound("Post");
  if (rows[0].merged_into_id) throw conflict(ConflictReason.POST_MERGED, "This post was merged into another one; vote there instead.");
}

/**
 * Idempotent: a second vote by the same member changes nothing. The unique (post, member)
 * constraint decides; `vote_count` moves in the same transaction, so it always equals COUNT(*).
 */
export async function castVote(em: EntityManager, postId: string, member: Member, castBy: Member | null = null): Promise<Post> {
  await em.transactional(async (tx) => {
    await lockPostForVoting(tx, postId);
    const inserted: unknown[] = await tx.execute(
      `insert into vote (id, post_id, member_id, cast_by_id) values (gen_random_uuid(), ?, ?, ?)
       on conflict (post_id, member_id) do nothing returning id`,
      [postId, member.id, castBy?.id ?? null],
    );
    if (inserted.length > 0) {
      await tx.execute(`update post set vote_count = vote_count + 1 where id = ?`, [postId]);
      // Voters hear about what happens to what they voted for (Fider does the same).
      await tx.execute(`insert into follow (post_id, member_id) values (?, ?) on conflict do nothing`, [postId, member.id]);
    }
  });
  return reloadPost(em, postId);
}

export async function retractVote(em: EntityManager, postId: string, member: Member): Promise<Post> {
  await em.transactional(async (tx) => {
    await lockPostForVoting(tx, postId);
    const deleted: unknown[] = await tx.execute(`delete from vote where post_id = ? and member_id = ? returning id`, [postId, member.id]);
    if (deleted.length > 0) await tx.execute(`update post set vote_count = vote_count - 1 where id = ?`, [postId]);
  });
  return reloadPost(em, postId);
}

async function reloadPost(em: EntityManager, postId: string): Promise<Post> {
  return em.findOneOrFail(Post, { id: postId }, { refresh: true });
}

export async function findMemberOrThrow(em: EntityManager, memberId: string): Promise<Member> {
  const member = await em.findOne(Member, { id: memberId });
  if (!member) throw notFound("Member");
  return member;
}
