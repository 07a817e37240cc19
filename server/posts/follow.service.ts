import type { EntityManager } from "@mikro-orm/postgresql";
import { Post } from "./post.entity.js";

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

/** Posts the member follows, most recently followed first (their history). */
export async function postsFollowedBy(em: EntityManager, memberId: string, first: number): Promise<Post[]> {
  const rows: { post_id: string }[] = await em.execute(
    `select post_id from follow where member_id = ? order by created_at desc, post_id limit ?`,
    [memberId, first],
  );
  const posts = await em.find(Post, { id: { $in: rows.map((row) => row.post_id) } });
  const byId = new Map(posts.map((post) => [post.id, post]));
  return rows.map((row) => byId.get(row.post_id)!);
}
