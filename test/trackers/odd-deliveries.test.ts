/**
 * Odd but well-formed webhook deliveries are stored or refused with a 4xx, never a 5xx: a tracker
 * retries a 5xx for days, so one unstorable delivery would come back forever.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIssueFor, newPost, sendWebhook, settledLink, startTrackerWorld, type TrackerWorld } from "./support.js";

let world: TrackerWorld;
let key: string;
beforeAll(async () => {
  world = await startTrackerWorld();
  const post = await newPost(world);
  await createIssueFor(world, post.id, world.jiraConnectionId);
  key = (await settledLink(world, post.id)).issueKey!;
});
afterAll(() => world.close());

/** A status change for the linked issue, its signed JSON text edited by `edit`, re-signed. */
function jiraDelivery(edit: (json: string) => string, headers: Record<string, string> = {}) {
  const original = world.jira.setIssueState(key, "In Progress");
  const delivery = world.jira.delivery(edit(original.rawBody.toString("utf8")));
  return { ...delivery, headers: { ...delivery.headers, ...headers } };
}
const storedEvents = async (deliveryId: string) =>
  (await world.app.orm.em.fork().execute(`select delivery_id, event from webhook_delivery where delivery_id = ?`, [deliveryId])) as { delivery_id: string; event: any }[];

describe("odd Jira deliveries", () => {
  it.each([
    ["1e400 (Infinity once parsed)", "1e400"],
    ["beyond the Date range", "9000000000000000"],
    ["negative beyond the Date range", "-9000000000000000"],
  ])("refuses a timestamp of %s with 400", async (_name, timestamp) => {
    const response = await sendWebhook(world, "jira", world.jiraConnectionId, jiraDelivery((json) => json.replace(/"timestamp":\s*-?\d+/, `"timestamp":${timestamp}`)));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/timestamp/);
  });

  it("stores a status name with a lone surrogate, as U+FFFD", async () => {
    const delivery = jiraDelivery((json) => json.replaceAll('"In Progress"', '"In \\ud800 Progress"'));
    const response = await sendWebhook(world, "jira", world.jiraConnectionId, delivery);
    expect(response.status).toBe(202);
    const [row] = await storedEvents(delivery.headers["x-atlassian-webhook-identifier"]);
    expect(row.event.state.name).toBe("In \uFFFD Progress");
  });

  it("stores a status name with a NUL character, without it", async () => {
    const delivery = jiraDelivery((json) => json.replaceAll('"In Progress"', '"In\\u0000Progress"'));
    expect((await sendWebhook(world, "jira", world.jiraConnectionId, delivery)).status).toBe(202);
    expect((await storedEvents(delivery.headers["x-atlassian-webhook-identifier"]))[0].event.state.name).toBe("InProgress");
  });

  it("stores a delivery whose id header has 300 characters, once across retries", async () => {
    const id = "d".repeat(299) + Date.now() % 10;
    const delivery = jiraDelivery((json) => json, { "x-atlassian-webhook-identifier": id });
    const first = await sendWebhook(world, "jira", world.jiraConnectionId, delivery);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: true, duplicate: false });
    const retry = await sendWebhook(world, "jira", world.jiraConnectionId, delivery);
    expect(await retry.json()).toEqual({ accepted: true, duplicate: true });
  });
});
