/**
 * PostgreSQL dies under a stream of votes (its postmaster is killed, on a cluster of this file's
 * own). The server restarts it, and: no acknowledged vote is lost, every error during the outage is
 * UPSTREAM_UNAVAILABLE, /healthz says the database is down meanwhile, and votes succeed again within
 * seconds, without restarting the server.
 */
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type DatabaseServer } from "../../server/db/database.js";
import { openDatabase } from "../../server/db/orm.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { freePort } from "../support/free-port.js";
import { TEMPLATE_DATABASE } from "../support/global-setup.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const VOTE = `mutation($id: ID!) { vote(postId: $id) { id } }`;
const dataDir = `.data/test-fault-postgres-${process.pid}`;
const reports: string[] = [];
let database: DatabaseServer;
let app: TestApp;

beforeAll(async () => {
  database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, report: (message) => reports.push(message) });
  await (await openDatabase(database.urlFor(TEMPLATE_DATABASE))).close();
  app = await startTestApp({}, { adminDatabaseUrl: database.urlFor("postgres") });
});
afterAll(async () => {
  await app?.close();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("a database crash under load", () => {
  it("loses no acknowledged vote, answers UPSTREAM_UNAVAILABLE meanwhile and recovers by itself", async () => {
    const posts = await Promise.all(Array.from({ length: 4 }, async () => buildPost(app, { author: (await buildMember(app)).member })));
    const voters: SignedInMember[] = await Promise.all(Array.from({ length: 30 }, () => buildMember(app)));
    const ballots = voters.flatMap((voter) => posts.map((post) => ({ voter, post })));

    const acknowledged: { memberId: string; postId: string }[] = [];
    const errorCodes: unknown[] = [];
    const health: { at: number; status: number; database: string }[] = [];
    let killedAt = 0;
    let recoveredAt = 0;
    const started = Date.now();

    const stream = (async () => {
      for (const { voter, post } of ballots) {
        const result = await voter.client.request(VOTE, { id: post.id }).catch(() => ({ errors: [{ message: "no answer", extensions: { code: "NO_ANSWER" } }] }));
        if (result.errors) errorCodes.push(codeOf(result as never));
        else {
          acknowledged.push({ memberId: voter.member.id, postId: post.id });
          if (killedAt && errorCodes.length && !recoveredAt) recoveredAt = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const probes = (async () => {
      while (!recoveredAt || Date.now() - recoveredAt < 300) {
        if (Date.now() - started > 25_000) break;
        const response = await fetch(`${app.url}/healthz`);
        health.push({ at: Date.now(), status: response.status, database: (await response.json()).database });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 700));
    process.kill(database.pid()!, "SIGKILL");
    killedAt = Date.now();
    await Promise.all([stream, probes]);

    expect(errorCodes.length).toBeGreaterThan(0);
    expect(new Set(errorCodes)).toEqual(new Set(["UPSTREAM_UNAVAILABLE"]));
    expect(recoveredAt - killedAt).toBeLessThan(10_000);
    expect(health.some((probe) => probe.status === 503 && probe.database === "down")).toBe(true);
    expect(health.at(-1)).toMatchObject({ status: 200, database: "up" });
    expect(reports.some((message) => /restart attempt 1/.test(message))).toBe(true);

    const em = app.orm.em.fork();
    const stored: { member_id: string; post_id: string }[] = await em.execute(`select member_id, post_id from vote`);
    const storedKeys = new Set(stored.map((vote) => `${vote.member_id}:${vote.post_id}`));
    expect(acknowledged.filter((vote) => !storedKeys.has(`${vote.memberId}:${vote.postId}`))).toEqual([]);
    const drift: unknown[] = await em.execute(`select id from post where vote_count <> (select count(*) from vote where post_id = post.id)`);
    expect(drift).toEqual([]);
    console.log(`${acknowledged.length} acknowledged, ${errorCodes.length} refused, back ${recoveredAt - killedAt} ms after the crash`);
  }, 60_000);
});
