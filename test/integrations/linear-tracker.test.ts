import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTracker, type LinearConnectionConfig, type Tracker } from "../../integrations/index.js";
import { startFakeLinear, type FakeLinear } from "../fakes/fake-linear.js";
import { trackerErrorOf } from "./support.js";

let linear: FakeLinear;

function trackerFor(fake: FakeLinear, overrides: Partial<LinearConnectionConfig> = {}): Tracker {
  return createTracker("LINEAR", { apiKey: fake.apiKey, teamId: fake.team.id, apiUrl: fake.apiUrl, ...overrides });
}

function variablesOf(operation: string): Array<Record<string, unknown>> {
  const operations = linear.operations();
  return linear.requests
    .filter((_, index) => operations[index] === operation)
    .map((request) => (request.body as { variables: Record<string, unknown> }).variables);
}

async function restartWith(options: Parameters<typeof startFakeLinear>[0]): Promise<FakeLinear> {
  await linear.close();
  return startFakeLinear(options);
}

beforeEach(async () => {
  linear = await startFakeLinear();
});

afterEach(async () => {
  await linear.close();
});

describe("Linear testConnection", () => {
  it("describes the team and user, sending the API key as the Authorization header", async () => {
    await expect(trackerFor(linear).testConnection()).resolves.toBe("Connected to Linear team ENG (Engineering) as user@example.com");
    expect(linear.operations()).toEqual(["viewer", "team"]);
    expect(linear.requests.every((request) => request.headers.authorization === linear.apiKey)).toBe(true);
  });

  it("reports a rejected API key as a permanent 401 without leaking the key", async () => {
    const apiKey = "lin_api_wrongkey55aa";
    const error = await trackerErrorOf(trackerFor(linear, { apiKey }).testConnection());
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toMatch(/^Linear rejected the credentials \(401\)/);
    expect(error.message).not.toContain(apiKey);
  });

  it("reports an unknown team as a permanent 404", async () => {
    const error = await trackerErrorOf(trackerFor(linear, { teamId: "00000000-0000-0000-0000-00000000dead" }).testConnection());
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toContain("loading team 00000000-0000-0000-0000-00000000dead");
  });

  it("refuses a plain-HTTP API URL that is not local", async () => {
    await expect(trackerFor(linear, { apiUrl: "http://linear.example.com/graphql" }).testConnection()).rejects.toThrow(/Invalid Linear connection settings/);
  });
});

describe("Linear createIssue and findIssueByIdempotencyKey", () => {
  it("creates the issue with a marker line carrying the idempotency key and returns it with its state", async () => {
    const tracker = trackerFor(linear);
    const issue = await tracker.createIssue({ title: "Dark mode", description: "Requested by 42 members", idempotencyKey: "roundtrip-link-1" });

    expect(issue).toMatchObject({ key: "ENG-1", url: "https://linear.app/acme/issue/ENG-1/dark-mode", title: "Dark mode", state: { name: "Todo", category: "unstarted" } });
    const stored = linear.issues.get(issue.id);
    expect(stored?.description).toBe("Requested by 42 members\n\nRoundtrip link key: roundtrip-link-1");
    expect(variablesOf("RoundtripCreateIssue")[0]).toEqual({
      input: { teamId: linear.team.id, title: "Dark mode", description: "Requested by 42 members\n\nRoundtrip link key: roundtrip-link-1" },
    });
    await expect(tracker.findIssueByIdempotencyKey("roundtrip-link-1")).resolves.toMatchObject({ id: issue.id, key: "ENG-1" });
  });

  it("returns the existing issue instead of creating a second one for the same key", async () => {
    const tracker = trackerFor(linear);
    const first = await tracker.createIssue({ title: "Export", description: "", idempotencyKey: "roundtrip-link-2" });
    const second = await tracker.createIssue({ title: "Export (retry)", description: "", idempotencyKey: "roundtrip-link-2" });

    expect(second.id).toBe(first.id);
    expect(linear.issues.size).toBe(1);
    expect(linear.operations().filter((operation) => operation === "RoundtripCreateIssue")).toHaveLength(1);
  });

  it("does not mistake a longer key that contains the wanted one for a match", async () => {
    const tracker = trackerFor(linear);
    await tracker.createIssue({ title: "Other", description: "", idempotencyKey: "roundtrip-link-10" });
    await expect(tracker.findIssueByIdempotencyKey("roundtrip-link-1")).resolves.toBeNull();
    expect(variablesOf("RoundtripListIssues").at(-1)).toMatchObject({
      filter: { team: { id: { eq: linear.team.id } }, description: { contains: "roundtrip-link-1" } },
    });
  });
});

describe("Linear getIssue", () => {
  it("loads an issue by identifier or UUID in one request, state included", async () => {
    const seeded = linear.seedIssue({ title: "Offline mode", stateName: "In Progress", updatedAt: new Date("2026-03-01T12:00:00.000Z") });
    const tracker = trackerFor(linear);
    const expected = {
      id: seeded.id,
      key: seeded.identifier,
      url: `https://linear.app/acme/issue/${seeded.identifier}/offline-mode`,
      title: "Offline mode",
      state: { id: "a1b2c3d4-0000-4000-8000-000000000003", name: "In Progress", category: "started" },
      updatedAt: new Date("2026-03-01T12:00:00.000Z"),
    };
    await expect(tracker.getIssue(seeded.identifier)).resolves.toEqual(expected);
    await expect(tracker.getIssue(seeded.id)).resolves.toEqual(expected);
    expect(linear.operations()).toEqual(["RoundtripGetIssue", "RoundtripGetIssue"]);
  });

  it("reports a missing issue (Linear's 'Entity not found' under HTTP 200) as a permanent 404", async () => {
    const error = await trackerErrorOf(trackerFor(linear).getIssue("ENG-404"));
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toBe("Linear found nothing (404) while getting issue ENG-404: Could not find referenced Issue.");
  });
});

describe("Linear findIssuesUpdatedSince", () => {
  it("pages through issues filtered by team and updatedAt", async () => {
    linear = await restartWith({ maxPageSize: 2 });
    const since = new Date("2026-01-15T15:30:45.000Z");
    linear.seedIssue({ title: "old", updatedAt: new Date("2026-01-15T15:30:44.999Z") });
    const recent = ["a", "b", "c", "d", "e"].map((title, index) => linear.seedIssue({ title, updatedAt: new Date(since.getTime() + index * 60_000) }));

    const issues = await trackerFor(linear).findIssuesUpdatedSince(since);

    expect(issues.map((issue) => issue.key)).toEqual(recent.map((issue) => issue.identifier));
    const pages = variablesOf("RoundtripListIssues");
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatchObject({ filter: { team: { id: { eq: linear.team.id } }, updatedAt: { gte: "2026-01-15T15:30:45.000Z" } } });
    expect(pages[0]).not.toHaveProperty("after");
    expect(pages[1]?.after).toBe(recent[1]?.id);
  });
});

describe("Linear addComment and listWorkflowStates", () => {
  it("adds the comment through the SDK's commentCreate", async () => {
    const seeded = linear.seedIssue({ title: "Search" });
    await trackerFor(linear).addComment(seeded.identifier, "Shipped in 2.4, thanks!");
    expect(linear.issues.get(seeded.id)?.comments.map((comment) => comment.body)).toEqual(["Shipped in 2.4, thanks!"]);
    expect(variablesOf("createComment")[0]).toEqual({ input: { issueId: seeded.identifier, body: "Shipped in 2.4, thanks!" } });
  });

  it("fails permanently when commenting on a missing issue", async () => {
    await expect(trackerErrorOf(trackerFor(linear).addComment("ENG-77", "hi"))).resolves.toMatchObject({ status: 404, retryable: false });
  });

  it("lists the team's workflow states in Linear's order, across pages", async () => {
    linear = await restartWith({ maxPageSize: 2 });
    await expect(trackerFor(linear).listWorkflowStates()).resolves.toEqual([
      { id: "f21dfa65-7951-4742-a202-00ceb0ff6e9f", name: "Backlog", category: "backlog" },
      { id: "1ab9475f-eb91-4207-a5a3-1176e38b85be", name: "Todo", category: "unstarted" },
      { id: "a1b2c3d4-0000-4000-8000-000000000003", name: "In Progress", category: "started" },
      { id: "a1b2c3d4-0000-4000-8000-000000000004", name: "Done", category: "completed" },
      { id: "a1b2c3d4-0000-4000-8000-000000000005", name: "Canceled", category: "canceled" },
    ]);
    expect(linear.operations()).toEqual(["workflowStates", "workflowStates", "workflowStates"]);
    expect(variablesOf("workflowStates")[0]).toMatchObject({ filter: { team: { id: { eq: linear.team.id } } } });
  });
});

describe("Linear failure classification", () => {
  it("treats HTTP 429 as retryable and keeps Retry-After as retryAfterMs", async () => {
    linear.failNext(1, { status: 429, headers: { "Retry-After": "12" } });
    const error = await trackerErrorOf(trackerFor(linear).getIssue("ENG-1"));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 12_000 });
  });

  it("treats Linear's RATELIMITED GraphQL error under HTTP 400 as a retryable 429", async () => {
    linear.failNext(1, {
      status: 400,
      body: { errors: [{ message: "Rate limit exceeded", extensions: { type: "ratelimited", code: "RATELIMITED" } }] },
    });
    const error = await trackerErrorOf(trackerFor(linear).getIssue("ENG-1"));
    expect(error).toMatchObject({ status: 429, retryable: true });
    expect(error.message).toMatch(/^Linear is rate limiting requests \(429\)/);
  });

  it("treats 500 as retryable and succeeds once Linear recovers", async () => {
    const seeded = linear.seedIssue({ title: "x" });
    const tracker = trackerFor(linear);
    linear.failNext(1, { status: 500 });
    await expect(trackerErrorOf(tracker.getIssue(seeded.id))).resolves.toMatchObject({ status: 500, retryable: true });
    await expect(tracker.getIssue(seeded.id)).resolves.toMatchObject({ id: seeded.id });
  });

  it("treats a 5xx without a GraphQL body (e.g. from a proxy) as retryable", async () => {
    linear.failNext(1, { status: 502, body: "Bad Gateway" });
    await expect(trackerErrorOf(trackerFor(linear).testConnection())).resolves.toMatchObject({ status: 502, retryable: true });
  });

  it("treats a refused connection as retryable, for raw and SDK-typed calls alike", async () => {
    const tracker = trackerFor(linear);
    await linear.refuseConnections();
    const raw = await trackerErrorOf(tracker.getIssue("ENG-1"));
    expect(raw).toMatchObject({ retryable: true, status: undefined });
    expect(raw.message).toBe("Could not reach Linear (ECONNREFUSED) while getting issue ENG-1");
    await expect(trackerErrorOf(tracker.testConnection())).resolves.toMatchObject({ retryable: true });
  });

  it("treats a forbidden operation as a permanent 403", async () => {
    linear.failNext(1, {
      status: 400,
      body: { errors: [{ message: "Forbidden", extensions: { type: "forbidden", code: "FORBIDDEN", userPresentableMessage: "You don't have access to this team." } }] },
    });
    const error = await trackerErrorOf(trackerFor(linear).listWorkflowStates());
    expect(error).toMatchObject({ status: 403, retryable: false });
    expect(error.message).toContain("You don't have access to this team.");
  });
});
