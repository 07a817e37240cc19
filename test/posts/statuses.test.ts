import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { combineLinkedStatuses, StatusCategory } from "../../server/posts/post-status.js";
import { Status } from "../../server/posts/status.entity.js";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { shipWithoutChangelog } from "../support/changelog-settings.js";

const CREATE = `mutation($input: StatusInput!) { createStatus(input: $input) { key names { en de } category position onRoadmap public settable reserved } }`;
const UPDATE = `mutation($key: PostStatus!, $input: UpdateStatusInput!) { updateStatus(key: $key, input: $input) { key names { en de } archivedAt } }`;
const SET_STATUS = `mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status) { status } }`;
const POST = `query($id: ID!) { post(id: $id) { status shippedAt statusDetails { key names { en de } color category } } }`;

describe("statuses are data an ADMIN edits", () => {
  let app: TestApp;
  let admin: SignedInMember;
  let manager: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await buildMember(app, { role: Role.ADMIN });
    manager = await buildMember(app, { role: Role.MANAGER });
    member = await buildMember(app);
    await shipWithoutChangelog(manager);
  });
  afterAll(() => app.close());

  it("starts with the eight statuses, in both languages, and everyone reads them", async () => {
    const { statuses } = await app.client().ok(`{ statuses { key names { en de } category onRoadmap settable reserved } }`);
    expect(statuses.map((status: { key: string; names: { en: string; de: string }; category: string }) => [status.key, status.names.en, status.names.de, status.category])).toEqual([
      ["OPEN", "Open", "Offen", "OPEN"],
      ["UNDER_REVIEW", "Under review", "In Prüfung", "ACTIVE"],
      ["PLANNED", "Planned", "Geplant", "ACTIVE"],
      ["IN_PROGRESS", "In progress", "In Arbeit", "ACTIVE"],
      ["DONE_INTERNALLY", "Done internally — shipping soon", "Intern erledigt – bald verfügbar", "ACTIVE"],
      ["SHIPPED", "Shipped", "Veröffentlicht", "DONE"],
      ["DECLINED", "Declined", "Abgelehnt", "CLOSED"],
      ["DUPLICATE", "Duplicate", "Duplikat", "CLOSED"],
    ]);
    expect(statuses.filter((status: { onRoadmap: boolean }) => status.onRoadmap).map((status: { key: string }) => status.key)).toEqual(["PLANNED", "IN_PROGRESS", "DONE_INTERNALLY", "SHIPPED"]);
    expect(statuses.find((status: { key: string }) => status.key === "DUPLICATE")).toMatchObject({ settable: false, reserved: true });
  });

  it("an added status can be chosen, and a rename shows on every post while the key stays", async () => {
    const { createStatus } = await admin.client.ok(CREATE, { input: { nameEn: "Needs info", nameDe: "Rückfrage", color: "#0891b2", category: "ACTIVE", onRoadmap: true } });
    expect(createStatus).toEqual({ key: "NEEDS_INFO", names: { en: "Needs info", de: "Rückfrage" }, category: "ACTIVE", position: 8, onRoadmap: true, public: true, settable: true, reserved: false });
    const post = await buildPost(app, { author: member.member });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "NEEDS_INFO" });
    await admin.client.ok(UPDATE, { key: "NEEDS_INFO", input: { nameEn: "Waiting for you", nameDe: "Wartet auf dich" } });
    const seen = await member.client.ok(POST, { id: post.id });
    expect(seen.post).toMatchObject({ status: "NEEDS_INFO", statusDetails: { key: "NEEDS_INFO", names: { en: "Waiting for you", de: "Wartet auf dich" } } });
    // The same name again is the same key: refused, not a second status.
    const again = await admin.client.request(CREATE, { input: { nameEn: "Needs  info!", nameDe: "x", color: "#000000", category: "ACTIVE" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "NAME_TAKEN" });
  });

  it("archiving is refused while posts are in the status and for the statuses Roundtrip sets itself; archived ones cannot be chosen", async () => {
    await admin.client.ok(CREATE, { input: { nameEn: "Parked", nameDe: "Geparkt", color: "#94a3b8", category: "CLOSED" } });
    const post = await buildPost(app, { author: member.member });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PARKED" });
    const inUse = await admin.client.request(UPDATE, { key: "PARKED", input: { archived: true } });
    expect(inUse.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "STATUS_IN_USE" });
    for (const key of ["OPEN", "DUPLICATE"]) {
      const reserved = await admin.client.request(UPDATE, { key, input: { archived: true } });
      expect(reserved.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "STATUS_RESERVED" });
    }
    await manager.client.ok(SET_STATUS, { id: post.id, status: "DECLINED" });
    expect((await admin.client.ok(UPDATE, { key: "PARKED", input: { archived: true } })).updateStatus.archivedAt).not.toBeNull();
    const archived = await manager.client.request(SET_STATUS, { id: post.id, status: "PARKED" });
    expect(archived.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status", reason: "ARCHIVED" });
    const { statuses } = await member.client.ok(`{ statuses { key } }`);
    expect(statuses.map((status: { key: string }) => status.key)).not.toContain("PARKED");
    // History keeps its name: the timeline still points at the archived status.
    const timeline = await member.client.ok(`query($id: ID!) { post(id: $id) { timeline { toStatus } } }`, { id: post.id });
    expect(timeline.post.timeline.map((event: { toStatus: string }) => event.toStatus)).toEqual(["PARKED", "DECLINED"]);
  });

  it("what a status means comes from its category: a new DONE status stamps shippedAt and leaves the open-posts figures", async () => {
    await admin.client.ok(CREATE, { input: { nameEn: "Released", nameDe: "Erschienen", color: "#15803d", category: "DONE" } });
    const post = await buildPost(app, { author: member.member, title: "Released thing" });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "RELEASED" });
    expect((await member.client.ok(POST, { id: post.id })).post.shippedAt).not.toBeNull();
    const stats = await manager.client.ok(`{ communityStats(weeks: 1) { topUnlinkedPosts { title } } }`);
    expect(stats.communityStats.topUnlinkedPosts.map((p: { title: string }) => p.title)).not.toContain("Released thing");
  });

  it("filters and inputs refuse a key that names no status", async () => {
    const result = await member.client.request(`{ posts(filter: { status: [WONTFIX] }) { totalCount } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status", reason: "UNKNOWN_STATUS" });
    const malformed = await member.client.request(`{ posts(filter: { status: ["not a key"] }) { totalCount } }`);
    expect(codeOf(malformed)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("several linked issues combine along the path the categories and positions give, not along keys", () => {
    const status = (key: string, category: StatusCategory, position: number) => Object.assign(new Status(), { key, category, position });
    const statuses = [
      status("SHIPPED", StatusCategory.DONE, 0),
      status("BUILDING", StatusCategory.ACTIVE, 2),
      status("PLANNED", StatusCategory.ACTIVE, 1),
      status("NEW", StatusCategory.OPEN, 9),
      status("DECLINED", StatusCategory.CLOSED, 3),
    ];
    expect(combineLinkedStatuses(statuses, ["SHIPPED", "BUILDING", "PLANNED"], true)?.key).toBe("PLANNED");
    expect(combineLinkedStatuses(statuses, ["PLANNED", "BUILDING", "NEW"], false)?.key).toBe("BUILDING");
    // Reordering the ACTIVE statuses changes which is "less advanced".
    statuses[1].position = 0;
    expect(combineLinkedStatuses(statuses, ["BUILDING", "PLANNED"], true)?.key).toBe("BUILDING");
    // CLOSED statuses are off the path.
    expect(combineLinkedStatuses(statuses, ["DECLINED"], true)).toBeNull();
  });
});
