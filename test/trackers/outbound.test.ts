import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { freePort } from "../support/free-port.js";
import { eventually } from "../support/eventually.js";
import { CREATE_CONNECTION, LINKS, createIssueFor, newPost, settledLink, startTrackerWorld, type TrackerWorld } from "./support.js";

const METRICS_TOKEN = "tracker-metrics-token";

const createRequests = (world: TrackerWorld) => world.jira.requests.filter((request) => request.method === "POST" && request.path === "/rest/api/2/issue");

describe("outbound: posts become tracker issues", () => {
  let world: TrackerWorld;
  beforeAll(async () => {
    world = await startTrackerWorld({ metricsToken: METRICS_TOKEN });
  });
  afterAll(() => world.close());

  it("creates a Jira issue with the post's text, a link back and the vote count, and the post follows its state", async () => {
    const post = await newPost(world, "Export reports as CSV");
    await createIssueFor(world, post.id, world.jiraConnectionId);
    const link = await settledLink(world, post.id);
    expect(link).toMatchObject({ state: "LINKED", trackerStateName: "To Do", mappedStatus: "PLANNED", lastError: null });
    const issue = world.jira.issues.get(link.issueKey!)!;
    expect(issue.summary).toBe("Export reports as CSV");
    expect(issue.description).toContain(`/posts/${post.id}`);
    expect(issue.description).toContain("0 votes");
    expect(link.issueUrl).toBe(`${world.jira.url}/browse/${link.issueKey}`);
    const data = await world.member.client.ok(LINKS, { id: post.id });
    // Members see the new status and the progress, never the issue itself.
    expect(data.post).toMatchObject({ status: "PLANNED", trackerLinks: null, trackerProgress: { total: 1, done: 0, rule: "ALL" } });
  });

  it("creates a Linear issue", async () => {
    const post = await newPost(world, "Dark mode");
    await createIssueFor(world, post.id, world.linearConnectionId);
    const link = await settledLink(world, post.id);
    expect(link.state).toBe("LINKED");
    expect(link.issueKey).toMatch(/^ENG-\d+$/);
    expect([...world.linear.issues.values()].some((issue) => issue.title === "Dark mode")).toBe(true);
  });

  it("a double click makes one issue: concurrent creates for one post and connection → one link, the others CONFLICT", async () => {
    const post = await newPost(world, "Clicked twice");
    const before = createRequests(world).length;
    const create = `mutation($p: ID!, $c: ID!) { createTrackerIssue(postId: $p, connectionId: $c) { id } }`;
    const results = await Promise.all(Array.from({ length: 4 }, () => world.manager.client.request(create, { p: post.id, c: world.jiraConnectionId })));
    expect(results.filter((result) => result.data?.createTrackerIssue).length).toBe(1);
    for (const refused of results.filter((result) => result.errors)) {
      expect(refused.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "ISSUE_BEING_CREATED" });
      expect(refused.errors![0].message).toBe("An issue for this post is already being created in this tracker.");
    }
    const link = await settledLink(world, post.id);
    expect(link.state).toBe("LINKED");
    const data = await world.manager.client.ok(LINKS, { id: post.id });
    expect(data.post.trackerLinks).toHaveLength(1);
    expect(createRequests(world).length - before).toBe(1);
  });

  it("links existing issues by key and by URL on both trackers", async () => {
    const jiraIssue = world.jira.seedIssue({ summary: "Existing", statusName: "In Progress" });
    const linearIssue = world.linear.seedIssue({ title: "Existing in Linear", stateName: "Done" });
    const post = await newPost(world);
    const link = `mutation($p: ID!, $k: String!, $c: ID) { linkTrackerIssue(postId: $p, input: { keyOrUrl: $k, connectionId: $c }) { id } }`;
    const first = await world.manager.client.ok(link, { p: post.id, k: `${world.jira.url}/browse/${jiraIssue.key}`, c: null });
    expect((await settledLink(world, post.id, first.linkTrackerIssue.id))).toMatchObject({ state: "LINKED", issueKey: jiraIssue.key, mappedStatus: "IN_PROGRESS" });
    const second = await world.manager.client.ok(link, { p: post.id, k: linearIssue.identifier, c: world.linearConnectionId });
    expect((await settledLink(world, post.id, second.linkTrackerIssue.id))).toMatchObject({ state: "LINKED", issueKey: linearIssue.identifier, mappedStatus: "SHIPPED" });

    const again = await world.manager.client.request(link, { p: post.id, k: jiraIssue.key, c: world.jiraConnectionId });
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    const garbage = await world.manager.client.request(link, { p: post.id, k: "not an issue", c: world.jiraConnectionId });
    expect(garbage.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "keyOrUrl" });
  });

  it("marks a link to an issue that does not exist FAILED with a clear error", async () => {
    const post = await newPost(world);
    await world.manager.client.ok(`mutation($p: ID!, $c: ID!) { linkTrackerIssue(postId: $p, input: { keyOrUrl: "${world.jira.projectKey}-9999", connectionId: $c }) { id } }`, { p: post.id, c: world.jiraConnectionId });
    const link = await settledLink(world, post.id);
    expect(link.state).toBe("FAILED");
    expect(link.lastError).toMatch(/not found|does not exist/i);
  });

  it("times every call a job makes on /metrics, by tracker kind, call and outcome", async () => {
    const calls = async () => {
      const text = await (await fetch(`${world.app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      const counts = [...text.matchAll(/^roundtrip_tracker_call_duration_seconds_count\{(.*)\} (\d+)$/gm)];
      return Object.fromEntries(counts.map(([, labels, count]) => [labels, Number(count)]));
    };
    const before = await calls();
    const created = await newPost(world);
    await createIssueFor(world, created.id, world.linearConnectionId);
    expect((await settledLink(world, created.id)).state).toBe("LINKED");
    const missing = await newPost(world);
    await world.manager.client.ok(`mutation($p: ID!, $c: ID!) { linkTrackerIssue(postId: $p, input: { keyOrUrl: "${world.jira.projectKey}-9998", connectionId: $c }) { id } }`, { p: missing.id, c: world.jiraConnectionId });
    expect((await settledLink(world, missing.id)).state).toBe("FAILED");

    const after = await calls();
    const grew = (labels: string) => (after[labels] ?? 0) - (before[labels] ?? 0);
    expect(grew(`kind="LINEAR",call="createIssue",outcome="ok"`)).toBeGreaterThanOrEqual(1);
    expect(grew(`kind="JIRA",call="getIssue",outcome="permanent"`)).toBe(1);
  });

  it("honours Retry-After on 429: no retry before it", async () => {
    const post = await newPost(world);
    const before = createRequests(world).length;
    world.jira.failNext(1, { status: 429, headers: { "Retry-After": "2" } });
    const started = Date.now();
    await createIssueFor(world, post.id, world.jiraConnectionId);
    const link = await settledLink(world, post.id);
    expect(link.state).toBe("LINKED");
    const attempts = world.jira.requests.filter((request) => request.path.startsWith("/rest/api/2/") && request.at >= started);
    const retriedAt = attempts.filter((request) => request.method === "POST" && request.path === "/rest/api/2/issue").at(-1)!.at;
    const refusedAt = attempts[0].at;
    expect(retriedAt - refusedAt).toBeGreaterThanOrEqual(2000);
    expect(createRequests(world).length - before).toBe(1);
  });

  it("three 500s then 200 → exactly one issue", async () => {
    const post = await newPost(world, "Survives three 500s");
    world.jira.failNext(3, { status: 500 });
    await createIssueFor(world, post.id, world.jiraConnectionId);
    expect((await settledLink(world, post.id)).state).toBe("LINKED");
    expect([...world.jira.issues.values()].filter((issue) => issue.summary === "Survives three 500s")).toHaveLength(1);
  });

  it("connection refused → retried and finally delivered", async () => {
    const post = await newPost(world, "Delivered after an outage");
    await world.linear.refuseConnections();
    await createIssueFor(world, post.id, world.linearConnectionId);
    await eventually(async () => {
      const data = await world.manager.client.ok(LINKS, { id: post.id });
      return data.post.trackerLinks[0].lastError ? true : undefined;
    }, 10_000, "a recorded connection error");
    await world.linear.acceptConnections();
    expect((await settledLink(world, post.id)).state).toBe("LINKED");
    expect([...world.linear.issues.values()].filter((issue) => issue.title === "Delivered after an outage")).toHaveLength(1);
  });

  it("a tracker nobody answers: the link shows the error, attempts and next retry; sync health says so; Retry now runs at once", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const input = { name: "Jira (nothing listens)", baseUrl: deadUrl, email: "a@example.com", apiToken: "token", projectKey: "DEAD", issueType: "Task" };
    const refused = await world.admin.client.request(CREATE_CONNECTION, { kind: "JIRA", input });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", field: "connection", reason: "CONNECTION_TEST_FAILED" });
    const dead = (await world.admin.client.ok(CREATE_CONNECTION, { kind: "JIRA", input: { ...input, saveUntested: true } })).createTrackerConnection;
    const post = await newPost(world, "Waiting for a dead tracker");
    const linkId = await createIssueFor(world, post.id, dead.id);

    const HEALTH = `{ syncHealth { failedLinks retryingLinks
      connections { level failedLinks retryingLinks pendingLinks connection { id verifiedAt } }
      links { id state attempts nextAttemptAt lastError post { id title } } } }`;
    const waiting = await eventually(async () => {
      const { syncHealth } = await world.manager.client.ok(HEALTH);
      const link = syncHealth.links.find((candidate: { id: string }) => candidate.id === linkId);
      return link?.attempts >= 1 && link.state === "PENDING" ? { syncHealth, link } : undefined;
    }, 10_000, "a failed attempt on the link");
    expect(waiting.link.lastError).toMatch(/Could not reach Jira/);
    expect(waiting.link.post).toEqual({ id: post.id, title: "Waiting for a dead tracker" });
    expect(new Date(waiting.link.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() - 1_000);
    const row = waiting.syncHealth.connections.find((candidate: { connection: { id: string } }) => candidate.connection.id === dead.id);
    expect(row).toMatchObject({ level: "DEGRADED", failedLinks: 0, retryingLinks: 1, pendingLinks: 1, connection: { verifiedAt: null } });
    expect(waiting.syncHealth.retryingLinks).toBeGreaterThanOrEqual(1);

    const RETRY = `mutation($id: ID!) { retryTrackerLink(linkId: $id) { state attempts nextAttemptAt lastError } }`;
    const retried = await world.manager.client.ok(RETRY, { id: linkId });
    expect(retried.retryTrackerLink).toEqual({ state: "PENDING", attempts: 0, nextAttemptAt: null, lastError: null });
    await eventually(async () => {
      const data = await world.manager.client.ok(`query($id: ID!) { post(id: $id) { trackerLinks { attempts lastError } } }`, { id: post.id });
      return data.post.trackerLinks[0].attempts >= 1 && data.post.trackerLinks[0].lastError ? true : undefined;
    }, 10_000, "the retried attempt to run and fail again");
  });

  it("401 → permanent FAILED visible to the manager, and retry works once credentials are fixed", async () => {
    const input = { name: "Jira (bad token)", baseUrl: world.jira.url, email: world.jira.email, apiToken: "wrong-token", projectKey: world.jira.projectKey, issueType: "Task" };
    // Saving tests the connection first: a wrong token is refused, and nothing is stored…
    const refused = await world.admin.client.request(CREATE_CONNECTION, { kind: "JIRA", input });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "connection", reason: "CONNECTION_TEST_FAILED" });
    expect(refused.errors?.[0].message).toMatch(/401|credentials/i);
    expect(await world.app.orm.em.fork().count("TrackerConnection", { name: input.name })).toBe(0);
    // …unless the admin saves it untested on purpose.
    const broken = await world.admin.client.ok(CREATE_CONNECTION, { kind: "JIRA", input: { ...input, saveUntested: true } });
    const post = await newPost(world);
    const requestsBefore = world.jira.requests.length;
    await createIssueFor(world, post.id, broken.createTrackerConnection.id);
    const link = await settledLink(world, post.id);
    expect(link.state).toBe("FAILED");
    expect(link.lastError).toMatch(/401|credentials|authenticat/i);
    expect(link.lastError).not.toContain("wrong-token");
    // Permanent: exactly one attempt, no retries.
    expect(world.jira.requests.slice(requestsBefore).filter((request) => request.method === "POST" && request.path === "/rest/api/2/issue")).toHaveLength(0);

    await world.admin.client.ok(`mutation($id: ID!, $t: String!) { updateTrackerConnection(id: $id, input: { apiToken: $t }) { id } }`, { id: broken.createTrackerConnection.id, t: world.jira.apiToken });
    await world.manager.client.ok(`mutation($id: ID!) { retryTrackerLink(linkId: $id) { state } }`, { id: link.id });
    expect((await settledLink(world, post.id)).state).toBe("LINKED");
  });

  it("a lost response after the tracker created the issue (crash before the acknowledgement) → no second issue", async () => {
    // A proxy that forwards the first create to Jira but drops the answer, as if we crashed right after the call.
    let dropped = false;
    const proxy = http.createServer((request, response) => {
      const upstream = http.request(`${world.jira.url}${request.url}`, { method: request.method, headers: request.headers }, (answer) => {
        if (!dropped && request.method === "POST" && request.url === "/rest/api/2/issue") {
          dropped = true;
          answer.resume();
          answer.on("end", () => request.socket.destroy());
          return;
        }
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      });
      request.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const viaProxy = await world.admin.client.ok(CREATE_CONNECTION, {
        kind: "JIRA",
        input: { name: "Jira via flaky network", baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, email: world.jira.email, apiToken: world.jira.apiToken, projectKey: world.jira.projectKey, issueType: "Task" },
      });
      const post = await newPost(world, "Created once despite a lost answer");
      await createIssueFor(world, post.id, viaProxy.createTrackerConnection.id);
      expect((await settledLink(world, post.id)).state).toBe("LINKED");
      expect(dropped).toBe(true);
      expect([...world.jira.issues.values()].filter((issue) => issue.summary === "Created once despite a lost answer")).toHaveLength(1);
    } finally {
      proxy.close();
    }
  });

  it("a mutation that rolls back sends nothing", async () => {
    const before = world.jira.requests.length;
    const result = await world.manager.client.request(`mutation($p: ID!, $c: ID!) { createTrackerIssue(postId: $p, connectionId: $c) { id } }`, {
      p: "00000000-0000-4000-8000-000000000000",
      c: world.jiraConnectionId,
    });
    expect(result.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(world.jira.requests.length).toBe(before);
    const rows: { n: string }[] = await world.app.orm.em.fork().execute(`select count(*) as n from pgboss.job where name = 'tracker.create-issue' and data->>'linkId' not in (select id::text from tracker_link)`);
    expect(Number(rows[0].n)).toBe(0);
  });
});
