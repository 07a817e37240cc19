import { inject } from "vitest";
import type { MikroORM } from "@mikro-orm/postgresql";
import { randomBytes } from "node:crypto";
import { startApp, type RunningApp } from "../../server/app.js";
import { loadConfig, type Config } from "../../server/config.js";
import { openDatabase } from "../../server/db/orm.js";
import { SecretBox } from "../../server/shared/secrets.js";
import { loosenTrustLimits } from "./trust-settings.js";
import { freePort } from "./free-port.js";
import { GraphQLClient } from "./graphql-client.js";

export interface TestApp {
  url: string;
  orm: MikroORM;
  config: Config;
  running: RunningApp;
  /** A fresh anonymous client (its own cookie jar). */
  client(): GraphQLClient;
  /** Counts SQL statements sent while `fn` runs. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  close(): Promise<void>;
}

/**
 * The real server on a port of its own, over a database cloned from the migrated template, so each
 * test file is isolated (on the suite's PostgreSQL, or on `adminDatabaseUrl`'s, which must hold the
 * migrated template too). Rate limits are generous unless a test overrides them, and so are the trust
 * levels' limits and the accounts per address (every test client is 127.0.0.1) unless `trustDefaults`
 * keeps the product's.
 */
export async function startTestApp(overrides: Partial<Config> = {}, options: { adminDatabaseUrl?: string; trustDefaults?: boolean } = {}): Promise<TestApp> {
  const adminUrl = new URL(options.adminDatabaseUrl ?? inject("adminDatabaseUrl"));
  const database = `roundtrip_test_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase(adminUrl.toString(), { migrate: false });
  await admin.em.getConnection().execute(`create database "${database}" template "${inject("templateDatabase")}"`);
  await admin.close();

  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const orm = await openDatabase(url.toString(), { migrate: false });
  if (!options.trustDefaults) await loosenTrustLimits(orm);
  const generous = { points: 100_000, durationSeconds: 60 };
  // The port is known up front so PUBLIC_URL is the address clients (and browsers) really use.
  const port = await freePort();
  const config: Config = {
    ...loadConfig({}),
    publicUrl: `http://127.0.0.1:${port}`,
    rateLimits: { submit: generous, vote: generous, comment: generous, login: generous, accountMail: generous },
    secretKey: SecretBox.generateKey(),
    reconcileCron: "",
    // Tests refresh the TRENDING scores themselves; a cron run would rewrite post rows mid-test.
    trendingRefreshCron: "",
    // Tests promote members themselves (`promoteMembers`) with the clock they set.
    trustPromotionCron: "",
    jobPollingSeconds: 0.5,
    trackerRetryBaseMs: 200,
    ...overrides,
  };
  const app = await startApp(config, orm, { port, host: "127.0.0.1" });

  let recording: string[] | null = null;
  orm.em.getConnection().getKnex().on("query", (query: { sql: string }) => recording?.push(query.sql));

  return {
    url: app.url,
    orm,
    running: app,
    config,
    client: () => new GraphQLClient(app.url),
    async countQueries(fn) {
      recording = [];
      try {
        const result = await fn();
        return { result, queries: recording };
      } finally {
        recording = null;
      }
    },
    async close() {
      await app.stop();
      await orm.close();
      const cleanup = await openDatabase(adminUrl.toString(), { migrate: false });
      await cleanup.em.getConnection().execute(`drop database if exists "${database}" with (force)`);
      await cleanup.close();
    },
  };
}
