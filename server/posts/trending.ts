import type { MikroORM } from "@mikro-orm/postgresql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
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

/** Recomputes the scores on `config.trendingRefreshCron` (every five minutes: a post's place moves by minutes, not seconds). */
export async function startTrendingWorker(deps: { orm: MikroORM; queue: JobQueue; config: Config }): Promise<void> {
  await deps.queue.work("posts.refresh-trending", async () => {
    await refreshTrendingScores(deps.orm.em.fork());
  });
  if (deps.config.trendingRefreshCron) await deps.queue.boss.schedule("posts.refresh-trending", deps.config.trendingRefreshCron);
}
