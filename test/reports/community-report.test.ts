import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import { buildBoard, buildChangelogEntry, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

export const REPORT = `query($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {
  communityReport(from: $from, to: $to, board: $board, kind: $kind) {
    from to previousFrom
    counts { metric value previous changePercent series { weekStart value } }
    hoursToFirstResponse { value previous changePercent }
    hoursToTriage { value previous changePercent }
    daysToShip { value previous changePercent }
    topPostsLinkedShare
    topTags { tag { name } value previous changePercent }
    gainers { post { title } votes }
    hotTopics { label tag { name } value previous }
  }
}`;

// Two full weeks (Monday to Monday) and the two weeks before them; nothing else in the database is that old.
const FROM = new Date("2025-03-03T00:00:00Z");
const TO = new Date("2025-03-17T00:00:00Z");
const day = (offset: number, hour = 12) => new Date(FROM.getTime() + offset * 86_400_000 + hour * 3_600_000);
const HOUR = 3_600_000;

interface SeedPost {
  title: string;
  kind: PostKind;
  board: "a" | "b";
  at: Date;
  status: "OPEN" | "PLANNED" | "SHIPPED" | "DECLINED";
  triagedAfterHours?: number;
  shippedAfterDays?: number;
  staffCommentAfterHours?: number;
  tags?: Array<"export" | "mobile">;
}

// Offsets are days from FROM: negative is the previous period.
const POSTS: SeedPost[] = [
  { title: "Export reports to spreadsheet", kind: PostKind.IDEA, board: "a", at: day(0), status: "PLANNED", triagedAfterHours: 2, staffCommentAfterHours: 1, tags: ["export"] },
  { title: "Export filters lost", kind: PostKind.BUG, board: "a", at: day(1), status: "SHIPPED", triagedAfterHours: 4, shippedAfterDays: 3, staffCommentAfterHours: 5, tags: ["export"] },
  { title: "Export button hidden", kind: PostKind.USABILITY, board: "b", at: day(8), status: "OPEN", tags: ["export", "mobile"] },
  { title: "Dark theme for mobile", kind: PostKind.IDEA, board: "b", at: day(9), status: "DECLINED", triagedAfterHours: 10, tags: ["mobile"] },
  { title: "Keyboard shortcuts", kind: PostKind.IDEA, board: "a", at: day(10), status: "OPEN" },
  { title: "Dark theme again", kind: PostKind.IDEA, board: "a", at: day(-3), status: "SHIPPED", triagedAfterHours: 8, shippedAfterDays: 10, tags: ["mobile"] },
  { title: "Crash on login", kind: PostKind.BUG, board: "b", at: day(-10), status: "OPEN", triagedAfterHours: 6, staffCommentAfterHours: 3 },
];

// [post index, days from FROM]; voters are picked round robin.
const VOTES: Array<[number, number]> = [[0, 0], [0, 1], [0, 2], [0, 9], [1, 2], [1, 3], [2, 8], [3, 11], [3, 12], [5, -2], [5, -1], [6, -9]];
// [post index, days from FROM] of member comments.
const COMMENTS: Array<[number, number]> = [[0, 1], [2, 9], [6, -8], [6, -7]];

/** Median as the report defines it (percentile_cont(0.5)), one decimal. */
function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const value = (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
  return Math.round(value * 10) / 10;
}
const change = (value: number, previous: number) => (previous === 0 ? null : Math.round(((value - previous) / previous) * 1000) / 10);
const inCurrent = (at: Date) => at >= FROM && at < TO;
const inPrevious = (at: Date) => at >= new Date(2 * FROM.getTime() - TO.getTime()) && at < FROM;

describe("community report", () => {
  let app: TestApp;
  let manager: SignedInMember;
  let boards: Record<"a" | "b", string>;
  const voterJoined: Date[] = [day(0), day(5), day(-5), new Date()];

  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER });
    const staff = await buildMember(app, { role: Role.PRODUCT });
    const em = app.orm.em.fork();
    const author = await buildMember(app);
    const voters = await Promise.all(voterJoined.map(() => buildMember(app)));
    for (const [index, voter] of voters.entries()) await em.execute(`update member set created_at = ? where id = ?`, [voterJoined[index], voter.member.id]);
    const a = await buildBoard(app);
    const b = await buildBoard(app);
    boards = { a: a.id, b: b.id };
    const tags = { export: await buildTag(app, "export"), mobile: await buildTag(app, "mobile") };
    const ids: string[] = [];
    for (const seed of POSTS) {
      const post = await buildPost(app, { author: author.member, board: seed.board === "a" ? a : b, kind: seed.kind, title: seed.title, createdAt: seed.at });
      ids.push(post.id);
      await em.execute(
        `update post set status = ?, first_triaged_at = ?, shipped_at = ? where id = ?`,
        [
          seed.status,
          seed.triagedAfterHours === undefined ? null : new Date(seed.at.getTime() + seed.triagedAfterHours * HOUR),
          seed.shippedAfterDays === undefined ? null : new Date(seed.at.getTime() + seed.shippedAfterDays * 24 * HOUR),
          post.id,
        ],
      );
      for (const tag of seed.tags ?? []) await em.execute(`insert into post_tag (post_id, tag_id) values (?, ?)`, [post.id, tags[tag].id]);
      if (seed.staffCommentAfterHours !== undefined) {
        await em.execute(`insert into comment (id, post_id, author_id, body, created_at) values (?, ?, ?, 'On it', ?)`, [
          randomUUID(), post.id, staff.member.id, new Date(seed.at.getTime() + seed.staffCommentAfterHours * HOUR),
        ]);
      }
    }
    for (const [n, [post, offset]] of VOTES.entries()) {
      await em.execute(`insert into vote (id, post_id, member_id, created_at) values (?, ?, ?, ?)`, [randomUUID(), ids[post], voters[n % voters.length].member.id, day(offset)]);
    }
    for (const [post, offset] of COMMENTS) {
      await em.execute(`insert into comment (id, post_id, author_id, body, created_at) values (?, ?, ?, 'Me too', ?)`, [randomUUID(), ids[post], author.member.id, day(offset)]);
    }
    // A hidden-from-members internal note and a deleted comment are not community activity.
    await em.execute(`insert into comment (id, post_id, author_id, body, visibility, created_at) values (?, ?, ?, 'internal', 'INTERNAL', ?)`, [randomUUID(), ids[0], author.member.id, day(2)]);
    await em.execute(`insert into comment (id, post_id, author_id, body, created_at, deleted_at) values (?, ?, ?, 'gone', ?, ?)`, [randomUUID(), ids[0], author.member.id, day(2), day(3)]);
    await buildChangelogEntry(app, { publishedAt: day(4), posts: [] });
    await buildChangelogEntry(app, { publishedAt: day(-4), posts: [] });
    await buildChangelogEntry(app, { publishedAt: day(-6), posts: [] });
    await em.execute(`insert into sanction (id, kind, member_id, reason, created_at) values (?, 'WARN', ?, 'rude', ?)`, [randomUUID(), author.member.id, day(3)]);
    for (const [at, status] of [[day(1), "SENT"], [day(2), "SENT"], [day(2), "FAILED"], [day(-1), "SENT"]] as const) {
      await em.execute(
        `insert into outbox_mail (id, to_address, category, template, language, subject, text, html, status, sent_at) values (?, 'x@example.com', 'NOTIFICATION', 'digest', 'EN', 's', 't', 'h', ?, ?)`,
        [randomUUID(), status, status === "SENT" ? at : null],
      );
    }
  });
  afterAll(() => app.close());

  const report = async (variables: Record<string, unknown> = {}) =>
    (await manager.client.ok(REPORT, { from: FROM.toISOString(), to: TO.toISOString(), ...variables })).communityReport;
  interface Count { metric: string; value: number; previous: number; changePercent: number | null; series: Array<{ weekStart: string; value: number }> }
  const count = (r: { counts: Count[] }, metric: string) => r.counts.find((c) => c.metric === metric)!;

  /** Expected counts, computed from the seed lists above, for the posts `keep` leaves in. */
  function expected(keep: (post: SeedPost) => boolean) {
    const both = (dates: Date[]) => ({ value: dates.filter(inCurrent).length, previous: dates.filter(inPrevious).length });
    const posts = POSTS.filter(keep);
    const votes = VOTES.filter(([post]) => keep(POSTS[post]));
    const comments = COMMENTS.filter(([post]) => keep(POSTS[post]));
    const active = (within: (at: Date) => boolean) =>
      new Set([
        ...posts.filter((p) => within(p.at)).map(() => "author"),
        ...comments.filter(([, offset]) => within(day(offset))).map(() => "author"),
        ...posts.filter((p) => p.staffCommentAfterHours !== undefined && within(new Date(p.at.getTime() + p.staffCommentAfterHours * HOUR))).map(() => "staff"),
        ...VOTES.map((vote, n) => ({ vote, n })).filter(({ vote }) => keep(POSTS[vote[0]]) && within(day(vote[1]))).map(({ n }) => `voter${n % voterJoined.length}`),
      ]).size;
    return {
      POSTS: both(posts.map((p) => p.at)),
      POSTS_IDEA: both(posts.filter((p) => p.kind === PostKind.IDEA).map((p) => p.at)),
      POSTS_BUG: both(posts.filter((p) => p.kind === PostKind.BUG).map((p) => p.at)),
      POSTS_OPEN: both(posts.filter((p) => p.status === "OPEN").map((p) => p.at)),
      POSTS_ACTIVE: both(posts.filter((p) => p.status === "PLANNED").map((p) => p.at)),
      POSTS_DONE: both(posts.filter((p) => p.status === "SHIPPED").map((p) => p.at)),
      POSTS_CLOSED: both(posts.filter((p) => p.status === "DECLINED").map((p) => p.at)),
      SHIPPED: both(posts.filter((p) => p.shippedAfterDays !== undefined).map((p) => new Date(p.at.getTime() + p.shippedAfterDays! * 24 * HOUR))),
      VOTES: both(votes.map(([, offset]) => day(offset))),
      COMMENTS: both([...comments.map(([, offset]) => day(offset)), ...posts.filter((p) => p.staffCommentAfterHours !== undefined).map((p) => new Date(p.at.getTime() + p.staffCommentAfterHours! * HOUR))]),
      ACTIVE_MEMBERS: { value: active(inCurrent), previous: active(inPrevious) },
      triage: {
        value: median(posts.filter((p) => inCurrent(p.at) && p.triagedAfterHours !== undefined).map((p) => p.triagedAfterHours!)),
        previous: median(posts.filter((p) => inPrevious(p.at) && p.triagedAfterHours !== undefined).map((p) => p.triagedAfterHours!)),
      },
      ship: {
        value: median(posts.filter((p) => inCurrent(p.at) && p.shippedAfterDays !== undefined).map((p) => p.shippedAfterDays!)),
        previous: median(posts.filter((p) => inPrevious(p.at) && p.shippedAfterDays !== undefined).map((p) => p.shippedAfterDays!)),
      },
      response: median(posts.filter((p) => inCurrent(p.at) && p.staffCommentAfterHours !== undefined).map((p) => p.staffCommentAfterHours!)),
    };
  }

  it("counts the period and the one before, with changes in percent, from SQL over the seeded rows", async () => {
    const r = await report();
    expect(new Date(r.previousFrom)).toEqual(new Date("2025-02-17T00:00:00Z"));
    const want = expected(() => true);
    for (const metric of ["POSTS", "POSTS_IDEA", "POSTS_BUG", "POSTS_OPEN", "POSTS_ACTIVE", "POSTS_DONE", "POSTS_CLOSED", "SHIPPED", "VOTES", "COMMENTS", "ACTIVE_MEMBERS"] as const) {
      const { value, previous } = want[metric];
      expect(count(r, metric), metric).toMatchObject({ value, previous, changePercent: change(value, previous) });
    }
    // Staff and the test's own members joined today; the voters' dates are set.
    expect(count(r, "NEW_MEMBERS")).toMatchObject({ value: 2, previous: 1, changePercent: 100 });
    expect(count(r, "CHANGELOG_ENTRIES")).toMatchObject({ value: 1, previous: 2, changePercent: -50 });
    expect(count(r, "SANCTIONS")).toMatchObject({ value: 1, previous: 0, changePercent: null });
    expect(count(r, "NOTIFICATION_MAILS")).toMatchObject({ value: 2, previous: 1, changePercent: 100 });
    expect(r.hoursToTriage).toMatchObject({ ...want.triage, changePercent: change(want.triage.value!, want.triage.previous!) });
    expect(r.daysToShip).toMatchObject(want.ship);
    expect(r.hoursToFirstResponse.value).toBe(want.response);
    expect(r.topPostsLinkedShare).toBe(0);
  });

  it("gives every count week by week, the weeks adding up to the period's value", async () => {
    const r = await report();
    for (const c of r.counts) {
      expect(c.series.map((w: { weekStart: string }) => w.weekStart), c.metric).toEqual(["2025-03-03T00:00:00.000Z", "2025-03-10T00:00:00.000Z"]);
      if (c.metric !== "ACTIVE_MEMBERS") expect(c.series.reduce((sum: number, w: { value: number }) => sum + w.value, 0), c.metric).toBe(c.value);
    }
    // Votes: days 0, 1, 2, 2, 3 in the first week; 8, 9, 11, 12 in the second.
    expect(count(r, "VOTES").series.map((w) => w.value)).toEqual([5, 4]);
  });

  it("narrows posts, votes and comments to a board and a kind", async () => {
    const onA = await report({ board: boards.a });
    const wantA = expected((p) => p.board === "a");
    for (const metric of ["POSTS", "VOTES", "COMMENTS", "ACTIVE_MEMBERS", "SHIPPED"] as const) expect(count(onA, metric), metric).toMatchObject(wantA[metric]);
    const bugs = await report({ kind: "BUG" });
    expect(count(bugs, "POSTS")).toMatchObject(expected((p) => p.kind === PostKind.BUG).POSTS);
    expect(count(bugs, "VOTES")).toMatchObject(expected((p) => p.kind === PostKind.BUG).VOTES);
    // Members are the whole community's whatever the board.
    expect(count(onA, "NEW_MEMBERS").value).toBe(2);
  });

  it("lists top tags, the posts that gained most votes and the rising topics", async () => {
    const r = await report();
    expect(r.topTags).toEqual([
      { tag: { name: "export" }, value: 3, previous: 0, changePercent: null },
      { tag: { name: "mobile" }, value: 2, previous: 1, changePercent: 100 },
    ]);
    // Votes in the period: 4 on the first post, 2 on two others (in either order), 1 on "Export button hidden".
    expect(r.gainers[0]).toEqual({ post: { title: "Export reports to spreadsheet" }, votes: 4 });
    expect(r.gainers.map((g: { votes: number }) => g.votes)).toEqual([4, 2, 2, 1]);
    // "export": 3 posts now, none before (tag and word alike); "dark" and "theme" came up once in each period.
    const labels = r.hotTopics.map((t: { label: string; tag: unknown }) => `${t.tag ? "tag" : "word"}:${t.label}`);
    expect(labels.slice(0, 2).sort()).toEqual(["tag:export", "word:export"]);
    expect(labels).not.toContain("word:dark");
    expect(labels).not.toContain("word:for");
  });

  it("refuses a reversed or too long period, naming the field", async () => {
    const reversed = await manager.client.request(REPORT, { from: TO.toISOString(), to: FROM.toISOString() });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to", reason: "OUT_OF_RANGE" });
    const long = await manager.client.request(REPORT, { from: "2024-01-01T00:00:00Z", to: "2025-03-01T00:00:00Z" });
    expect(long.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to", max: 366 });
  });

  it("is for staff only", async () => {
    const variables = { from: FROM.toISOString(), to: TO.toISOString() };
    for (const role of [Role.MODERATOR, Role.PRODUCT, Role.ADMIN]) {
      const staff = await buildMember(app, { role });
      expect((await staff.client.request(REPORT, variables)).errors, role).toBeUndefined();
    }
    for (const role of [Role.MEMBER, Role.AMBASSADOR]) {
      const member = await buildMember(app, { role });
      expect((await member.client.request(REPORT, variables)).errors?.[0].extensions?.code, role).toBe("FORBIDDEN");
    }
    expect((await app.client().request(REPORT, variables)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  /** A CSV body as rows of cells (no quoted line breaks in this data set). */
  const parseCsv = (text: string) => text.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((cell) => cell.replace(/,$/, "").replace(/^"(.*)"$/, "$1").replaceAll('""', '"')));

  it("exports the report as one CSV sheet: a row per count, per count and week, per median and per list entry", async () => {
    const query = `from=${FROM.toISOString()}&to=${TO.toISOString()}`;
    const response = await manager.client.get(`/reports/community.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="community-report-2025-03-03-2025-03-17.csv"');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(["section", "item", "week_start", "value", "previous", "change_percent"]);
    const r = await report();
    const metrics = r.counts.length;
    const sections = rows.map((row) => row[0]);
    expect(sections.filter((s) => s === "count")).toHaveLength(metrics);
    expect(sections.filter((s) => s === "week")).toHaveLength(metrics * 2);
    expect(sections.filter((s) => s === "median")).toHaveLength(3);
    expect(sections.filter((s) => s === "tag")).toHaveLength(r.topTags.length);
    expect(sections.filter((s) => s === "gainer")).toHaveLength(r.gainers.length);
    expect(sections.filter((s) => s === "hot_topic")).toHaveLength(r.hotTopics.length);
    expect(rows.find((row) => row[0] === "count" && row[1] === "CHANGELOG_ENTRIES")).toEqual(["count", "CHANGELOG_ENTRIES", "", "1", "2", "-50"]);
    expect(rows.find((row) => row[0] === "week" && row[1] === "VOTES" && row[2] === "2025-03-10")?.[3]).toBe("4");
    // The same refusals as the query, as JSON.
    const reversed = await manager.client.get(`/reports/community.csv?from=${TO.toISOString()}&to=${FROM.toISOString()}`);
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("exports the post list under the posts query's filters, spreadsheet formulas defused", async () => {
    const author = await buildMember(app);
    const board = await buildBoard(app);
    await buildPost(app, { author: author.member, board, title: "=HYPERLINK(\"http://evil\")", createdAt: day(2) });
    await buildPost(app, { author: author.member, board, title: "Plain, with a comma", kind: PostKind.BUG, createdAt: day(3) });
    const all = parseCsv(await (await manager.client.get(`/posts.csv?board=${board.id}&sort=NEW`)).text());
    expect(all[0]).toEqual(["id", "title", "kind", "status", "board", "votes", "comments", "created_at", "shipped_at", "url"]);
    expect(all.slice(1).map((row) => row[1])).toEqual(["Plain, with a comma", "'=HYPERLINK(\"http://evil\")"]);
    const bugs = parseCsv(await (await manager.client.get(`/posts.csv?board=${board.id}&kind=BUG`)).text());
    expect(bugs).toHaveLength(2);
    // The period filter the dashboard's links use: the seeded period holds five posts on boards a and b.
    const inPeriod = parseCsv(await (await manager.client.get(`/posts.csv?board=${boards.a}&createdAfter=${FROM.toISOString()}&createdBefore=${TO.toISOString()}`)).text());
    expect(inPeriod).toHaveLength(1 + POSTS.filter((p) => p.board === "a" && inCurrent(p.at)).length);
    expect((await manager.client.get(`/posts.csv?kind=QUESTION`)).status).toBe(400);
  });

  it("gives the CSV files to staff only", async () => {
    const member = await buildMember(app);
    const query = `from=${FROM.toISOString()}&to=${TO.toISOString()}`;
    for (const path of [`/reports/community.csv?${query}`, "/posts.csv"]) {
      expect((await member.client.get(path)).status, path).toBe(403);
      const anonymous = await app.client().get(path);
      expect(anonymous.status, path).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: "UNAUTHENTICATED" });
    }
  });
});
