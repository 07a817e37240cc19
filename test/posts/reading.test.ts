import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import { buildBoard, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const PAGE = `query($first: Int!, $after: String, $sort: PostSort, $filter: PostFilter) {
  posts(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      id title voteCount viewerHasVoted viewerFollows viewerCanEdit author { displayName email } board { name } tags { name } mergedInto { id }
      viewerCan { edit follow vote voteOnBehalf seeVoters comment writeInternalNote setStatus postUpdate tag move merge linkIssue setLinkRule }
    }
  }
}`;

describe("reading posts", () => {
  let app: TestApp;
  let viewer: SignedInMember;

  beforeAll(async () => {
    app = await startTestApp();
    viewer = await buildMember(app, { role: Role.MANAGER });
  });
  afterAll(() => app.close());

  it("a page of posts costs the same number of SQL queries for 5 and for 50 posts", async () => {
    const board = await buildBoard(app);
    const tags = await Promise.all([buildTag(app), buildTag(app)]);
    const authors = await Promise.all(Array.from({ length: 10 }, () => buildMember(app)));
    const em = app.orm.em.fork();
    for (let i = 0; i < 50; i++) {
      const post = await buildPost(app, { author: authors[i % 10].member, board });
      await em.execute(`insert into post_tag (post_id, tag_id) values (?, ?)`, [post.id, tags[i % 2].id]);
      if (i % 3 === 0) await em.execute(`insert into vote (id, post_id, member_id) values (gen_random_uuid(), ?, ?)`, [post.id, viewer.member.id]);
    }
    // The day's first request also records the visit (trust levels); the pages below are not it.
    await viewer.client.ok(`{ me { id } }`);
    const small = await app.countQueries(() => viewer.client.ok(PAGE, { first: 5, filter: { board: board.id } }));
    const large = await app.countQueries(() => viewer.client.ok(PAGE, { first: 50, filter: { board: board.id } }));
    expect(large.result.posts.nodes).toHaveLength(50);
    expect(large.result.posts.nodes.filter((post: { viewerHasVoted: boolean }) => post.viewerHasVoted)).toHaveLength(17);
    expect(large.result.posts.nodes.every((post: { tags: unknown[] }) => post.tags.length === 1)).toBe(true);
    // What the manager may do with each post costs no query of its own either.
    expect(large.result.posts.nodes.every((post: { viewerCan: Record<string, boolean> }) => Object.values(post.viewerCan).every(Boolean))).toBe(true);
    // session lookup, count, page, authors, boards, post_tag, tags, votes, follows
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(10);
  });

  it("pages through with cursors and reports totalCount", async () => {
    const board = await buildBoard(app);
    const author = await buildMember(app);
    for (let i = 0; i < 7; i++) await buildPost(app, { author: author.member, board, title: `Paged ${i}`, createdAt: new Date(Date.now() - i * 60_000) });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: any = await viewer.client.ok(PAGE, { first: 3, after, sort: "NEW", filter: { board: board.id } });
      expect(data.posts.totalCount).toBe(7);
      seen.push(...data.posts.nodes.map((post: { title: string }) => post.title));
      after = data.posts.pageInfo.hasNextPage ? data.posts.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(["Paged 0", "Paged 1", "Paged 2", "Paged 3", "Paged 4", "Paged 5", "Paged 6"]);
  });

  it("sorts by TOP, NEW and TRENDING differently", async () => {
    const board = await buildBoard(app);
    const author = await buildMember(app);
    const old = await buildPost(app, { author: author.member, board, title: "Old and popular", createdAt: new Date(Date.now() - 200 * 86_400_000) });
    const fresh = await buildPost(app, { author: author.member, board, title: "Fresh and rising" });
    const em = app.orm.em.fork();
    const voters = await Promise.all(Array.from({ length: 6 }, () => buildMember(app)));
    for (const [index, voter] of voters.entries()) {
      await em.execute(`insert into vote (id, post_id, member_id, created_at) values (gen_random_uuid(), ?, ?, now() - interval '150 days')`, [old.id, voter.member.id]);
      if (index < 3) await em.execute(`insert into vote (id, post_id, member_id) values (gen_random_uuid(), ?, ?)`, [fresh.id, voter.member.id]);
    }
    await em.execute(`update post set vote_count = (select count(*) from vote where post_id = post.id) where board_id = ?`, [board.id]);
    const titles = async (sort: string) =>
      (await viewer.client.ok(PAGE, { first: 10, sort, filter: { board: board.id } })).posts.nodes.map((post: { title: string }) => post.title);
    expect(await titles("TOP")).toEqual(["Old and popular", "Fresh and rising"]);
    expect(await titles("NEW")).toEqual(["Fresh and rising", "Old and popular"]);
    expect(await titles("TRENDING")).toEqual(["Fresh and rising", "Old and popular"]);
  });

  it("filters by kind, status and author", async () => {
    const board = await buildBoard(app);
    const alice = await buildMember(app);
    const bob = await buildMember(app);
    await buildPost(app, { author: alice.member, board, kind: PostKind.BUG, title: "Alice bug" });
    await buildPost(app, { author: bob.member, board, kind: PostKind.USABILITY, title: "Bob usability" });
    await buildPost(app, { author: bob.member, board, kind: PostKind.IDEA, title: "Bob idea" });
    const titles = async (filter: object) =>
      (await viewer.client.ok(PAGE, { first: 10, sort: "NEW", filter: { board: board.id, ...filter } })).posts.nodes.map((post: { title: string }) => post.title).sort();
    expect(await titles({ kind: "BUG" })).toEqual(["Alice bug"]);
    expect(await titles({ author: bob.member.id })).toEqual(["Bob idea", "Bob usability"]);
    expect(await titles({ status: ["PLANNED"] })).toEqual([]);
    expect(await titles({ status: ["OPEN"] })).toEqual(["Alice bug", "Bob idea", "Bob usability"]);
  });

  it("finds posts by full-text search, with stemming", async () => {
    const board = await buildBoard(app);
    const author = await buildMember(app);
    await buildPost(app, { author: author.member, board, title: "Export reports as CSV", body: "Spreadsheets need the numbers" });
    await buildPost(app, { author: author.member, board, title: "Dark mode", body: "Night reading" });
    await buildPost(app, { author: author.member, board, kind: PostKind.BUG, title: "Crash on upload" });
    const search = async (text: string) =>
      (await viewer.client.ok(PAGE, { first: 10, filter: { board: board.id, search: text } })).posts.nodes.map((post: { title: string }) => post.title);
    expect(await search("exporting")).toEqual(["Export reports as CSV"]);
    expect(await search("spreadsheet")).toEqual(["Export reports as CSV"]);
    expect(await search("night -export")).toEqual(["Dark mode"]);
    // Bug details are searchable too (the factory's actual result is "breaks").
    expect(await search("breaks")).toEqual(["Crash on upload"]);
    expect(await search("nothing-matches-this")).toEqual([]);
  });

  it("suggests similar posts while typing, including with typos, and skips merged duplicates", async () => {
    const author = await buildMember(app);
    const board = await buildBoard(app);
    const darkMode = await buildPost(app, { author: author.member, board, title: "Offline sync for the tablet app", body: "Trains have no signal, so reading stops" });
    await buildPost(app, { author: author.member, board, title: "Export invoices to PDF" });
    const similar = `query($input: SimilarPostsInput!) { similarPosts(input: $input) { id title } }`;
    const typo = await viewer.client.ok(similar, { input: { title: "ofline synk" } });
    expect(typo.similarPosts[0].id).toBe(darkMode.id);
    const byBody = await viewer.client.ok(similar, { input: { title: "Reading without internet", body: "on the train there is no signal" } });
    expect(byBody.similarPosts.map((post: { id: string }) => post.id)).toContain(darkMode.id);
    const merged = await buildPost(app, { author: author.member, board, title: "Offline sync on tablets" });
    await app.orm.em.fork().execute(`update post set merged_into_id = ?, status = 'DUPLICATE' where id = ?`, [darkMode.id, merged.id]);
    const withMerged = await viewer.client.ok(similar, { input: { title: "offline sync tablet" } });
    expect(withMerged.similarPosts.map((post: { id: string }) => post.id)).toContain(darkMode.id);
    expect(withMerged.similarPosts.map((post: { id: string }) => post.id)).not.toContain(merged.id);
    const unrelated = await viewer.client.ok(similar, { input: { title: "Quarterly tax calculation" } });
    expect(unrelated.similarPosts.map((post: { id: string }) => post.id)).not.toContain(darkMode.id);
  });
});
