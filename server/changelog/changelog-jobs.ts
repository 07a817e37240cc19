import type { MikroORM } from "@mikro-orm/postgresql";
import type { JobQueue } from "../jobs/queue.js";
import { publishScheduled } from "./changelog.service.js";
import { registerWeeklyDraftConsumer } from "./weekly-draft.js";

// Once per process: consumers are registered by event name, whichever app instance delivers.
registerWeeklyDraftConsumer();

/** Publishes scheduled entries when their moment comes (see `scheduleEntry`). */
export async function startChangelogWorker(deps: { orm: MikroORM; queue: JobQueue }): Promise<void> {
  await deps.queue.work("changelog.publish-scheduled", async (data) => {
    await publishScheduled(deps.orm.em.fork(), deps.queue, data.entryId, data.scheduledFor);
  });
}
