import type { MikroORM } from "@mikro-orm/postgresql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { JobQueue } from "../jobs/queue.js";

/**
 * The stored TRENDING score (`post.trending_score`, formula and upkeep in migration
 * Migration20261203064154) drifts as votes age out of the 14-day window and the age weight decays:
 * this recomputes what moved. Returns how many posts changed.
 */
export async function refreshTrendingScores(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ changed: number }[]>(`select refresh_post_trending_scores() as changed`);
  return row.changed;
}

/** How often the scores are recomputed: a post's place moves by minutes, not by seconds. */
const REFRESH_CRON = "*/5 * * * *";

export async function startTrendingWorker(deps: { orm: MikroORM; queue: JobQueue }): Promise<void> {
  await deps.queue.work("posts.refresh-trending", async () => {
    await refreshTrendingScores(deps.orm.em.fork());
  });
  await deps.queue.boss.schedule("posts.refresh-trending", REFRESH_CRON);
}
