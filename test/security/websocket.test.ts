/**
 * The WebSocket path (/graphql, graphql-ws) has the HTTP path's protections: the upgrade must come
 * from the app's own origin, messages are capped in size, documents get the same token, depth and
 * alias limits before they are parsed in full, and connections and subscriptions are budgeted per
 * address and per member. An attacker sees refusals with codes, and the server stays responsive.
 */
import WebSocket from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LIVE_LIMITS, TOO_MANY_CONNECTIONS } from "../../server/live/websocket.js";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
let staff: SignedInMember;
let member: SignedInMember;
let postId: string;
const open: WebSocket[] = [];

beforeAll(async () => {
  app = await startTestApp();
  staff = await buildMember(app, { role: Role.MANAGER });
  member = await buildMember(app);
  postId = (await buildPost(app, { author: member.member })).id;
});
afterEach(async () => {
  for (const socket of open.splice(0)) socket.terminate();
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the server count the closes
});
afterAll(() => app.close());

type Message = { type: string; id?: string; payload?: any };

/** A raw graphql-transport-ws connection; `as` sends that member's session cookie on the upgrade. */
function connect(options: { as?: SignedInMember; origin?: string; host?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.host) headers.host = options.host;
  const cookie = options.as?.client.cookie("rt_session");
  if (cookie) headers.cookie = `rt_session=${cookie}`;
  if (options.origin) headers.origin = options.origin;
  const socket = new WebSocket(`${app.url.replace("http", "ws")}/graphql`, "graphql-transport-ws", { headers });
  open.push(socket);
  const messages: Message[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number }>((resolve) => socket.on("close", (code) => resolve({ code })));
  const upgrade = new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.on("open", () => resolve({ status: 101, body: "" }));
    socket.on("unexpected-response", (_request, response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on("error", (error) => reject(error));
  });
  const until = async (predicate: (message: Message) => boolean, timeoutMs = 3000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such message; got ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    socket,
    upgrade,
    closed,
    messages,
    until,
    async ready() {
      expect((await upgrade).status).toBe(101);
      socket.send(JSON.stringify({ type: "connection_init" }));
      await until((message) => message.type === "connection_ack");
    },
    subscribe(id: string, query: string, variables: Record<string, unknown> = {}) {
      socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
    },
    /** The first error message for an operation id, as the client sees it. */
    errorOf: (id: string) => until((message) => message.id === id && message.type === "error").then((message) => message.payload[0]),
  };
}

const POST_CHANGED = `subscription($id: ID!) { postChanged(id: $id) { id voteCount } }`;

/** Answered at once over HTTP: proves the event loop is free. */
async function httpLatencyMs(): Promise<number> {
  const started = Date.now();
  const response = await fetch(`${app.url}/healthz`);
  expect(response.status).toBe(200);
  return Date.now() - started;
}

describe("the upgrade", () => {
  it("refuses a staff member's session cookie sent from a foreign origin (cross-site WebSocket hijacking)", async () => {
    const attack = connect({ as: staff, origin: "https://evil.example" });
    const refused = await attack.upgrade;
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("accepts the app's own origin (PUBLIC_URL) and clients that send none", async () => {
    const browser = connect({ as: staff, origin: app.config.publicUrl });
    await browser.ready();
    const script = connect({ as: staff });
    await script.ready();
  });

  it("accepts a page of the host the browser talks to (127.0.0.1 vs localhost, a dev proxy), but not a foreign page on that host", async () => {
    const host = `localhost:${new URL(app.url).port}`;
    expect(new URL(app.config.publicUrl).host).not.toBe(host);
    const sameHost = connect({ as: staff, origin: `http://${host}`, host });
    await sameHost.ready();
    const foreign = connect({ as: staff, origin: "https://evil.example", host });
    expect((await foreign.upgrade).status).toBe(403);
  });

  it("answers an upgrade on another path with 404 JSON", async () => {
    const socket = new WebSocket(`${app.url.replace("http", "ws")}/elsewhere`);
    open.push(socket);
    const status = await new Promise<number>((resolve) => socket.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)));
    socket.on("error", () => {});
    expect(status).toBe(404);
  });
});

describe("message size and document limits", () => {
  it("closes a connection that sends a 1 MB message (1009) without stalling HTTP", async () => {
    const client = connect();
    await client.ready();
    const huge = `subscription { postChanged(id: "${postId}") { ${"id ".repeat(350_000)} } }`;
    client.subscribe("big", huge);
    expect((await client.closed).code).toBe(1009);
    expect(await httpLatencyMs()).toBeLessThan(500);
  });

  it("refuses a document over the token limit with GRAPHQL_VALIDATION_FAILED before parsing it", async () => {
    const client = connect();
    await client.ready();
    const started = Date.now();
    client.subscribe("tokens", `subscription { postChanged(id: "${postId}") { ${"id ".repeat(5000)} } }`); // 15 kB
    const error = await client.errorOf("tokens");
    expect(error.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/token limit/i);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it.each([
    ["too deep", `subscription { postChanged(id: "ID") { ${"mergedInto { ".repeat(10)}id${" }".repeat(10)} } }`, /depth/i],
    ["too many aliases", `subscription { postChanged(id: "ID") { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(" ")} } }`, /alias/i],
    ["an unknown field", `subscription { postChanged(id: "ID") { secret } }`, /secret/],
  ])("refuses a subscription that is %s with GRAPHQL_VALIDATION_FAILED, as HTTP would", async (_name, query, message) => {
    const client = connect();
    await client.ready();
    client.subscribe("bad", query.replace("ID", postId));
    const error = await client.errorOf("bad");
    expect(error.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(message);
  });

  it("refuses a query sent over WebSocket with BAD_REQUEST", async () => {
    const client = connect();
    await client.ready();
    client.subscribe("query", `{ me { id } }`);
    expect((await client.errorOf("query")).extensions.code).toBe("BAD_REQUEST");
  });
});

describe("budgets", () => {
  it(`refuses connection ${LIVE_LIMITS.connectionsPerIp + 1} from one address with 429`, async () => {
    const clients = Array.from({ length: LIVE_LIMITS.connectionsPerIp }, () => connect());
    await Promise.all(clients.map((client) => client.upgrade));
    const refused = await connect().upgrade;
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("RATE_LIMITED");
    // Closing one frees its place.
    clients[0].socket.close();
    await clients[0].closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await connect().upgrade).status).toBe(101);
  });

  it(`closes a member's connection ${LIVE_LIMITS.connectionsPerMember + 1} with ${TOO_MANY_CONNECTIONS}`, async () => {
    const clients = Array.from({ length: LIVE_LIMITS.connectionsPerMember }, () => connect({ as: member }));
    await Promise.all(clients.map((client) => client.ready()));
    const extra = connect({ as: member });
    expect((await extra.upgrade).status).toBe(101);
    extra.socket.send(JSON.stringify({ type: "connection_init" }));
    expect((await extra.closed).code).toBe(TOO_MANY_CONNECTIONS);
    // Another member is not affected.
    await connect({ as: staff }).ready();
  });

  it(`refuses a member's subscription ${LIVE_LIMITS.subscriptionsPerMember + 1} with RATE_LIMITED, across connections`, async () => {
    const [first, second] = [connect({ as: staff }), connect({ as: staff })];
    await Promise.all([first.ready(), second.ready()]);
    const half = LIVE_LIMITS.subscriptionsPerMember / 2;
    for (let i = 0; i < half; i++) first.subscribe(`a${i}`, POST_CHANGED, { id: postId });
    for (let i = 0; i < half; i++) second.subscribe(`b${i}`, POST_CHANGED, { id: postId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    second.subscribe("over", POST_CHANGED, { id: postId });
    expect((await second.errorOf("over")).extensions.code).toBe("RATE_LIMITED");
    // Completing one frees its place.
    first.socket.send(JSON.stringify({ id: "a0", type: "complete" }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    second.subscribe("again", POST_CHANGED, { id: postId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second.messages.filter((message) => message.id === "again" && message.type === "error")).toEqual([]);
  });
});
