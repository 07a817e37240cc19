import type { EntityManager } from "@mikro-orm/postgresql";
import type { Post } from "../posts/post.entity.js";

/**
 * Whether `post`, whose work is done, must wait in DONE_INTERNALLY instead of shipping: the
 * workspace lets shipping wait for the changelog (default) and no published entry links the post yet.
 */
export async function shippingWaitsForChangelog(em: EntityManager, post: Post): Promise<boolean> {
  const [row]: { waits: boolean }[] = await em.execute(
    `select coalesce((select shipping_waits_for_changelog from changelog_settings), true)
        and not exists (select 1 from changelog_entry_post l join changelog_entry e on e.id = l.changelog_entry_id
                         where l.post_id = ? and e.state = 'PUBLISHED') as waits`,
    [post.id],
  );
  return row.waits;
}
