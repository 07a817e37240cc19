import type { MikroORM } from "@mikro-orm/postgresql";
import type { Express } from "express";
import { isDatabaseUnavailable } from "../db/outage.js";
import type { JobQueue } from "../jobs/queue.js";
import { logger } from "../observability/logger.js";

/**
 * `/healthz` (liveness): the process is up and answering; nothing else, so a slow database never gets
 * the container restarted. `/readyz` (readiness): the database answers, every migration this build
 * knows is applied, the job queue runs and the server is not shutting down: 200 with the checks, or 503
 * naming what is wrong, so a load balancer sends traffic only to instances that can serve it.
 */
export function mountHealth(app: Express, deps: { orm: MikroORM; queue: JobQueue; stopping: () => boolean }): void {
  app.get("/healthz", (_req, res) => void res.json({ ok: true }));
  app.get("/readyz", async (_req, res) => {
    const problems: string[] = [];
    let database: "up" | "down" = "up";
    try {
      await deps.orm.em.fork().execute("select 1");
      const pending = await deps.orm.migrator.getPendingMigrations();
      if (pending.length) problems.push(`${pending.length} migration(s) not applied: ${pending.map((migration) => migration.name).join(", ")}`);
    } catch (error) {
      database = "down";
      problems.push("the database is unreachable");
      if (!isDatabaseUnavailable(error)) logger.error({ err: error }, "readiness check failed");
    }
    if (!deps.queue.running) problems.push("the job queue is not running");
    if (deps.stopping()) problems.push("the server is shutting down");
    res.status(problems.length ? 503 : 200).json({ ok: problems.length === 0, database, problems });
  });
}
