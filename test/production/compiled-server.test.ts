/**
 * The production build as an operator runs it: `npm run build:server` once, then `node dist/server/main.js`
 * with NODE_ENV=production against a fresh, empty database (so the compiled migrations run), spawned
 * as its own process. One server serves every check below; SIGTERM is the last.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { missingProductionSettings } from "../../server/config.js";
import { openDatabase } from "../../server/db/orm.js";
import { SecretBox } from "../../server/shared/secrets.js";
import { ensureWebBuild } from "../../web/ensure-build.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { GraphQLClient } from "../support/graphql-client.js";

const METRICS_TOKEN = randomBytes(16).toString("hex");
const PASSWORD = `pw-${randomBytes(8).toString("hex")}`;
const EMAIL = `operator-${randomBytes(4).toString("hex")}@example.com`;
const database = `roundtrip_prod_${randomBytes(6).toString("hex")}`;
const adminUrl = () => inject("adminDatabaseUrl");

interface Spawned {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The compiled server with only the environment given (plus PATH), its stdout and stderr captured. */
function startCompiled(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ["dist/server/main.js"], { env: { PATH: process.env.PATH!, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

async function admin<T>(sql: string): Promise<T> {
  const orm = await openDatabase(adminUrl(), { migrate: false });
  try {
    return (await orm.em.getConnection().execute(sql)) as T;
  } finally {
    await orm.close();
  }
}

let server: Spawned;
let url: string;

beforeAll(async () => {
  await ensureWebBuild();
  await promisify(execFile)("npm", ["run", "build:server"], { cwd: process.cwd() });
  await admin(`create database "${database}"`);
  const databaseUrl = new URL(adminUrl());
  databaseUrl.pathname = `/${database}`;
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = startCompiled({
    DATABASE_URL: databaseUrl.toString(),
    PUBLIC_URL: url,
    SECRET_KEY: SecretBox.generateKey(),
    PORT: String(port),
    HOST: "127.0.0.1",
    METRICS_TOKEN,
    LOG_LEVEL: "info",
    RECONCILE_CRON: "",
    TRENDING_REFRESH_CRON: "",
    SHUTDOWN_TIMEOUT_SECONDS: "5",
  });
  await eventually(async () => (await fetch(`${url}/readyz`).catch(() => null))?.ok, 90_000, `the compiled server to be ready:\n${server?.output()}`);
}, 300_000);

afterAll(async () => {
  if (server && server.process.exitCode === null) server.process.kill("SIGKILL");
  await admin(`drop database if exists "${database}" with (force)`);
});

describe("the compiled production server", () => {
  it("refuses to start without SECRET_KEY, DATABASE_URL and PUBLIC_URL, one sentence each", async () => {
    const refused = startCompiled({});
    expect(await refused.exited).toBe(1);
    const sentences = missingProductionSettings({});
    expect(sentences).toHaveLength(3);
    for (const sentence of sentences) expect(refused.output()).toContain(sentence);
  });

  it("with MIGRATE_ON_START=false leaves the migrations alone, and says so on /readyz; no METRICS_TOKEN, no /metrics", async () => {
    const unmigrated = `${database}_unmigrated`;
    await admin(`create database "${unmigrated}"`);
    const databaseUrl = new URL(adminUrl());
    databaseUrl.pathname = `/${unmigrated}`;
    const port = await freePort();
    const other = startCompiled({ DATABASE_URL: databaseUrl.toString(), PUBLIC_URL: `http://127.0.0.1:${port}`, SECRET_KEY: SecretBox.generateKey(), PORT: String(port), HOST: "127.0.0.1", MIGRATE_ON_START: "false" });
    try {
      const readiness = await eventually(() => fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined), 30_000, "the unmigrated server to answer");
      expect(readiness.status).toBe(503);
      expect((await readiness.json()).problems).toEqual([expect.stringMatching(/^\d+ migration\(s\) not applied: Migration\d+/)]);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      other.process.kill("SIGTERM");
      await other.exited;
      await admin(`drop database if exists "${unmigrated}" with (force)`);
    }
  });

  it("migrated the empty database, answers GraphQL and serves the web app", async () => {
    const client = new GraphQLClient(url);
    expect(await client.ok(`{ boards { id } }`)).toEqual({ boards: [] });
    const page = await fetch(`${url}/boards/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="app"|<script type="module"/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
  });

  it("logs one line per request and no password, session token, API token or e-mail address", async () => {
    const member = new GraphQLClient(url);
    await member.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { displayName: "Operator", email: EMAIL, password: PASSWORD } });
    await member.ok(`mutation LogIn($email: String!, $password: String!) { logIn(input: { email: $email, password: $password }) { id } }`, { email: EMAIL, password: PASSWORD });
    const session = member.cookie("rt_session")!;
    const { createApiToken } = await member.ok(`mutation { createApiToken(input: { name: "report" }) { secret } }`);
    const robot = new GraphQLClient(url);
    robot.bearerToken = createApiToken.secret;
    expect(await robot.ok(`query Me { me { id } }`)).toEqual({ me: { id: expect.any(String) } });

    const lines = await eventually(async () => {
      const parsed = server.output().split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line));
      return parsed.some((line) => line.operation === "Me") && parsed;
    }, 5_000, "the request log line");
    expect(lines.find((line) => line.operation === "LogIn")).toMatchObject({ msg: "request", method: "POST", path: "/graphql", status: 200, ms: expect.any(Number) });
    expect(lines.find((line) => line.operation === "Me")).toMatchObject({ memberId: expect.any(String) });
    for (const secret of [PASSWORD, session, createApiToken.secret, EMAIL]) expect(server.output()).not.toContain(secret);
  });

  it("serves /metrics only with the token, with the request, error, queue, pool and event loop series", async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    await new GraphQLClient(url).request(`mutation { createApiToken(input: { name: "x" }) { secret } }`);
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/roundtrip_http_request_duration_seconds_bucket\{.*operation="LogIn"/);
    expect(text).toContain('roundtrip_graphql_errors_total{code="UNAUTHENTICATED"}');
    expect(text).toContain('roundtrip_job_queue_depth{queue="mail.send"}');
    expect(text).toContain('roundtrip_job_queue_oldest_age_seconds{queue="mail.send"}');
    expect(text).toContain('roundtrip_db_pool_connections{state="used"}');
    expect(text).toContain("nodejs_eventloop_lag_seconds");
  });

  it("/readyz says 503 while its database refuses connections and 200 once it is back", async () => {
    const ready = async () => {
      const response = await fetch(`${url}/readyz`);
      return { status: response.status, body: await response.json() };
    };
    expect(await ready()).toEqual({ status: 200, body: { ok: true, database: "up", problems: [] } });
    await admin(`alter database "${database}" allow_connections false`);
    await admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}'`);
    try {
      const down = await eventually(async () => {
        const probe = await ready();
        return probe.status === 503 && probe;
      }, 10_000, "/readyz to say 503");
      expect(down.body).toMatchObject({ ok: false, database: "down", problems: expect.arrayContaining(["the database is unreachable"]) });
    } finally {
      await admin(`alter database "${database}" allow_connections true`);
    }
    await eventually(async () => (await ready()).status === 200, 20_000, "/readyz to say 200 again");
  }, 40_000);

  it("on SIGTERM finishes the request in flight, then exits 0", async () => {
    const body = JSON.stringify({ query: "{ boards { id } }" });
    // The request's headers arrive now, its body after SIGTERM: it is in flight throughout.
    const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    socket.write(body);
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('{"data":{"boards":[');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("SIGTERM received");
  }, 30_000);
});
