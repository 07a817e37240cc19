/**
 * Notification preferences: the category × channel matrix, the e-mail cadence and its digest hour,
 * and the signed unsubscribe link from every notification mail (RFC 8058 one-click POST and the
 * page's mutation), which works without signing in and refuses a forged or expired token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotificationCategory } from "../../server/notifications/notification-category.js";
import { unsubscribeHeaders, unsubscribeToken } from "../../server/notifications/unsubscribe.js";
import { Role } from "../../server/members/role.js";
import { buildMember } from "../factories/index.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const PREFERENCES = `{ notificationPreferences { categories { category inApp email } emailCadence digestHour timeZone } }`;
const UPDATE = `mutation($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { categories { category inApp email } emailCadence digestHour timeZone }
}`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(input: { token: $token }) { categories } }`;

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;
type Choice = { category: string; inApp: boolean; email: boolean };
/** One category's choice, read from either the query's or the mutation's answer. */
function choiceOf(result: GraphQLResult, category: string): Choice | undefined {
  const data = result.data as { notificationPreferences?: { categories: Choice[] }; updateNotificationPreferences?: { categories: Choice[] } };
  return (data.notificationPreferences ?? data.updateNotificationPreferences)!.categories.find((choice) => choice.category === category);
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe("notification preferences", () => {
  it("start from the defaults: e-mail for what the member asked for, comments in the app only, instant mail", async () => {
    const { client } = await buildMember(app);
    const result = await client.request(PREFERENCES);
    expect(result.errors).toBeUndefined();
    expect(result.data.notificationPreferences).toEqual({
      categories: [
        { category: "STATUS", inApp: true, email: true },
        { category: "REPLIES", inApp: true, email: true },
        { category: "COMMENTS", inApp: true, email: false },
        { category: "CHANGELOG", inApp: true, email: true },
      ],
      emailCadence: "INSTANT",
      digestHour: 8,
      timeZone: "UTC",
    });
  });

  it("staff also get the new-posts category, members cannot turn it on", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    expect(choiceOf(await manager.client.request(PREFERENCES), "STAFF_NEW_POSTS")).toEqual({ category: "STAFF_NEW_POSTS", inApp: true, email: false });
    const member = await buildMember(app);
    const refused = await member.client.request(UPDATE, { input: { categories: [{ category: "STAFF_NEW_POSTS", inApp: true, email: true }] } });
    expect(codeOf(refused)).toBe("FORBIDDEN");
  });

  it("saves a change and keeps what was left out; another member's preferences stay as they were", async () => {
    const { client } = await buildMember(app);
    const other = await buildMember(app);
    const saved = await client.request(UPDATE, {
      input: { categories: [{ category: "COMMENTS", inApp: false, email: true }], emailCadence: "DAILY", digestHour: 18, timeZone: "Europe/Berlin" },
    });
    expect(saved.errors).toBeUndefined();
    const read = await client.request(PREFERENCES);
    expect(choiceOf(read, "COMMENTS")).toEqual({ category: "COMMENTS", inApp: false, email: true });
    expect(choiceOf(read, "STATUS")).toEqual({ category: "STATUS", inApp: true, email: true });
    expect(read.data.notificationPreferences).toMatchObject({ emailCadence: "DAILY", digestHour: 18, timeZone: "Europe/Berlin" });

    const again = await client.request(UPDATE, { input: { emailCadence: "WEEKLY" } });
    expect(again.data.updateNotificationPreferences).toMatchObject({ emailCadence: "WEEKLY", digestHour: 18, timeZone: "Europe/Berlin" });
    expect((await other.client.request(PREFERENCES)).data.notificationPreferences).toMatchObject({ emailCadence: "INSTANT", timeZone: "UTC" });
  });

  it("refuses an unknown time zone and an hour outside 0–23 with the field and reason, writing nothing", async () => {
    const { client } = await buildMember(app);
    const zone = await client.request(UPDATE, { input: { timeZone: "Mars/Olympus_Mons", emailCadence: "OFF" } });
    expect(codeOf(zone)).toBe("BAD_USER_INPUT");
    expect(zone.errors?.[0]?.extensions).toMatchObject({ field: "timeZone", reason: "INVALID_TIME_ZONE" });
    const hour = await client.request(UPDATE, { input: { digestHour: 24 } });
    expect(hour.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "digestHour", reason: "OUT_OF_RANGE" });
    expect((await client.request(PREFERENCES)).data.notificationPreferences).toMatchObject({ emailCadence: "INSTANT", digestHour: 8, timeZone: "UTC" });
  });

  it("need a signed-in member", async () => {
    expect(codeOf(await app.client().request(PREFERENCES))).toBe("UNAUTHENTICATED");
    expect(codeOf(await app.client().request(UPDATE, { input: { emailCadence: "OFF" } }))).toBe("UNAUTHENTICATED");
  });
});

describe("unsubscribe links", () => {
  it("carry RFC 8058 headers whose one-click POST turns that category's e-mail off without signing in", async () => {
    const { member, client } = await buildMember(app);
    const headers = await unsubscribeHeaders(app.config, member.id, [NotificationCategory.STATUS]);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = /^<(.+)>$/.exec(headers["List-Unsubscribe"])![1];
    expect(url.startsWith(`${app.config.publicUrl}/unsubscribe?token=`)).toBe(true);

    const response = await fetch(`${app.url}${new URL(url).pathname}${new URL(url).search}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, categories: ["STATUS"] });
    const read = await client.request(PREFERENCES);
    expect(choiceOf(read, "STATUS")).toEqual({ category: "STATUS", inApp: true, email: false });
    expect(choiceOf(read, "REPLIES")).toEqual({ category: "REPLIES", inApp: true, email: true });
  });

  it("the page's mutation does the same for anyone holding the link", async () => {
    const { member, client } = await buildMember(app);
    const token = await unsubscribeToken(app.config, member.id, [NotificationCategory.CHANGELOG]);
    const result = await app.client().request(UNSUBSCRIBE, { token });
    expect(result.data).toEqual({ unsubscribe: { categories: ["CHANGELOG"] } });
    expect(choiceOf(await client.request(PREFERENCES), "CHANGELOG")).toEqual({ category: "CHANGELOG", inApp: true, email: false });
  });

  it("refuse a tampered, an expired and a made-up token, changing nothing", async () => {
    const { member, client } = await buildMember(app);
    const token = await unsubscribeToken(app.config, member.id, [NotificationCategory.REPLIES]);
    const [header, payload, signature] = token.split(".");
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), categories: ["STATUS"] })).toString("base64url");
    const tampered = [header, otherPayload, signature].join(".");
    const expired = await unsubscribeToken(app.config, member.id, [NotificationCategory.REPLIES], new Date(Date.now() - 61 * 24 * 3600 * 1000));

    expect(reasonOf(await app.client().request(UNSUBSCRIBE, { token: tampered }))).toBe("TOKEN_INVALID");
    expect(reasonOf(await app.client().request(UNSUBSCRIBE, { token: expired }))).toBe("TOKEN_EXPIRED");
    expect(reasonOf(await app.client().request(UNSUBSCRIBE, { token: "not-a-token" }))).toBe("TOKEN_INVALID");
    const post = await fetch(`${app.url}/unsubscribe?token=${encodeURIComponent(tampered)}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({ code: "BAD_USER_INPUT", reason: "TOKEN_INVALID" });
    const missing = await fetch(`${app.url}/unsubscribe`, { method: "POST" });
    expect(missing.status).toBe(400);

    const read = await client.request(PREFERENCES);
    expect(read.data.notificationPreferences.categories.every((choice: Choice) => choice.email === (choice.category !== "COMMENTS"))).toBe(true);
  });
});
