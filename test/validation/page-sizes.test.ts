/**
 * Every page size and range argument (`first`, `limit`, `weeks`) refuses a value outside its range
 * the same way — BAD_USER_INPUT naming the argument, reason OUT_OF_RANGE with the `min` and `max` it
 * allows — instead of quietly answering with fewer (or more) rows than were asked for. A list
 * argument with a bound refuses one item too many alike, reason TOO_MANY with its `max`. The maximum
 * itself is accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

/** Each argument with the range it documents, and a query that passes it as `$n`. */
const RANGES: Array<{ where: string; field: string; max: number; query: string }> = [
  { where: "posts", field: "first", max: 100, query: `query($n: Int!) { posts(first: $n) { totalCount } }` },
  { where: "similarPosts", field: "first", max: 20, query: `query($n: Int!) { similarPosts(input: { title: "dark mode", first: $n }) { id } }` },
  { where: "members", field: "first", max: 100, query: `query($n: Int!) { members(first: $n) { id } }` },
  { where: "Member.posts", field: "first", max: 50, query: `query($id: ID!, $n: Int!) { member(id: $id) { posts(first: $n) { id } } }` },
  { where: "Member.recentComments", field: "first", max: 50, query: `query($id: ID!, $n: Int!) { member(id: $id) { recentComments(first: $n) { id } } }` },
  { where: "Member.votes", field: "first", max: 50, query: `query($id: ID!, $n: Int!) { member(id: $id) { votes(first: $n) { createdAt } } }` },
  { where: "Member.following", field: "first", max: 50, query: `query($id: ID!, $n: Int!) { member(id: $id) { following(first: $n) { id } } }` },
  { where: "Member.staffActions", field: "first", max: 100, query: `query($id: ID!, $n: Int!) { member(id: $id) { staffActions(first: $n) { action } } }` },
  { where: "auditLog", field: "first", max: 100, query: `query($n: Int!) { auditLog(first: $n) { totalCount } }` },
  { where: "moderationQueue", field: "first", max: 100, query: `query($n: Int!) { moderationQueue(first: $n) { totalCount } }` },
  { where: "roadmap", field: "first", max: 50, query: `query($n: Int!) { roadmap(first: $n) { totalCount } }` },
  { where: "syncHealth", field: "limit", max: 200, query: `query($n: Int!) { syncHealth(limit: $n) { failedLinks } }` },
  { where: "communityStats", field: "weeks", max: 104, query: `query($n: Int!) { communityStats(weeks: $n) { medianDaysToShip } }` },
];

/** Each list argument with the most items it takes, and a query that passes it as `$list`. */
const LISTS: Array<{ where: string; field: string; max: number; query: string }> = [
  { where: "notificationPreview", field: "postIds", max: 100, query: `query($list: [ID!]) { notificationPreview(postIds: $list) { total } }` },
];

describe("page sizes and ranges", () => {
  let app: TestApp;
  let admin: SignedInMember;
  let item = "";
  beforeAll(async () => {
    app = await startTestApp();
    admin = await buildMember(app, { role: Role.ADMIN });
    item = (await buildPost(app, { author: admin.member })).id;
  });
  afterAll(() => app.close());

  it.each(RANGES)("$where refuses $field below 1 and above $max alike, and accepts $max", async ({ field, max, query }) => {
    const ask = (n: number) => admin.client.request(query, { id: admin.member.id, n });
    for (const n of [0, -1, max + 1, 1_000_000]) {
      const { data, errors } = await ask(n);
      expect(errors?.[0].extensions, `${field}: ${n}`).toEqual({ code: "BAD_USER_INPUT", field, reason: "OUT_OF_RANGE", min: 1, max });
      // No rows at all, rather than a page cut (or stretched) to fit: the refused field is null.
      expect(JSON.stringify(data ?? null)).not.toContain("[");
    }
    expect((await ask(max)).errors).toBeUndefined();
    expect((await ask(1)).errors).toBeUndefined();
  });

  it.each(LISTS)("$where refuses more than $max $field (TOO_MANY with the max), and accepts $max", async ({ field, max, query }) => {
    const ask = (n: number) => admin.client.request(query, { list: Array.from({ length: n }, () => item) });
    for (const n of [max + 1, 1_000]) {
      const { data, errors } = await ask(n);
      expect(errors?.[0].extensions, `${field}: ${n}`).toEqual({ code: "BAD_USER_INPUT", field, reason: "TOO_MANY", max });
      expect(data ?? null).toBeNull();
    }
    expect((await ask(max)).errors).toBeUndefined();
  });
});
