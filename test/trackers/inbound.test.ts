import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/eventually.js";
import {
  createIssueFor,
  newPost,
  postStatus,
  sendWebhook,
  settledLink,
  startTrackerWorld,
  type TrackerWorld,
} from "./support.js";

const TIMELINE = `query($id: ID!) { post(id: $id) { status timeline { type source fromStatus toStatus internalDetails } } }`;

async function linkedJiraPost(world: TrackerWorld, title?: string) {
  const post = await newPost(world, title);
  await createIssueFor(world, post.id, world.jiraConnectionId);
  const link = await settledLink(world, post.id);
  return { post, key: link.issueKey! };
}

async function linkedLinearPost(world: TrackerWorld) {
  const post = await newPost(world);
  await createIssueFor(world, post.id, world.linearConnectionId);
  const link = await settledLink(world, post.id);
  return { post, key: link.issueKey! };
}

async function deliveryCount(world: TrackerWorld): Promise<number> {
  const rows: { n: string }[] = await world.app.orm.em.fork().execute(`select count(*) as n from webhook_delivery`);
  return Number(rows[0].n);
}

describe("inbound: tracker changes reach the community", () => {
  let world: TrackerWorld;
  beforeAll(async () => {
    world = await startTrackerWorld();
  });
  afterAll(() => world.close());

  it("a Jira status change by webhook moves the post and shows on its timeline; details stay staff-only", async () => {
    const { post, key } = await linkedJiraPost(world);
    expect(await postStatus(world, post.id)).toBe("PLANNED");
    const response = await sendWebhook(world, "jira", world.jiraConnectionId, world.jira.setIssueState(key, "In Progress"));
    expect(response.status).toBe(202);
    await eventually(async () => (await postStatus(world, post.id)) === "IN_PROGRESS", 10_000, "the post to follow Jira");

    const publicView = await world.member.client.ok(TIMELINE, { id: post.id });
    expect(publicView.post.timeline.at(-1)).toEqual({ type: "STATUS_CHANGED", source: "JIRA", fromStatus: "PLANNED", toStatus: "IN_PROGRESS", internalDetails: null });
    const staffView = await world.manager.client.ok(TIMELINE, { id: post.id });
    expect(JSON.parse(staffView.post.timeline.at(-1).internalDetails)).toMatchObject({ issueKey: key, trackerState: "In Progress" });
    // The change is also a job for the notifications fan-out.
    const events: { n: string }[] = await world.app.orm.em.fork().execute(`select count(*) as n from pgboss.job where name = 'post.status-changed' and data->>'postId' = ?`, [post.id]);
    expect(Number(events[0].n)).toBe(2); // To Do → PLANNED at link time, then IN_PROGRESS
  });

  it("a Linear status change by webhook moves the post; canceled is ignored by default", async () => {
    const { post, key } = await linkedLinearPost(world);
    await sendWebhook(world, "linear", world.linearConnectionId, world.linear.setIssueState(key, "Done"));
    await eventually(async () => (await postStatus(world, post.id)) === "SHIPPED", 10_000, "the post to follow Linear");
    await sendWebhook(world, "linear", world.linearConnectionId, world.linear.setIssueState(key, "Canceled"));
    await eventually(async () => {
      const rows: { state: string }[] = await world.app.orm.em.fork().execute(`select state from webhook_delivery order by received_at desc limit 1`);
      return rows[0]?.state !== "RECEIVED";
    });
    expect(await postStatus(world, post.id)).toBe("SHIPPED");
  });

  it("the same delivery sent twice at once changes the post once", async () => {
    const { post, key } = await linkedJiraPost(world);
    const delivery = world.jira.setIssueState(key, "Done");
    const before = await deliveryCount(world);
    const responses = await Promise.all([1, 2, 3].map(() => sendWebhook(world, "jira", world.jiraConnectionId, delivery)));
    expect(responses.map((response) => response.status)).toEqual([202, 202, 202]);
    expect(await deliveryCount(world)).toBe(before + 1);
    await eventually(async () => (await postStatus(world, post.id)) === "SHIPPED");
    const data = await world.member.client.ok(TIMELINE, { id: post.id });
    expect(data.post.timeline.filter((event: { toStatus: string }) => event.toStatus === "SHIPPED")).toHaveLength(1);
  });

  it("a crash between applying a delivery and marking it rolls both back: the retry applies it once and marks it APPLIED", async () => {
    const { post, key } = await linkedJiraPost(world);
    const delivery = world.jira.setIssueState(key, "In Progress");
    const deliveryId = delivery.headers["x-atlassian-webhook-identifier"];
    const db = world.app.orm.em.fork();
    // The crash: the first attempt to mark this delivery APPLIED fails (a sequence, so a rollback cannot re-arm it).
    await db.execute(`create sequence crash_once`);
    await db.execute(`create function crash_once() returns trigger language plpgsql as $$
      begin if nextval('crash_once') = 1 then raise exception 'injected crash'; end if; return new; end $$`);
    await db.execute(`create trigger crash_once before update on webhook_delivery for each row
      when (new.state = 'APPLIED' and new.delivery_id = '${deliveryId}') execute function crash_once()`);
    try {
      expect((await sendWebhook(world, "jira", world.jiraConnectionId, delivery)).status).toBe(202);
      const state = await eventually(async () => {
        const rows: { state: string }[] = await db.execute(`select state from webhook_delivery where delivery_id = ?`, [deliveryId]);
        return ["APPLIED", "SKIPPED"].includes(rows[0]?.state) && rows[0].state;
      }, 30_000, "the retried delivery to be processed");
      expect(state).toBe("APPLIED");
      expect(await postStatus(world, post.id)).toBe("IN_PROGRESS");
      const data = await world.member.client.ok(TIMELINE, { id: post.id });
      expect(data.post.timeline.filter((event: { toStatus: string }) => event.toStatus === "IN_PROGRESS")).toHaveLength(1);
    } finally {
      await db.execute(`drop trigger crash_once on webhook_delivery; drop function crash_once(); drop sequence crash_once`);
    }
  });

  it("forged, unsigned, stale and malformed deliveries get 4xx and change nothing", async () => {
    const { post, key } = await linkedJiraPost(world);
    const linear = await linkedLinearPost(world);
    const before = await deliveryCount(world);
    const cases: Array<[string, Promise<Response>, number]> = [
      ["forged Jira", sendWebhook(world, "jira", world.jiraConnectionId, world.jira.setIssueState(key, "Done", { signature: "forged" })), 401],
      ["unsigned Jira", sendWebhook(world, "jira", world.jiraConnectionId, world.jira.setIssueState(key, "Done", { signature: "omit" })), 401],
      ["forged Linear", sendWebhook(world, "linear", world.linearConnectionId, world.linear.setIssueState(linear.key, "Done", { signature: "forged" })), 401],
      ["stale Linear", sendWebhook(world, "linear", world.linearConnectionId, world.linear.setIssueState(linear.key, "Done", { timestampOffsetMs: -120_000 })), 401],
      ["malformed Jira", sendWebhook(world, "jira", world.jiraConnectionId, world.jira.delivery("{not json")), 400],
    ];
    for (const [name, response, status] of cases) {
      const answer = await response;
      expect(answer.status, name).toBeGreaterThanOrEqual(400);
      expect(answer.status, name).toBeLessThan(500);
      expect([status, 400, 401, 403], name).toContain(answer.status);
    }
    const wrongEndpoint = await sendWebhook(world, "linear", world.jiraConnectionId, world.linear.setIssueState(linear.key, "Done"));
    expect(wrongEndpoint.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await deliveryCount(world)).toBe(before);
    expect(await postStatus(world, post.id)).toBe("PLANNED");
    expect(await postStatus(world, linear.post.id)).toBe("PLANNED");
  });

  it("an event older than what we have is ignored (out of order)", async () => {
    const { post, key } = await linkedJiraPost(world);
    const older = world.jira.setIssueState(key, "In Progress", { timestampOffsetMs: -5_000 });
    const newer = world.jira.setIssueState(key, "Done");
    await sendWebhook(world, "jira", world.jiraConnectionId, newer);
    await eventually(async () => (await postStatus(world, post.id)) === "SHIPPED");
    await sendWebhook(world, "jira", world.jiraConnectionId, older);
    await eventually(async () => {
      const rows: { state: string }[] = await world.app.orm.em.fork().execute(`select state from webhook_delivery where state = 'RECEIVED'`);
      return rows.length === 0;
    });
    expect(await postStatus(world, post.id)).toBe("SHIPPED");
  });

  it("a missed webhook is repaired by the reconciliation poll", async () => {
    const jiraPost = await linkedJiraPost(world);
    const linearPost = await linkedLinearPost(world);
    world.jira.setIssueState(jiraPost.key, "Done"); // the delivery is never sent
    world.linear.setIssueState(linearPost.key, "In Progress");
    const { queue } = world.app.running;
    await world.app.orm.em.fork().transactional(async (tx) => {
      await queue.enqueue(tx, "tracker.reconcile-all", {});
    });
    await eventually(async () => (await postStatus(world, jiraPost.post.id)) === "SHIPPED", 15_000, "reconciliation of Jira");
    await eventually(async () => (await postStatus(world, linearPost.post.id)) === "IN_PROGRESS", 15_000, "reconciliation of Linear");
    const data = await world.member.client.ok(TIMELINE, { id: jiraPost.post.id });
    expect(data.post.timeline.at(-1)).toMatchObject({ source: "JIRA", toStatus: "SHIPPED" });
  });

  it("sync health lists deliveries and jobs; an admin can replay a delivery", async () => {
    const health = await world.manager.client.ok(`{ syncHealth { failedLinks pendingLinks deliveries { id deliveryId state detail } jobs { name state } } }`);
    expect(health.syncHealth.deliveries.length).toBeGreaterThan(0);
    expect(health.syncHealth.jobs.some((job: { name: string; state: string }) => job.name === "tracker.create-issue" && job.state === "completed")).toBe(true);
    const delivery = health.syncHealth.deliveries[0];
    const refused = await world.manager.client.request(`mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { state } }`, { id: delivery.id });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const replayed = await world.admin.client.ok(`mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { state } }`, { id: delivery.id });
    expect(replayed.replayWebhookDelivery.state).toBe("RECEIVED");
    await eventually(async () => {
      const rows: { state: string }[] = await world.app.orm.em.fork().execute(`select state from webhook_delivery where id = ?`, [delivery.id]);
      return rows[0].state !== "RECEIVED";
    });
  });
});

describe("several linked issues: ALL vs ANY", () => {
  let world: TrackerWorld;
  beforeAll(async () => {
    world = await startTrackerWorld();
  });
  afterAll(() => world.close());

  async function postWithThreeIssues(rule: "ALL" | "ANY") {
    const post = await newPost(world);
    await world.manager.client.ok(`mutation($id: ID!, $rule: MultiLinkRule) { setPostLinkRule(postId: $id, rule: $rule) { linkRule } }`, { id: post.id, rule });
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) {
      const linkId = await createIssueFor(world, post.id, world.jiraConnectionId);
      keys.push((await settledLink(world, post.id, linkId)).issueKey!);
    }
    return { post, keys };
  }

  const progress = async (postId: string) =>
    (await world.member.client.ok(`query($id: ID!) { post(id: $id) { status trackerProgress { total done rule } } }`, { id: postId })).post;

  async function move(key: string, state: string) {
    const before: { n: string }[] = await world.app.orm.em.fork().execute(`select count(*) as n from webhook_delivery where state <> 'RECEIVED'`);
    await sendWebhook(world, "jira", world.jiraConnectionId, world.jira.setIssueState(key, state));
    await eventually(async () => {
      const after: { n: string }[] = await world.app.orm.em.fork().execute(`select count(*) as n from webhook_delivery where state <> 'RECEIVED'`);
      return Number(after[0].n) > Number(before[0].n);
    });
  }

  it("ALL: the post shows the least advanced issue and reports 2 of 3 done", async () => {
    const { post, keys } = await postWithThreeIssues("ALL");
    expect(await progress(post.id)).toEqual({ status: "PLANNED", trackerProgress: { total: 3, done: 0, rule: "ALL" } });
    await move(keys[0], "Done");
    await move(keys[1], "Done");
    expect(await progress(post.id)).toEqual({ status: "PLANNED", trackerProgress: { total: 3, done: 2, rule: "ALL" } });
    await move(keys[2], "In Progress");
    expect((await progress(post.id)).status).toBe("IN_PROGRESS");
    await move(keys[2], "Done");
    expect(await progress(post.id)).toEqual({ status: "SHIPPED", trackerProgress: { total: 3, done: 3, rule: "ALL" } });
  });

  it("ANY: the post follows the most advanced issue", async () => {
    const { post, keys } = await postWithThreeIssues("ANY");
    await move(keys[1], "In Progress");
    expect((await progress(post.id)).status).toBe("IN_PROGRESS");
    await move(keys[0], "Done");
    expect(await progress(post.id)).toEqual({ status: "SHIPPED", trackerProgress: { total: 3, done: 1, rule: "ANY" } });
  });
});
