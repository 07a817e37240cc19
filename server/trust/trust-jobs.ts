import type { MikroORM } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
import type { JobQueue } from "../jobs/queue.js";
import { promoteMembers } from "./trust.service.js";

/**
 * Raises members who earned a level on `config.trustPromotionCron` (hourly): the rules count days and
 * contributions, so an hour is soon enough. A member's first visit of a day checks them at once too.
 */
export async function startTrustWorker(deps: { orm: MikroORM; queue: JobQueue; config: Config }): Promise<void> {
  await deps.queue.work("trust.promote", async () => {
    await promoteMembers(deps.orm.em.fork(), new Date());
  });
  if (deps.config.trustPromotionCron) await deps.queue.boss.schedule("trust.promote", deps.config.trustPromotionCron);
}
