/**
 * A tracker plugs in through the registry alone: the "webhook tracker" (test/fakes/webhook-tracker/)
 * is known to no server file, yet it is connected, gets an issue, moves a post by signed webhook and is
 * reconciled by the poll, like Jira and Linear.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTracker } from "../../integrations/index.js";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { webhookTracker } from "../fakes/webhook-tracker/index.js";
import { startWebhookTrackerService, type WebhookTrackerService } from "../fakes/webhook-tracker/service.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { eventually } from "../support/eventually.js";
import { CREATE_CONNECTION } from "./support.js";
import { shipWithoutChangelog } from "../support/changelog-settings.js";

// Before the app builds its schema, as integrations/index.ts does for Jira and Linear.
registerTracker(webhookTracker);

let app: TestApp;
let service: WebhookTrackerService;
let admin: SignedInMember;
let manager: SignedInMember;
let member: SignedInMember;
let connectionId: string;

beforeAll(async () => {
  [app, service] = await Promise.all([startTestApp(), startWebhookTrackerService()]);
  admin = await buildMember(app, { role: Role.ADMIN });
  manager = await buildMember(app, { role: Role.MANAGER });
  member = await buildMember(app);
  await shipWithoutChangelog(manager);
});
afterAll(async () => {
  await app.close();
  await service.close();
});

const TIMELINE = `query($id: ID!) { post(id: $id) { status timeline { source trackerName toStatus } } }`;
const statusOf = async (postId: string) => (await member.client.ok(`query($id: ID!) { post(id: $id) { status } }`, { id: postId })).post.status as string;
const sendWebhook = (body: { headers: Record<string, string>; rawBody: Buffer }) =>
  fetch(`${app.url}/webhooks/webhook/${connectionId}`, { method: "POST", headers: body.headers, body: new Uint8Array(body.rawBody) });

async function linkedPost(): Promise<{ postId: string; key: string }> {
  const post = await buildPost(app, { author: member.member });
  await manager.client.ok(`mutation($p: ID!, $c: ID!) { createTrackerIssue(postId: $p, connectionId: $c) { id } }`, { p: post.id, c: connectionId });
  const key = await eventually(async () => {
    const data = await manager.client.ok(`query($id: ID!) { post(id: $id) { trackerLinks { state issueKey } } }`, { id: post.id });
    const [link] = data.post.trackerLinks;
    return link?.state === "LINKED" && (link.issueKey as string);
  }, 15_000, "the webhook tracker issue to be linked");
  return { postId: post.id, key };
}

describe("a tracker registered by a test, with no server change", () => {
  it("is offered with the settings it declares, secrets marked", async () => {
    const { trackerKinds } = await admin.client.ok(`{ trackerKinds { kind name addLabel { en de } settings { key secret required format label { en } } } }`);
    expect(trackerKinds.map((kind: { kind: string }) => kind.kind)).toEqual(["JIRA", "LINEAR", "WEBHOOK"]);
    expect(trackerKinds[2]).toEqual({
      kind: "WEBHOOK",
      name: "Webhook tracker",
      addLabel: { en: "Add webhook tracker", de: "Webhook-Tracker hinzufügen" },
      settings: [
        { key: "endpoint", secret: false, required: true, format: "url", label: { en: "Endpoint" } },
        { key: "token", secret: true, required: true, format: "text", label: { en: "Access token" } },
      ],
    });
  });

  it("refuses a connection missing a required setting, naming it", async () => {
    const result = await admin.client.request(CREATE_CONNECTION, { kind: "WEBHOOK", input: { name: "Hooks", settings: [{ key: "token", value: service.token }] } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endpoint", reason: "REQUIRED" });
  });

  it("connects (testing the connection), and never returns the secret", async () => {
    const created = await admin.client.ok(CREATE_CONNECTION, {
      kind: "WEBHOOK",
      input: { name: "Hooks", settings: [{ key: "endpoint", value: `${service.url}/` }, { key: "token", value: service.token }], webhookSecret: service.webhookSecret },
    });
    connectionId = created.createTrackerConnection.id;
    expect(created.createTrackerConnection).toMatchObject({ kind: "WEBHOOK", webhookUrl: `${app.config.publicUrl}/webhooks/webhook/${connectionId}`, hasWebhookSecret: true });
    const { trackerConnections } = await manager.client.ok(`{ trackerConnections { id verifiedAt settings { key value } statusMapping { stateName defaultStatus } } }`);
    const connection = trackerConnections.find((candidate: { id: string }) => candidate.id === connectionId);
    expect(connection.verifiedAt).not.toBeNull();
    expect(connection.settings, "the URL normalised, the token not returned").toEqual([{ key: "endpoint", value: service.url }]);
    expect(connection.statusMapping).toEqual([
      { stateName: "To do", defaultStatus: "PLANNED" },
      { stateName: "Doing", defaultStatus: "IN_PROGRESS" },
      { stateName: "Done", defaultStatus: "SHIPPED" },
    ]);
  });

  it("creates an issue; a signed webhook moves the post and shows on the timeline; a forged one is refused", async () => {
    const { postId, key } = await linkedPost();
    expect(service.issues.get(key)?.idempotencyKey).toMatch(/^roundtrip-link-/);
    expect(await statusOf(postId)).toBe("PLANNED");

    const forged = await sendWebhook(service.setIssueState(key, "Done", { signature: "forged" }));
    expect(forged.status).toBe(401);
    const accepted = await sendWebhook(service.setIssueState(key, "Doing"));
    expect(accepted.status).toBe(202);
    await eventually(async () => (await statusOf(postId)) === "IN_PROGRESS", 10_000, "the post to follow the webhook");
    const { post } = await member.client.ok(TIMELINE, { id: postId });
    expect(post.timeline.at(-1)).toEqual({ source: "WEBHOOK", trackerName: "Webhook tracker", toStatus: "IN_PROGRESS" });
  });

  it("a missed webhook is repaired by the reconciliation poll", async () => {
    const { postId, key } = await linkedPost();
    service.setIssueState(key, "Done"); // the delivery is never sent
    await app.orm.em.fork().transactional((tx) => app.running.queue.enqueue(tx, "tracker.reconcile-all", {}));
    await eventually(async () => (await statusOf(postId)) === "SHIPPED", 15_000, "reconciliation of the webhook tracker");
  });
});
