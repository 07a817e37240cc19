import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { Follow, FollowLevel, LEVEL_FOR_REASON } from "./follow.entity.js";
import type { Post } from "./post.entity.js";
import { visiblePosts } from "./post.policy.js";

type AutomaticReason = keyof typeof LEVEL_FOR_REASON;

/**
 * Taking part (writing, commenting, voting) follows the post, so the member hears what happens to
 * it. An automatic follow only raises the level and never overrides the member's own choice: a
 * member who muted a post stays muted when they vote on it (Fider's "unsolicited e-mail" lesson).
 */
export async function followPost(em: EntityManager, postId: string, memberId: string, reason: AutomaticReason): Promise<void> {
  await em.execute(`insert into follow (post_id, member_id, reason, level) values (?, ?, ?, ?) ${RAISE_AUTOMATIC_FOLLOW}`, [
    postId,
    memberId,
    reason,
    LEVEL_FOR_REASON[reason],
  ]);
}

/** The conflict clause of an automatic follow (see `followPost`), for statements that insert follows themselves. */
export const RAISE_AUTOMATIC_FOLLOW = `on conflict (post_id, member_id) do update set reason = excluded.reason, level = excluded.level
     where follow.reason <> 'MANUAL' and excluded.level > follow.level`;

/** The member's own choice for a post; NONE mutes it (kept, so that taking part does not undo it). */
export async function setFollowLevel(em: EntityManager, postId: string, memberId: string, level: FollowLevel): Promise<void> {
  await em.execute(
    `insert into follow (post_id, member_id, reason, level) values (?, ?, 'MANUAL', ?)
     on conflict (post_id, member_id) do update set reason = 'MANUAL', level = excluded.level`,
    [postId, memberId, level],
  );
}

/**
 * A merge: the duplicate's followers follow the target too, since when they followed the
 * duplicate, at the higher of their two levels. A member's own choice on the target stands.
 */
export async function copyFollowers(em: EntityManager, fromPostId: string, toPostId: string): Promise<void> {
  await em.execute(
    `insert into follow (post_id, member_id, reason, level, created_at)
     select ?, member_id, 'MERGED', level, created_at from follow where post_id = ? and level <> 'NONE'
     on conflict (post_id, member_id) do update set level = excluded.level
     where follow.reason <> 'MANUAL' and excluded.level > follow.level`,
    [toPostId, fromPostId],
  );
}

/** Posts the member follows (muted ones are not followed) that the viewer sees, most recently followed first (their history). */
export async function postsFollowedBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Post[]> {
  const follows = await em.find(
    Follow,
    { member: memberId, level: { $ne: FollowLevel.NONE }, post: visiblePosts(viewer) },
    { orderBy: { createdAt: "desc", post: "asc" }, limit: first, populate: ["post"] },
  );
  return follows.map((follow) => follow.post);
}
