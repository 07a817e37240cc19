import type { MikroORM } from "@mikro-orm/postgresql";
import type { Express, RequestHandler } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { timingSafeEqual } from "node:crypto";
import { JOB_NAMES } from "../jobs/queue.js";

/** Distinct GraphQL operation names kept as label values; clients choose names, so the rest become "other". */
const MAX_OPERATION_LABELS = 200;

/** The tarn pool knex keeps its connections in (not part of MikroORM's public types). */
interface ConnectionPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * Prometheus metrics of one running server, on a registry of its own (several servers share a test
 * process). Only built when METRICS_TOKEN is set, so a server without it pays nothing per request.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requestDuration = new Histogram({
    name: "roundtrip_http_request_duration_seconds",
    help: "HTTP request duration by GraphQL operation name ('-' for other routes), method and status.",
    labelNames: ["operation", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: "roundtrip_graphql_errors_total",
    help: "GraphQL errors sent to clients, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  readonly mails = new Counter({
    name: "roundtrip_notification_mails_total",
    help: "Outbox mails handed to the SMTP server (sent) or given up on (failed).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  /** Its `_count` by outcome is the failures by kind: `retryable` (5xx, 429, unreachable), `permanent` (4xx) or `error` (a bug of ours). */
  readonly trackerCalls = new Histogram({
    name: "roundtrip_tracker_call_duration_seconds",
    help: "Calls to Jira and Linear by tracker kind, port method and outcome (ok, retryable, permanent, error).",
    labelNames: ["kind", "call", "outcome"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor(orm: MikroORM) {
    // Process, heap, GC and event loop lag (nodejs_eventloop_lag_seconds).
    collectDefaultMetrics({ register: this.registry });

    let snapshot: { at: number; rows: Promise<{ name: string; depth: number; age: number }[]> } | null = null;
    // Both queue gauges are read in the same scrape; one query answers them.
    const queueRows = () => {
      if (!snapshot || Date.now() - snapshot.at > 1000) {
        snapshot = {
          at: Date.now(),
          rows: orm.em.fork().execute(
            `select name, count(*)::int as depth, coalesce(extract(epoch from now() - min(created_on)), 0)::float as age
               from pgboss.job where state in ('created', 'retry') and start_after <= now() group by name`,
          ),
        };
      }
      return snapshot.rows;
    };
    const perQueue = async (gauge: Gauge<"queue">, field: "depth" | "age") => {
      const rows = new Map((await queueRows()).map((row) => [row.name, row]));
      for (const name of JOB_NAMES) gauge.set({ queue: name }, rows.get(name)?.[field] ?? 0);
    };
    new Gauge({
      name: "roundtrip_job_queue_depth",
      help: "Jobs waiting to run (due, not yet started), per queue.",
      labelNames: ["queue"] as const,
      registers: [this.registry],
      collect() {
        return perQueue(this, "depth");
      },
    });
    new Gauge({
      name: "roundtrip_job_queue_oldest_age_seconds",
      help: "Age of the oldest job waiting to run, per queue (0 when none waits).",
      labelNames: ["queue"] as const,
      registers: [this.registry],
      collect() {
        return perQueue(this, "age");
      },
    });
    new Gauge({
      name: "roundtrip_db_pool_connections",
      help: "Connections of the server's PostgreSQL pool: in use, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const pool = (orm.em.getConnection().getKnex().client as { pool?: ConnectionPool }).pool;
        this.set({ state: "used" }, pool?.numUsed() ?? 0);
        this.set({ state: "free" }, pool?.numFree() ?? 0);
        this.set({ state: "pending" }, pool?.numPendingAcquires() ?? 0);
      },
    });
  }

  /** The label for an operation name, bounded in number (see MAX_OPERATION_LABELS). */
  operationLabel(name: string | undefined): string {
    if (!name) return "-";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return "other";
    this.operations.add(name);
    return name;
  }
}

/** `GET /metrics` in Prometheus' text format, for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`. */
export function mountMetrics(app: Express, metrics: Metrics, token: string): void {
  const expected = Buffer.from(`Bearer ${token}`);
  const authorized: RequestHandler = (req, res, next) => {
    const given = Buffer.from(req.headers.authorization ?? "");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    res.status(401).set("WWW-Authenticate", 'Bearer realm="metrics"').json({ error: "Send the metrics token as a Bearer token.", code: "UNAUTHENTICATED" });
  };
  app.get("/metrics", authorized, async (_req, res, next) => {
    try {
      res.set("Content-Type", metrics.registry.contentType).send(await metrics.registry.metrics());
    } catch (error) {
      next(error);
    }
  });
}
