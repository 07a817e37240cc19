import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTracker, type JiraConnectionConfig, type Tracker } from "../../integrations/index.js";
import { startFakeJira, type FakeJira } from "../fakes/fake-jira.js";
import { trackerErrorOf } from "./support.js";

let jira: FakeJira;

function configFor(fake: FakeJira, overrides: Partial<JiraConnectionConfig> = {}): JiraConnectionConfig {
  return { baseUrl: fake.url, email: fake.email, apiToken: fake.apiToken, projectKey: fake.projectKey, issueType: "Task", ...overrides };
}

function trackerFor(fake: FakeJira, overrides: Partial<JiraConnectionConfig> = {}): Tracker {
  return createTracker("JIRA", configFor(fake, overrides));
}

function requestsTo(path: string) {
  return jira.requests.filter((request) => request.path === `/rest/api/2${path}`);
}

beforeEach(async () => {
  jira = await startFakeJira();
});

afterEach(async () => {
  await jira.close();
});

describe("Jira testConnection", () => {
  it("describes the project and user, authenticating with email and API token", async () => {
    await expect(trackerFor(jira).testConnection()).resolves.toBe("Connected to Jira project RT (Roundtrip) as user@example.com");
    const basic = `Basic ${Buffer.from(`${jira.email}:${jira.apiToken}`).toString("base64")}`;
    expect(jira.requests.map((request) => request.headers.authorization)).toEqual([basic, basic]);
  });

  it("sends a bearer personal access token when no email is configured (Data Center)", async () => {
    await trackerFor(jira, { email: null }).testConnection();
    expect(jira.requests[0]?.headers.authorization).toBe(`Bearer ${jira.apiToken}`);
  });

  it("reports rejected credentials as a permanent 401 without leaking the token", async () => {
    const token = "wrong-token-7f3a9c";
    const error = await trackerErrorOf(trackerFor(jira, { apiToken: token }).testConnection());
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toMatch(/^Jira rejected the credentials \(401\)/);
    expect(error.message).not.toContain(token);
  });

  it("reports an unknown project as a permanent 404 naming the project", async () => {
    const error = await trackerErrorOf(trackerFor(jira, { projectKey: "NOPE" }).testConnection());
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toContain("project NOPE");
  });

  it("refuses a base URL that is not a URL", async () => {
    await expect(trackerFor(jira, { baseUrl: "not a url" }).testConnection()).rejects.toThrow(/not a valid URL/);
  });
});

describe("Jira createIssue and findIssueByIdempotencyKey", () => {
  it("creates the issue with the idempotency key as a label and returns it", async () => {
    const tracker = trackerFor(jira);
    const issue = await tracker.createIssue({ title: "Dark mode", description: "Requested by 42 members", idempotencyKey: "roundtrip-link-1" });

    expect(issue).toMatchObject({ key: "RT-1", url: `${jira.url}/browse/RT-1`, title: "Dark mode", state: { name: "To Do", category: "new" } });
    const stored = jira.issues.get("RT-1");
    expect(stored).toMatchObject({ summary: "Dark mode", description: "Requested by 42 members", labels: ["roundtrip-link-1"], issueType: "Task" });
    expect(issue.id).toBe(stored?.id);
    await expect(tracker.findIssueByIdempotencyKey("roundtrip-link-1")).resolves.toMatchObject({ key: "RT-1" });
  });

  it("returns the existing issue instead of creating a second one for the same key", async () => {
    const tracker = trackerFor(jira);
    const first = await tracker.createIssue({ title: "Export", description: "", idempotencyKey: "roundtrip-link-2" });
    const second = await tracker.createIssue({ title: "Export (retry)", description: "", idempotencyKey: "roundtrip-link-2" });

    expect(second.key).toBe(first.key);
    expect(jira.issues.size).toBe(1);
    expect(requestsTo("/issue").filter((request) => request.method === "POST")).toHaveLength(1);
  });

  it("finds nothing for a key no issue carries, querying the exact label in the project", async () => {
    await trackerFor(jira).createIssue({ title: "Other", description: "", idempotencyKey: "roundtrip-link-10" });
    await expect(trackerFor(jira).findIssueByIdempotencyKey("roundtrip-link-1")).resolves.toBeNull();
    expect(requestsTo("/search/jql").at(-1)?.body).toMatchObject({ jql: 'project = "RT" AND labels = "roundtrip-link-1" ORDER BY created ASC' });
  });

  it("flattens and shortens titles to a valid one-line summary of at most 255 characters", async () => {
    const title = `Line one\nline two ${"x".repeat(300)}`;
    const issue = await trackerFor(jira).createIssue({ title, description: "", idempotencyKey: "roundtrip-link-3" });
    expect(issue.title).toHaveLength(255);
    expect(issue.title.startsWith("Line one line two x")).toBe(true);
  });

  it("rejects an idempotency key that cannot be a label before calling Jira", async () => {
    const error = await trackerErrorOf(trackerFor(jira).createIssue({ title: "T", description: "", idempotencyKey: "has a space" }));
    expect(error.retryable).toBe(false);
    expect(jira.requests).toHaveLength(0);
  });

  it("passes Jira's field errors on as a permanent 400", async () => {
    const error = await trackerErrorOf(trackerFor(jira, { issueType: "Epicc" }).createIssue({ title: "T", description: "", idempotencyKey: "roundtrip-link-4" }));
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect(error.message).toContain("issuetype: Specify a valid issue type");
  });
});

describe("Jira getIssue", () => {
  it("loads an issue by key, lower-case key, URL or numeric id", async () => {
    const seeded = jira.seedIssue({ summary: "Offline mode", statusName: "In Progress", updated: new Date("2026-03-01T12:00:00.000Z") });
    const tracker = trackerFor(jira);
    const expected = {
      id: seeded.id,
      key: seeded.key,
      url: `${jira.url}/browse/${seeded.key}`,
      title: "Offline mode",
      state: { id: "3", name: "In Progress", category: "indeterminate" },
      updatedAt: new Date("2026-03-01T12:00:00.000Z"),
    };
    await expect(tracker.getIssue(seeded.key)).resolves.toEqual(expected);
    await expect(tracker.getIssue(seeded.key.toLowerCase())).resolves.toEqual(expected);
    await expect(tracker.getIssue(`${jira.url}/browse/${seeded.key}`)).resolves.toEqual(expected);
    await expect(tracker.getIssue(seeded.id)).resolves.toEqual(expected);
  });

  it("reports a missing issue as a permanent 404 with Jira's explanation", async () => {
    const error = await trackerErrorOf(trackerFor(jira).getIssue("RT-404"));
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toBe("Jira found nothing (404) while getting issue RT-404: Issue does not exist or you do not have permission to see it.");
  });

  it("refuses something that is not an issue key without calling Jira", async () => {
    const error = await trackerErrorOf(trackerFor(jira).getIssue("../../myself"));
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect(jira.requests).toHaveLength(0);
  });
});

describe("Jira findIssuesUpdatedSince", () => {
  it("pages through /search/jql with nextPageToken and returns every issue updated since the date", async () => {
    jira = await restartWith({ maxPageSize: 2 });
    const since = new Date("2026-01-15T15:30:45.000Z");
    jira.seedIssue({ summary: "old", updated: new Date("2026-01-14T09:00:00.000Z") });
    jira.seedIssue({ summary: "same minute, earlier second", updated: new Date("2026-01-15T15:30:10.000Z") });
    const recent = ["a", "b", "c", "d", "e"].map((summary, index) => jira.seedIssue({ summary, updated: new Date(since.getTime() + (index + 1) * 60_000) }));

    const issues = await trackerFor(jira).findIssuesUpdatedSince(since);

    expect(issues.map((issue) => issue.key)).toEqual(recent.map((issue) => issue.key));
    const searches = requestsTo("/search/jql");
    expect(searches.length).toBeGreaterThanOrEqual(3);
    expect(searches[0]?.body).not.toHaveProperty("nextPageToken");
    expect(searches.slice(1).every((request) => typeof (request.body as { nextPageToken?: unknown }).nextPageToken === "string")).toBe(true);
  });

  it("writes the date in the Jira user's time zone, as JQL reads it", async () => {
    await trackerFor(jira).findIssuesUpdatedSince(new Date("2026-01-15T15:30:45.000Z"));
    // The fake user's zone is America/New_York (UTC-5 in January).
    expect(requestsTo("/search/jql")[0]?.body).toMatchObject({ jql: 'project = "RT" AND updated >= "2026-01-15 10:30" ORDER BY updated ASC' });
  });
});

describe("Jira addComment and listWorkflowStates", () => {
  it("adds the comment to the issue", async () => {
    const { key } = jira.seedIssue({ summary: "Search" });
    await trackerFor(jira).addComment(key, "Shipped in 2.4, thanks!");
    expect(jira.issues.get(key)?.comments.map((comment) => comment.body)).toEqual(["Shipped in 2.4, thanks!"]);
    expect(requestsTo(`/issue/${key}/comment`)[0]?.body).toEqual({ body: "Shipped in 2.4, thanks!" });
  });

  it("fails permanently when commenting on a missing issue", async () => {
    await expect(trackerErrorOf(trackerFor(jira).addComment("RT-77", "hi"))).resolves.toMatchObject({ status: 404, retryable: false });
  });

  it("lists the statuses of the configured issue type with their categories", async () => {
    await expect(trackerFor(jira).listWorkflowStates()).resolves.toEqual([
      { id: "10000", name: "To Do", category: "new" },
      { id: "3", name: "In Progress", category: "indeterminate" },
      { id: "10001", name: "Done", category: "done" },
    ]);
    expect(requestsTo("/project/RT/statuses")).toHaveLength(1);
  });
});

describe("Jira failure classification", () => {
  it("treats 429 as retryable and keeps Retry-After (seconds) as retryAfterMs", async () => {
    const { key } = jira.seedIssue({ summary: "x" });
    jira.failNext(1, { status: 429, headers: { "Retry-After": "30", "X-RateLimit-Remaining": "0", "RateLimit-Reason": "jira-burst-based" } });
    const error = await trackerErrorOf(trackerFor(jira).getIssue(key));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 30_000 });
    expect(error.message).toContain("retry in 30 s");
  });

  it("treats 503 as retryable and reads a Retry-After HTTP date", async () => {
    const { key } = jira.seedIssue({ summary: "x" });
    jira.failNext(1, { status: 503, headers: { "Retry-After": new Date(Date.now() + 10_000).toUTCString() } });
    const error = await trackerErrorOf(trackerFor(jira).getIssue(key));
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(8_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it("treats 500 as retryable and succeeds once Jira recovers", async () => {
    const { key } = jira.seedIssue({ summary: "x" });
    jira.failNext(1, { status: 500 });
    const tracker = trackerFor(jira);
    await expect(trackerErrorOf(tracker.getIssue(key))).resolves.toMatchObject({ status: 500, retryable: true, retryAfterMs: undefined });
    await expect(tracker.getIssue(key)).resolves.toMatchObject({ key });
  });

  it("treats a refused connection as retryable", async () => {
    const tracker = trackerFor(jira);
    await jira.refuseConnections();
    const error = await trackerErrorOf(tracker.getIssue("RT-1"));
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error.message).toBe("Could not reach Jira (ECONNREFUSED) while getting issue RT-1");
    await jira.acceptConnections();
    jira.seedIssue({ summary: "back" });
    await expect(tracker.getIssue("RT-1")).resolves.toMatchObject({ title: "back" });
  });

  it("treats 403 as permanent", async () => {
    jira.failNext(1, { status: 403, body: { errorMessages: ["You do not have the permission to see the specified issue."], errors: {} } });
    const error = await trackerErrorOf(trackerFor(jira).getIssue("RT-1"));
    expect(error).toMatchObject({ status: 403, retryable: false });
    expect(error.message).toMatch(/^Jira denied access \(403\)/);
  });

  it("never echoes the API token, even when Jira's error body contains it", async () => {
    jira.failNext(1, { status: 400, body: { errorMessages: [`Token ${jira.apiToken} is malformed`], errors: {} } });
    const error = await trackerErrorOf(trackerFor(jira).getIssue("RT-1"));
    expect(error.message).not.toContain(jira.apiToken);
    expect(error.message).toContain("Token [redacted] is malformed");
  });
});

async function restartWith(options: Parameters<typeof startFakeJira>[0]): Promise<FakeJira> {
  await jira.close();
  return startFakeJira(options);
}
