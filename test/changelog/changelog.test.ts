import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDomainEventConsumer, type DomainEvent } from "../../server/events/domain-events.js";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const CATEGORIES = `{ changelogCategories { id name } }`;
const CREATE = `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id state bodyHtml } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { id state publishedAt } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id state } }`;
const SCHEDULE = `mutation($id: ID!, $at: DateTimeISO!) { scheduleChangelogEntry(id: $id, at: $at) { id state scheduledFor } }`;
const CANCEL = `mutation($id: ID!) { cancelChangelogSchedule(id: $id) { id state } }`;
const SET_STATUS = `mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status) { status } }`;
const POST = `query($id: ID!) { post(id: $id) { status answeredIn { id title } timeline { type toStatus changelogEntry { id } } } }`;
const ENTRY = `query($id: ID!) { changelogEntry(id: $id) { id state bodyHtml } }`;

describe("changelog entries", () => {
  let app: TestApp;
  let product: SignedInMember;
  let manager: SignedInMember;
  let member: SignedInMember;
  let categoryId: string;
  const announced: DomainEvent<"changelog.published">[] = [];
  let unregister: () => void;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => app.orm.em.fork().execute<T[]>(query, params);
  const draft = async (postIds: string[] = [], body = "") =>
    (await product.client.ok(CREATE, { input: { title: `Entry ${Math.random().toString(36).slice(2, 8)}`, body, categoryId, postIds } })).createChangelogEntry;
  const doneInternally = async () => {
    const post = await buildPost(app, { author: member.member });
    expect((await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" })).setPostStatus.status).toBe("DONE_INTERNALLY");
    return post;
  };

  beforeAll(async () => {
    app = await startTestApp();
    product = await buildMember(app, { role: Role.PRODUCT });
    manager = await buildMember(app, { role: Role.MANAGER });
    member = await buildMember(app);
    const { changelogCategories } = await app.client().ok(CATEGORIES);
    expect(changelogCategories.map((category: { name: string }) => category.name)).toEqual(["New", "Improved", "Fixed"]);
    categoryId = changelogCategories[0].id;
    unregister = registerDomainEventConsumer({
      name: "test.changelog-announcements",
      handles: ["changelog.published"],
      async handle(_em, event) {
        announced.push(event);
      },
    });
  });
  afterAll(async () => {
    unregister();
    await app.close();
  });

  it("renders hostile markdown inert on the server", async () => {
    const body = [
      "<script>window.pwned = 1</script>",
      '<img src=x onerror="window.pwned = 2">',
      "[click](javascript:window.pwned=3) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      '<svg onload="window.pwned = 4"><script>window.pwned = 5</script></svg>',
      "[fine](https://example.com)",
    ].join("\n\n");
    const { bodyHtml } = await draft([], body);
    expect(bodyHtml).not.toMatch(/<script|<img|<svg|onerror=|onload=|href="javascript:|href="data:/i);
    expect(bodyHtml).toContain('<a href="https://example.com" target="_blank" rel="noopener nofollow ugc">fine</a>');
    const { previewMarkdown } = await product.client.ok(`query($b: String!) { previewMarkdown(body: $b) }`, { b: body });
    expect(previewMarkdown).toBe(bodyHtml);
  });

  it("a done post waits as done internally; publishing ships exactly the linked ones, once, with a timeline event", async () => {
    const linked = await doneInternally();
    const notDone = await buildPost(app, { author: member.member });
    const unlinked = await doneInternally();
    const entry = await draft([linked.id, notDone.id]);
    expect((await member.client.request(ENTRY, { id: entry.id })).errors?.[0].extensions?.code).toBe("NOT_FOUND");

    await product.client.ok(PUBLISH, { id: entry.id });
    const seen = (await member.client.ok(POST, { id: linked.id })).post;
    expect(seen.status).toBe("SHIPPED");
    expect(seen.answeredIn.map((answer: { id: string }) => answer.id)).toEqual([entry.id]);
    expect(seen.timeline.filter((event: { changelogEntry: unknown }) => event.changelogEntry)).toEqual([
      { type: "STATUS_CHANGED", toStatus: "SHIPPED", changelogEntry: { id: entry.id } },
    ]);
    const other = (await member.client.ok(POST, { id: notDone.id })).post;
    expect(other.status).toBe("OPEN");
    expect(other.timeline.map((event: { type: string }) => event.type)).toEqual(["ANNOUNCED"]);
    expect((await member.client.ok(POST, { id: unlinked.id })).post.status).toBe("DONE_INTERNALLY");

    // Unpublish and publish again: nothing ships twice, nothing new on the timeline, one announcement.
    await product.client.ok(UNPUBLISH, { id: entry.id });
    expect((await member.client.ok(POST, { id: linked.id })).post.answeredIn).toEqual([]);
    await product.client.ok(PUBLISH, { id: entry.id });
    const events = await sql<{ count: string }>(`select count(*) from post_event where changelog_entry_id = ?`, [entry.id]);
    expect(Number(events[0].count)).toBe(2);
    await eventually(async () => announced.some((event) => event.entryId === entry.id), 10_000, "the announcement");
    const rows = await sql<{ notified_at: Date | null }>(`select notified_at from changelog_entry where id = ?`, [entry.id]);
    expect(rows[0].notified_at).not.toBeNull();
    const jobs = await sql<{ count: string }>(`select count(*) from pgboss.job where name = 'changelog.published' and data->>'entryId' = ?`, [entry.id]);
    expect(Number(jobs[0].count)).toBe(1);
    expect(announced.filter((event) => event.entryId === entry.id)).toHaveLength(1);
  });

  it("a post linked by a published entry ships as soon as its work is done", async () => {
    const post = await buildPost(app, { author: member.member });
    const entry = await draft([post.id]);
    await product.client.ok(PUBLISH, { id: entry.id });
    expect((await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" })).setPostStatus.status).toBe("SHIPPED");
  });

  it("with the setting off, done means shipped, as before", async () => {
    await manager.client.ok(`mutation { updateChangelogSettings(input: { shippingWaitsForChangelog: false }) { shippingWaitsForChangelog } }`);
    try {
      const post = await buildPost(app, { author: member.member });
      expect((await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" })).setPostStatus.status).toBe("SHIPPED");
    } finally {
      await manager.client.ok(`mutation { updateChangelogSettings(input: { shippingWaitsForChangelog: true }) { shippingWaitsForChangelog } }`);
    }
  });

  it("a scheduled entry is published by its job; a cancelled or re-scheduled one never is", async () => {
    const soon = () => new Date(Date.now() + 1500).toISOString();
    const post = await doneInternally();
    const scheduled = await draft([post.id]);
    const cancelled = await draft();
    const moved = await draft();
    await product.client.ok(SCHEDULE, { id: cancelled.id, at: soon() });
    await product.client.ok(CANCEL, { id: cancelled.id });
    await product.client.ok(SCHEDULE, { id: moved.id, at: soon() });
    await product.client.ok(SCHEDULE, { id: moved.id, at: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await product.client.ok(SCHEDULE, { id: scheduled.id, at: soon() })).scheduleChangelogEntry.state).toBe("SCHEDULED");

    await eventually(async () => (await member.client.request(ENTRY, { id: scheduled.id })).data?.changelogEntry?.state === "PUBLISHED", 15_000, "the scheduled publication");
    expect((await member.client.ok(POST, { id: post.id })).post.status).toBe("SHIPPED");
    // Every job has run by now; the two others stayed unpublished.
    await eventually(async () => {
      const waiting = await sql(`select 1 from pgboss.job where name = 'changelog.publish-scheduled' and state <> 'completed' and start_after < now()`);
      return waiting.length === 0;
    }, 15_000, "the stale jobs to run");
    const states = await sql<{ id: string; state: string }>(`select id, state from changelog_entry where id in (?, ?) order by id`, [cancelled.id, moved.id]);
    expect(Object.fromEntries(states.map((row) => [row.id, row.state]))).toEqual({ [cancelled.id]: "DRAFT", [moved.id]: "SCHEDULED" });
  });

  it("refuses a cover image that is not http(s) and a schedule in the past", async () => {
    const entry = await draft();
    const cover = await product.client.request(`mutation($id: ID!) { updateChangelogEntry(id: $id, input: { coverImageUrl: "javascript:alert(1)" }) { id } }`, { id: entry.id });
    expect(cover.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "coverImageUrl", reason: "INVALID_URL" });
    const past = await product.client.request(SCHEDULE, { id: entry.id, at: new Date(Date.now() - 1000).toISOString() });
    expect(past.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "at", reason: "OUT_OF_RANGE" });
  });
});

describe("the weekly draft writes itself", () => {
  let app: TestApp;
  let manager: SignedInMember;
  let member: SignedInMember;
  const DRAFTS = `{ changelogDrafts { id title body state posts { id } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER });
    member = await buildMember(app);
  });
  afterAll(() => app.close());

  it("collects the posts that reached done internally this week, with their votes, and no others", async () => {
    const first = await buildPost(app, { author: member.member, title: "CSV export" });
    const second = await buildPost(app, { author: member.member, title: "Dark mode" });
    const planned = await buildPost(app, { author: member.member, title: "Offline mode" });
    const em = app.orm.em.fork();
    await em.execute(`update post set vote_count = 12 where id = ?`, [second.id]);
    for (const post of [first, second]) await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" });
    await manager.client.ok(SET_STATUS, { id: planned.id, status: "PLANNED" });

    const drafts = await eventually(async () => {
      const { changelogDrafts } = await manager.client.ok(DRAFTS);
      return changelogDrafts[0]?.posts.length === 2 ? changelogDrafts : undefined;
    }, 10_000, "the weekly draft");
    expect(drafts).toHaveLength(1);
    expect(drafts[0].title).toBe("Shipped: Dark mode, CSV export");
    expect(drafts[0].body).toBe("- **Dark mode** (12 votes)\n- **CSV export** (0 votes)");
    expect(drafts[0].posts.map((post: { id: string }) => post.id).sort()).toEqual([first.id, second.id].sort());
  });
});
