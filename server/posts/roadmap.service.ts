import type { EntityManager } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { POST_POLICY, visiblePosts } from "./post.policy.js";
import { Post } from "./post.entity.js";
import type { PostKind } from "./post-enums.js";
import { StatusCategory } from "./post-status.js";
import { Status } from "./status.entity.js";

/** How far back the roadmap's delivered columns reach: what shipped lately, not the whole history. */
export const RECENTLY_SHIPPED_DAYS = 90;

export interface RoadmapColumn {
  status: Status;
  posts: Post[];
  totalCount: number;
}

/**
 * One column per status marked for the roadmap, in the statuses' order: active work by votes, and
 * delivered work (DONE statuses) shipped in the last RECENTLY_SHIPPED_DAYS, newest first. Statuses
 * the viewer may not see are not columns; posts follow the one visibility rule.
 */
export async function roadmapOf(
  em: EntityManager,
  viewer: Member | null,
  options: { board?: string | null; kind?: PostKind | null; first: number },
): Promise<RoadmapColumn[]> {
  const statuses = await em.find(
    Status,
    { onRoadmap: true, archivedAt: null, ...(allows(POST_POLICY.seeHidden, viewer) ? {} : { public: true }) },
    { orderBy: { position: "asc" } },
  );
  return Promise.all(
    statuses.map(async (status) => {
      const delivered = status.category === StatusCategory.DONE;
      const qb = em.createQueryBuilder(Post, "p").where(visiblePosts(viewer)).andWhere({ status: status.key });
      if (options.board) qb.andWhere({ board: options.board });
      if (options.kind) qb.andWhere({ kind: options.kind });
      if (delivered) qb.andWhere(`p.shipped_at > now() - make_interval(days => ?)`, [RECENTLY_SHIPPED_DAYS]);
      const [posts, totalCount] = await Promise.all([
        qb
          .clone()
          .orderBy(delivered ? { shippedAt: "desc", id: "asc" } : { voteCount: "desc", createdAt: "desc", id: "asc" })
          .limit(options.first)
          .getResultList(),
        qb.clone().getCount(),
      ]);
      return { status, posts, totalCount };
    }),
  );
}
