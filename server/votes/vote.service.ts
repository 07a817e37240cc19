import type { EntityManager } from "@mikro-orm/postgresql";
import { conflict, notFound } from "../shared/errors.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { RAISE_AUTOMATIC_FOLLOW } from "../posts/follow.service.js";
import { FollowReason, LEVEL_FOR_REASON } from "../posts/follow.entity.js";
import { POST_POLICY, memberSeesPostSql, visiblePosts } from "../posts/post.policy.js";
import { plainReader } from "../db/plain-rows.js";
import { executePrepared } from "../db/prepared.js";
import { countPerMember } from "../db/count-per-member.js";
import { ConflictReason } from "../shared/input-rules.js";
import { Vote } from "./vote.entity.js";

/**
 * A vote or its retraction is one statement, so the post's row lock is held only for that statement
 * and its commit: under a burst on one post the votes queue behind each other's lock, and each
 * round trip spent inside the lock would divide the throughput (`npm run bench`).
 *
 * `target` locks the post (FOR UPDATE: votes and merges on one post run one after another, so a vote
 * can never land on a post that is being merged away) and, after waiting, sees the row as the last
 * vote or merge left it. A post the member may not see is NOT_FOUND, as a missing one; the statement
 * returns the post's row as the vote left it.
 */
function lockedPost(em: EntityManager): { sql: string; columns: (alias: string) => string } {
  return {
    // The lock is taken without joins: after waiting, PostgreSQL re-checks only the locked row against
    // the joined rows it read before, so a join on the status would drop a post whose status just changed.
    sql: `with locked as (select ${plainReader(em, Post, "p").select} from post p where p.id = ? for update)
          select locked.* from locked
            join post_status s on s.key = locked.status
            join member seer on seer.id = ?
           where ${memberSeesPostSql("seer", "locked", "s")}`,
    columns: (alias) => plainReader(em, Post, alias).select,
  };
}

async function runVoteStatement(em: EntityManager, sql: string, bindings: unknown[]): Promise<Post> {
  const rows = await executePrepared(em, sql, bindings);
  if (rows.length === 0) throw notFound("Post");
  const post = plainReader(em, Post, "post").build(rows[0]);
  if (post.mergedInto) throw conflict(ConflictReason.POST_MERGED, "This post was merged into another one; vote there instead.");
  return post;
}

/**
 * Idempotent: a second vote by the same member changes nothing. The unique (post, member)
 * constraint decides; `vote_count` moves in the same statement, so it always equals COUNT(*), and the
 * trending score gains the vote's weight. The voter follows the post (at STATUS: they hear when it ships).
 */
export function castVote(em: EntityManager, postId: string, member: Member, castBy: Member | null = null): Promise<Post> {
  const target = lockedPost(em);
  return runVoteStatement(
    em,
    `with target as (${target.sql}),
     cast_vote as (
       insert into vote (id, post_id, member_id, cast_by_id)
       select gen_random_uuid(), id, ?, ? from target where merged_into_id is null
       on conflict (post_id, member_id) do nothing returning post_id),
     counted as (
       update post set vote_count = post.vote_count + 1, trending_score = post.trending_score + post_trending_weight(post.created_at) from cast_vote where post.id = cast_vote.post_id returning ${target.columns("post")}),
     followed as (
       insert into follow (post_id, member_id, reason, level) select post_id, ?, ?, ? from cast_vote ${RAISE_AUTOMATIC_FOLLOW})
     select * from counted union all select * from target where not exists (select 1 from counted)`,
    // A vote recorded on a member's behalf is the manager's doing, on a post the manager sees.
    [postId, (castBy ?? member).id, POST_POLICY.seeHidden.roles, member.id, castBy?.id ?? null, member.id, FollowReason.VOTE, LEVEL_FOR_REASON[FollowReason.VOTE]],
  );
}

export function retractVote(em: EntityManager, postId: string, member: Member): Promise<Post> {
  const target = lockedPost(em);
  return runVoteStatement(
    em,
    `with target as (${target.sql}),
     retracted as (
       delete from vote using target where vote.post_id = target.id and vote.member_id = ? and target.merged_into_id is null returning vote.post_id),
     counted as (
       update post set vote_count = post.vote_count - 1,
                       trending_score = greatest(post.trending_score - post_trending_weight(post.created_at), post_trending_weight(post.created_at))
         from retracted where post.id = retracted.post_id returning ${target.columns("post")})
     select * from counted union all select * from target where not exists (select 1 from counted)`,
    [postId, member.id, POST_POLICY.seeHidden.roles, member.id],
  );
}

export async function findMemberOrThrow(em: EntityManager, memberId: string): Promise<Member> {
  const member = await em.findOne(Member, { id: memberId });
  if (!member) throw notFound("Member");
  return member;
}

/**
 * A merge: the duplicate's votes move to the target (a member who voted on both counts once) and
 * both counters and trending scores are recounted. The caller holds both posts' row locks, so no vote lands in between.
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
  await em.execute(`select refresh_post_trending_scores(array[?, ?]::uuid[])`, [fromPostId, toPostId]);
}

/** The member's votes on posts the viewer sees, newest first (their history). */
export function votesBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Vote[]> {
  return em.find(Vote, { member: memberId, post: visiblePosts(viewer) }, { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** How many votes each of these members gave, counting the rows `votesBy` lists. */
export function countVotesBy(em: EntityManager, viewer: Member | null, memberIds: readonly string[]): Promise<Map<string, number>> {
  return countPerMember(em, Vote, "member", { member: { $in: [...memberIds] }, post: visiblePosts(viewer) });
}
