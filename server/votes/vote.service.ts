import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../shared/errors.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { followPost } from "../posts/follow.service.js";
import { FollowReason } from "../posts/follow.entity.js";
import { findVisiblePostOrThrow } from "../posts/post.service.js";
import { visiblePosts } from "../posts/post.policy.js";
import { countPerMember } from "../db/count-per-member.js";
import { ConflictReason } from "../shared/input-rules.js";
import { Vote } from "./vote.entity.js";

/**
 * Locks the post row for the rest of the transaction. Votes and merges on one post therefore run
 * one after another, so a vote can never land on a post that is being merged away. A post the
 * voter may not see is NOT_FOUND, as a missing one.
 */
async function lockPostForVoting(em: EntityManager, postId: string, voter: Member): Promise<void> {
  const rows: { merged_into_id: string | null }[] = await em.execute(
    `select merged_into_id from post where id = ? for update`,
    [postId],
  );
  await findVisiblePostOrThrow(em, voter, postId);
  if (rows[0].merged_into_id) throw conflict(ConflictReason.POST_MERGED, "This post was merged into another one; vote there instead.");
}

/**
 * Idempotent: a second vote by the same member changes nothing. The unique (post, member)
 * constraint decides; `vote_count` moves in the same transaction, so it always equals COUNT(*).
 */
export async function castVote(em: EntityManager, postId: string, member: Member, castBy: Member | null = null): Promise<Post> {
  await em.transactional(async (tx) => {
    // A vote recorded on a member's behalf is the manager's doing, on a post the manager sees.
    await lockPostForVoting(tx, postId, castBy ?? member);
    const inserted: unknown[] = await tx.execute(
      `insert into vote (id, post_id, member_id, cast_by_id) values (gen_random_uuid(), ?, ?, ?)
       on conflict (post_id, member_id) do nothing returning id`,
      [postId, member.id, castBy?.id ?? null],
    );
    if (inserted.length > 0) {
      await tx.execute(`update post set vote_count = vote_count + 1 where id = ?`, [postId]);
      await followPost(tx, postId, member.id, FollowReason.VOTE);
    }
  });
  return reloadPost(em, postId);
}

export async function retractVote(em: EntityManager, postId: string, member: Member): Promise<Post> {
  await em.transactional(async (tx) => {
    await lockPostForVoting(tx, postId, member);
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

/**
 * A merge: the duplicate's votes move to the target (a member who voted on both counts once) and
 * both counters are recounted. The caller holds both posts' row locks, so no vote lands in between.
 */
export async function moveVotes(em: EntityManager, fromPostId: string, toPostId: string): Promise<void> {
  await em.execute(
    `insert into vote (id, post_id, member_id, cast_by_id, created_at)
     select gen_random_uuid(), ?, member_id, cast_by_id, created_at from vote where post_id = ?
     on conflict (post_id, member_id) do nothing`,
    [toPostId, fromPostId],
  );
  await em.execute(`delete from vote where post_id = ?`, [fromPostId]);
  await em.execute(`update post set vote_count = (select count(*) from vote where post_id = post.id) where id in (?, ?)`, [fromPostId, toPostId]);
}

/** The member's votes on posts the viewer sees, newest first (their history). */
export function votesBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Vote[]> {
  return em.find(Vote, { member: memberId, post: visiblePosts(viewer) }, { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** How many votes each of these members gave, counting the rows `votesBy` lists. */
export function countVotesBy(em: EntityManager, viewer: Member | null, memberIds: readonly string[]): Promise<Map<string, number>> {
  return countPerMember(em, Vote, "member", { member: { $in: [...memberIds] }, post: visiblePosts(viewer) });
}
