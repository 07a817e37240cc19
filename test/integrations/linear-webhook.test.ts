import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyWebhook } from "../../integrations/index.js";
import { startFakeLinear, type FakeLinear } from "../fakes/fake-linear.js";
import { loadFixture, type SignedDelivery } from "../fakes/http-fake.js";
import { webhookRejectionOf } from "./support.js";

let linear: FakeLinear;

function verify(delivery: SignedDelivery, secret: string | null = linear.webhookSecret) {
  return verifyWebhook("LINEAR", { headers: delivery.headers, rawBody: delivery.rawBody, secret, now: new Date() });
}

beforeEach(async () => {
  linear = await startFakeLinear();
});

afterEach(async () => {
  await linear.close();
});

describe("Linear webhook verification", () => {
  it("parses a signed state change into issue, new state, delivery id and time", () => {
    const issue = linear.seedIssue({ title: "Dark mode" });
    const delivery = linear.setIssueState(issue.identifier, "In Progress");

    expect(verify(delivery)).toEqual({
      deliveryId: delivery.headers["linear-delivery"],
      issueId: issue.id,
      issueKey: issue.identifier,
      state: { id: "a1b2c3d4-0000-4000-8000-000000000003", name: "In Progress", category: "started" },
      occurredAt: issue.updatedAt,
      action: "updated",
    });
  });

  it("refuses a delivery signed with another secret (401)", () => {
    const issue = linear.seedIssue({ title: "x" });
    const rejection = webhookRejectionOf(() => verify(linear.setIssueState(issue.id, "Done", { signature: "forged" })));
    expect(rejection.httpStatus).toBe(401);
    expect(rejection.message).toMatch(/Invalid webhook signature/);
  });

  it("refuses a delivery without Linear-Signature (401)", () => {
    const issue = linear.seedIssue({ title: "x" });
    const rejection = webhookRejectionOf(() => verify(linear.setIssueState(issue.id, "Done", { signature: "omit" })));
    expect(rejection.httpStatus).toBe(401);
    expect(rejection.message).toMatch(/not signed/);
  });

  it("refuses every delivery while no signing secret is configured (401)", () => {
    const issue = linear.seedIssue({ title: "x" });
    expect(webhookRejectionOf(() => verify(linear.setIssueState(issue.id, "Done"), null)).httpStatus).toBe(401);
  });

  it("refuses a correctly signed delivery older than 60 s as a possible replay (401)", () => {
    const issue = linear.seedIssue({ title: "x" });
    const rejection = webhookRejectionOf(() => verify(linear.setIssueState(issue.id, "Done", { timestampOffsetMs: -120_000 })));
    expect(rejection.httpStatus).toBe(401);
    expect(rejection.message).toMatch(/120 s away/);
  });

  it("refuses a delivery timestamped more than 60 s in the future (401)", () => {
    const issue = linear.seedIssue({ title: "x" });
    expect(webhookRejectionOf(() => verify(linear.setIssueState(issue.id, "Done", { timestampOffsetMs: 90_000 }))).httpStatus).toBe(401);
  });

  it("accepts a delivery 30 s old", () => {
    const issue = linear.seedIssue({ title: "x" });
    expect(verify(linear.setIssueState(issue.id, "Done", { timestampOffsetMs: -30_000 }))).toMatchObject({ action: "updated" });
  });

  it("checks freshness against the given `now`, not only the wall clock", () => {
    const issue = linear.seedIssue({ title: "x" });
    const delivery = linear.setIssueState(issue.id, "Done");
    const rejection = webhookRejectionOf(() =>
      verifyWebhook("LINEAR", { ...delivery, secret: linear.webhookSecret, now: new Date(Date.now() + 10 * 60_000) }),
    );
    expect(rejection.httpStatus).toBe(401);
  });

  it("rejects a correctly signed body that is not JSON (400)", () => {
    expect(webhookRejectionOf(() => verify(linear.delivery("{not json"))).httpStatus).toBe(400);
  });

  it("rejects a signed payload without webhookTimestamp (400)", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-remove.json");
    // Sent as text: the 2021 capture predates webhookTimestamp.
    expect(webhookRejectionOf(() => verify(linear.delivery(JSON.stringify(fixture)))).httpStatus).toBe(400);
  });
});

describe("Linear webhook events", () => {
  it("reads Issue create with its state and the envelope's createdAt", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-create.json");
    expect(verify(linear.delivery(fixture))).toMatchObject({
      action: "created",
      issueId: "b451181e-5bd9-4be1-b803-72c1ac662295",
      issueKey: "ENG-580",
      state: { id: "1ab9475f-eb91-4207-a5a3-1176e38b85be", name: "Todo", category: "unstarted" },
      occurredAt: new Date("2026-06-20T00:24:05.106Z"),
    });
  });

  it("reads Issue remove as a deletion, deriving the key from team key and number when identifier is absent", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-remove.json");
    expect(verify(linear.delivery(fixture))).toMatchObject({ action: "deleted", issueKey: "KOR-12", state: null });
  });

  it("ignores an issue update that does not change the state", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-update-state.json");
    expect(verify(linear.delivery({ ...fixture, updatedFrom: { title: "Old title", updatedAt: "2026-03-04T01:11:59.954Z" } }))).toBeNull();
  });

  it("ignores events about other entities, such as comments", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-update-state.json");
    const comment = { ...fixture, type: "Comment", action: "create", data: { id: "c0ffee00-0000-4000-8000-000000000001", body: "Nice", issueId: "00000000-0000-0000-0000-0000000000b4" } };
    expect(verify(linear.delivery(comment))).toBeNull();
  });

  it("without Linear-Delivery, derives a delivery id that stays the same when Linear retries the event", () => {
    const fixture = loadFixture<Record<string, unknown>>("linear/webhook-issue-update-state.json");
    const withoutDeliveryHeader = (delivery: SignedDelivery): SignedDelivery => {
      const { "linear-delivery": _delivery, ...headers } = delivery.headers;
      return { ...delivery, headers };
    };
    const first = verify(withoutDeliveryHeader(linear.delivery(fixture)));
    const retry = verify(withoutDeliveryHeader(linear.delivery(fixture, { timestampOffsetMs: -1_000 })));
    const otherEvent = verify(withoutDeliveryHeader(linear.delivery({ ...fixture, data: { ...(fixture.data as object), updatedAt: "2026-06-24T22:05:00.000Z" } })));

    expect(first?.deliveryId).toMatch(/^[0-9a-f]{64}$/);
    expect(retry?.deliveryId).toBe(first?.deliveryId);
    expect(otherEvent?.deliveryId).not.toBe(first?.deliveryId);
  });
});
