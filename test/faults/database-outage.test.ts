/**
 * PostgreSQL dies under a stream of votes (its postmaster is killed, on a cluster of this file's
 * own). The server restarts it, and: no acknowledged vote is lost, every error during the outage is
 * UPSTREAM_UNAVAILABLE, /readyz says the database is down meanwhile, and votes succeed again within
 * seconds, without restarting the server. The other doors say the same while it is down: a live
 * (WebSocket) connection is closed with UPSTREAM_UNAVAILABLE and comes back by itself, and a tracker's
 * webhook gets 503 with Retry-After.
 */
import type { Client } from "graphql-ws";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedPostgres, type DatabaseServer } from "../../server/db/database.js";
import { openDatabase } from "../../server/db/orm.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startFakeJira } from "../fakes/fake-jira.js";
import { codeOf } from "../support/graphql-client.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { collect, subscriptionClient } from "../support/live-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { UPSTREAM_UNAVAILABLE_CLOSE } from "../../server/live/websocket.js";
import { DATABASE_RETRY_AFTER_SECONDS } from "../../server/http/errors.js";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";

const VOTE = `mutation($id: ID!) { vote(postId: $id) { id } }`;
const VOTE_COUNT = `subscription($id: ID!) { postChanged(id: $id) { voteCount } }`;
const dataDir = `.data/test-fault-postgres-${process.pid}`;
const reports: string[] = [];
let database: DatabaseServer;
let app: TestApp;

beforeAll(async () => {
  database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, report: (message) => reports.push(message) });
  await (await openDatabase(database.urlFor(inject("templateDatabase")))).close();
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
        const response = await fetch(`${app.url}/readyz`);
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const healthStatus = async () => (await fetch(`${app.url}/readyz`)).status;

/**
 * Kills the postmaster, runs `check` once /readyz says the database is down (the first restart
 * attempt waits a second, so there is time), then waits until it is back.
 */
async function whileDatabaseIsDown(check: () => Promise<void>) {
  process.kill(database.pid()!, "SIGKILL");
  await eventually(async () => (await healthStatus()) === 503, 5_000, "the database to be reported down");
  await check();
  await eventually(async () => (await healthStatus()) === 200, 30_000, "the database to be back");
}

/** A close reason the server wrote: the error as JSON, `{ message, extensions: { code } }`. */
const closeError = (close: { code: number; reason: string }) => ({ code: close.code, error: JSON.parse(close.reason) });
const UNAVAILABLE_CLOSE = { code: UPSTREAM_UNAVAILABLE_CLOSE, error: { message: expect.any(String), extensions: { code: "UPSTREAM_UNAVAILABLE" } } };

describe("live connections while the database is down", () => {
  it("a member connecting is closed with UPSTREAM_UNAVAILABLE, and their client reconnects and subscribes once it is back", async () => {
    const member = await buildMember(app);
    const post = await buildPost(app, { author: member.member });
    const closes: { code: number; reason: string }[] = [];
    let connects = 0;
    let ws!: Client;
    let stream!: ReturnType<typeof collect<{ postChanged: { voteCount: number } }>>;
    await whileDatabaseIsDown(async () => {
      ws = subscriptionClient(app, member, {
        retryAttempts: 100,
        retryWait: () => sleep(200),
        on: { closed: (event) => void closes.push(event as { code: number; reason: string }), connected: () => void connects++ },
      });
      stream = collect(ws, VOTE_COUNT, { id: post.id });
      await eventually(async () => closes.length > 0, 3_000, "the connection to be closed");
      expect(connects).toBe(0);
    });
    expect(closeError(closes[0])).toEqual(UNAVAILABLE_CLOSE);

    await eventually(async () => connects > 0, 10_000, "the client to connect again");
    // The server's LISTEN connection comes back within a second or so; a change made before it does is
    // not heard (as after any drop), so members keep voting until one is.
    const heard = await eventually(async () => {
      await (await buildMember(app)).client.ok(VOTE, { id: post.id });
      return stream.next(1_000).catch(() => undefined);
    }, 15_000, "a vote to be heard live");
    expect(heard.postChanged.voteCount).toBeGreaterThan(0);
    expect(stream.errors).toEqual([]);
    stream.dispose();
    await ws.dispose();
  }, 60_000);

  it("a subscription started on an open connection closes it with UPSTREAM_UNAVAILABLE instead of an internal error", async () => {
    const member = await buildMember(app);
    const post = await buildPost(app, { author: member.member });
    let connected = false;
    const ws = subscriptionClient(app, member, { on: { connected: () => void (connected = true) } });
    await eventually(async () => connected, 5_000, "the connection");
    let refusal: unknown;
    await whileDatabaseIsDown(async () => {
      const stream = collect(ws, VOTE_COUNT, { id: post.id });
      refusal = await eventually(async () => stream.errors[0], 3_000, "the subscription to fail");
    });
    expect(closeError(refusal as { code: number; reason: string })).toEqual(UNAVAILABLE_CLOSE);
    await ws.dispose();
  }, 60_000);
});

describe("tracker webhooks while the database is down", () => {
  it("a delivery gets 503 with Retry-After and UPSTREAM_UNAVAILABLE, and the tracker's redelivery is accepted", async () => {
    const jira = await startFakeJira();
    const em = app.orm.em.fork();
    const connection = em.create(TrackerConnection, {
      kind: TrackerKind.JIRA,
      name: "Jira (outage)",
      settings: { baseUrl: jira.url, email: jira.email, projectKey: jira.projectKey, issueType: "Task" },
      sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: jira.apiToken, webhookSecret: jira.webhookSecret })),
    });
    await em.flush();
    const delivery = jira.delivery({ webhookEvent: "jira:issue_updated" });
    const deliver = () =>
      fetch(`${app.url}/webhooks/jira/${connection.id}`, { method: "POST", headers: delivery.headers, body: new Uint8Array(delivery.rawBody) });

    let refused!: Response;
    await whileDatabaseIsDown(async () => {
      refused = await deliver();
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(await refused.json()).toEqual({ error: expect.any(String), code: "UPSTREAM_UNAVAILABLE" });

    expect((await deliver()).status).toBe(202);
    await jira.close();
  }, 60_000);
});
