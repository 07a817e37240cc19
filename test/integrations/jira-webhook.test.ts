import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyWebhook } from "../../integrations/index.js";
import { startFakeJira, type FakeJira } from "../fakes/fake-jira.js";
import { loadFixture, type SignedDelivery } from "../fakes/http-fake.js";
import { webhookRejectionOf } from "./support.js";

let jira: FakeJira;

function verify(delivery: SignedDelivery, secret: string | null = jira.webhookSecret) {
  return verifyWebhook("JIRA", { headers: delivery.headers, rawBody: delivery.rawBody, secret, now: new Date() });
}

beforeEach(async () => {
  jira = await startFakeJira();
});

afterEach(async () => {
  await jira.close();
});

describe("Jira webhook verification", () => {
  it("parses a signed status change into issue, new state, delivery id and time", () => {
    const issue = jira.seedIssue({ summary: "Dark mode" });
    const delivery = jira.setIssueState(issue.key, "Done");
    const body = JSON.parse(delivery.rawBody.toString()) as { timestamp: number };

    expect(verify(delivery)).toEqual({
      deliveryId: delivery.headers["x-atlassian-webhook-identifier"],
      issueId: issue.id,
      issueKey: issue.key,
      state: { id: "10001", name: "Done", category: "done" },
      occurredAt: new Date(body.timestamp),
      action: "updated",
    });
  });

  it("refuses a delivery signed with another secret (401)", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const rejection = webhookRejectionOf(() => verify(jira.setIssueState(issue.key, "Done", { signature: "forged" })));
    expect(rejection.httpStatus).toBe(401);
    expect(rejection.message).toMatch(/signature does not match/);
  });

  it("refuses a body altered after signing (401)", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const delivery = jira.setIssueState(issue.key, "Done");
    const tampered = Buffer.from(delivery.rawBody.toString().replace('"Done"', '"To Do"'));
    expect(webhookRejectionOf(() => verify({ ...delivery, rawBody: tampered })).httpStatus).toBe(401);
  });

  it("refuses an unsigned delivery when a secret is configured (401)", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const rejection = webhookRejectionOf(() => verify(jira.setIssueState(issue.key, "Done", { signature: "omit" })));
    expect(rejection.httpStatus).toBe(401);
    expect(rejection.message).toMatch(/not signed/);
  });

  it("refuses a signature header that is not sha256=<hex> (401)", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const delivery = jira.setIssueState(issue.key, "Done");
    const headers = { ...delivery.headers, "x-hub-signature": "sha1=0123" };
    expect(webhookRejectionOf(() => verify({ ...delivery, headers })).httpStatus).toBe(401);
  });

  it("accepts unsigned deliveries when no secret is configured", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const delivery = jira.setIssueState(issue.key, "In Progress", { secret: null });
    expect(delivery.headers).not.toHaveProperty("x-hub-signature");
    expect(verify(delivery, null)).toMatchObject({ issueKey: issue.key, state: { category: "indeterminate" } });
  });

  it("finds the signature header whatever its case", () => {
    const issue = jira.seedIssue({ summary: "x" });
    const { headers, rawBody } = jira.setIssueState(issue.key, "Done");
    const upperCased = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/(^|-)\w/g, (c) => c.toUpperCase()), value]));
    expect(upperCased).toHaveProperty("X-Hub-Signature");
    expect(verify({ headers: upperCased, rawBody })).toMatchObject({ action: "updated" });
  });

  it("rejects a correctly signed body that is not JSON (400)", () => {
    expect(webhookRejectionOf(() => verify(jira.delivery("{not json"))).httpStatus).toBe(400);
  });

  it("rejects an issue event without issue key (400)", () => {
    const { issue: _issue, ...withoutIssue } = loadFixture<Record<string, unknown>>("jira/webhook-issue-created.json");
    const rejection = webhookRejectionOf(() => verify(jira.delivery(withoutIssue)));
    expect(rejection.httpStatus).toBe(400);
    expect(rejection.message).toContain("issue.");
  });
});

describe("Jira webhook events", () => {
  it("reads issue_created with its initial status and the payload's timestamp", () => {
    const fixture = loadFixture<{ timestamp: number }>("jira/webhook-issue-created.json");
    // Sent as text so the captured timestamp is kept.
    expect(verify(jira.delivery(JSON.stringify(fixture)))).toMatchObject({
      action: "created",
      issueId: "10040",
      issueKey: "TES-41",
      state: { id: "10001", name: "To Do", category: "new" },
      occurredAt: new Date(fixture.timestamp),
    });
  });

  it("reads issue_deleted as a deletion without state", () => {
    expect(verify(jira.delivery(loadFixture("jira/webhook-issue-deleted.json")))).toMatchObject({ action: "deleted", state: null });
  });

  it("ignores an issue update that does not change the status", () => {
    const fixture = loadFixture<Record<string, unknown>>("jira/webhook-issue-updated-status.json");
    const summaryEdit = { ...fixture, changelog: { id: "10228", items: [{ field: "summary", fieldtype: "jira", fieldId: "summary", from: null, fromString: "Old", to: null, toString: "New" }] } };
    expect(verify(jira.delivery(summaryEdit))).toBeNull();
  });

  it("recognises a status change by fieldId, whatever the field label says", () => {
    const fixture = loadFixture<{ changelog: { items: Array<Record<string, unknown>> } }>("jira/webhook-issue-updated-status.json");
    // The created capture labels the same field "Status".
    const relabelled = { ...fixture, changelog: { ...fixture.changelog, items: fixture.changelog.items.map((item) => ({ ...item, field: "Status" })) } };
    expect(verify(jira.delivery(relabelled))).toMatchObject({ action: "updated", state: { name: "In Progress", category: "indeterminate" } });
  });

  it("ignores events that are not about issues, such as comments", () => {
    const commentCreated = { webhookEvent: "comment_created", comment: { id: "10050", body: "Nice", author: { accountId: "5b10ac8d82e05b22cc7d4ef5" } }, issue: { id: "10040", key: "TES-41" } };
    expect(verify(jira.delivery(commentCreated))).toBeNull();
  });

  it("falls back to the body's SHA-256 as delivery id when Jira sends no identifier", () => {
    const delivery = jira.delivery(loadFixture("jira/webhook-issue-deleted.json"));
    const { "x-atlassian-webhook-identifier": _identifier, ...headers } = delivery.headers;
    expect(verify({ ...delivery, headers })?.deliveryId).toBe(createHash("sha256").update(delivery.rawBody).digest("hex"));
  });
});
