/**
 * `npm run backup` / `npm run restore`: a dump of a community restored into a new database is the
 * same community to the app. pg_dump refuses a server newer than itself, and a machine may only have
 * an older one (Debian 12 ships 15; the embedded PostgreSQL is 18): then the refusal is what is
 * checked, and the round trip needs PG_BIN_DIR (or PATH) to hold tools as new as the server.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp } from "../../server/app.js";
import { BackupRefused, backupDatabase, restoreDatabase } from "../../server/db/backup.js";
import { openDatabase } from "../../server/db/orm.js";
import { buildMember, buildPost } from "../factories/index.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

let source: TestApp;
let directory: string;
let serverMajor: number;
let dumpMajor: number;

beforeAll(async () => {
  source = await startTestApp();
  directory = await mkdtemp(path.join(os.tmpdir(), "roundtrip-backup-"));
  const [{ server_version_num }] = await source.orm.em.getConnection().execute(`show server_version_num`);
  serverMajor = Math.floor(Number(server_version_num) / 10_000);
  const bin = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, "pg_dump") : "pg_dump";
  try {
    dumpMajor = Number(/(\d+)/.exec(execFileSync(bin, ["--version"], { encoding: "utf8" }))![1]);
  } catch {
    dumpMajor = 0;
  }
});
afterAll(async () => {
  await source?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("refuses, in one sentence, when pg_dump is older than the server", async ({ skip }) => {
    if (dumpMajor === 0 || dumpMajor >= serverMajor) skip(`pg_dump ${dumpMajor} fits PostgreSQL ${serverMajor}`);
    const refusal = backupDatabase(source.orm.config.get("clientUrl")!, path.join(directory, "refused.dump"));
    await expect(refusal).rejects.toThrow(BackupRefused);
    await expect(refusal).rejects.toThrow(`pg_dump ${dumpMajor} cannot work with PostgreSQL ${serverMajor}: install the PostgreSQL ${serverMajor} client tools`);
  });

  it("restores a dump into a new database, and the app there serves the same posts", async ({ skip }) => {
    if (dumpMajor < serverMajor) skip(`pg_dump ${dumpMajor || "(missing)"} is older than PostgreSQL ${serverMajor}`);
    const author = await buildMember(source);
    const post = await buildPost(source, { author: author.member });
    const file = path.join(directory, "roundtrip.dump");
    await backupDatabase(source.orm.config.get("clientUrl")!, file);

    const restoredUrl = new URL(source.orm.config.get("clientUrl")!);
    restoredUrl.pathname = `/roundtrip_restored_${randomBytes(6).toString("hex")}`;
    await restoreDatabase(file, restoredUrl.toString());
    await expect(restoreDatabase(file, restoredUrl.toString())).rejects.toThrow("The target database is not empty");

    const orm = await openDatabase(restoredUrl.toString());
    const restored = await startApp(source.config, orm, { port: 0, host: "127.0.0.1" });
    try {
      const query = `query($id: ID!) { post(id: $id) { title author { displayName } } }`;
      const before = await new GraphQLClient(source.url).ok(query, { id: post.id });
      expect(await new GraphQLClient(restored.url).ok(query, { id: post.id })).toEqual(before);
      expect(before.post.title).toBe(post.title);
    } finally {
      await restored.stop();
      await orm.close();
      const admin = await openDatabase(source.orm.config.get("clientUrl")!, { migrate: false });
      await admin.em.getConnection().execute(`drop database if exists "${restoredUrl.pathname.slice(1)}" with (force)`);
      await admin.close();
    }
  });
});
