import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { Follow } from "./follow.entity.js";
import type { Post } from "./post.entity.js";
import { visiblePosts } from "./post.policy.js";

/**
 * The member follows the post from now on; following it already changes nothing. Authors, voters and
 * commenters follow what they took part in (Fider does the same), so they hear what happens to it.
 */
export async function followPost(em: EntityManager, postId: string, memberId: string): Promise<void> {
  await em.execute(`insert into follow (post_id, member_id) values (?, ?) on conflict do nothing`, [postId, memberId]);
}

/** A merge: the duplicate's followers follow the target too, since when they followed the duplicate. */
export async function copyFollowers(em: EntityManager, fromPostId: string, toPostId: string): Promise<void> {
  await em.execute(
    `insert into follow (post_id, member_id, created_at) select ?, member_id, created_at from follow where post_id = ?
     on conflict do nothing`,
    [toPostId, fromPostId],
  );
}

/** Posts the member follows that the viewer sees, most recently followed first (their history). */
export async function postsFollowedBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Post[]> {
  const follows = await em.find(
    Follow,
    { member: memberId, post: visiblePosts(viewer) },
    { orderBy: { createdAt: "desc", post: "asc" }, limit: first, populate: ["post"] },
  );
  return follows.map((follow) => follow.post);
}
