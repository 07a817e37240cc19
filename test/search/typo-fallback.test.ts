/**
 * Search for words no post contains falls back to titles that look like what was typed, and says so
 * (`approximate`), so the web app can ask "Did you mean …". Real words keep plain full-text results.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SEARCH = `query($q: String!, $board: ID) { posts(first: 10, filter: { search: $q, board: $board }) { totalCount approximate nodes { title } } }`;

describe("search with typos", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const { member } = await buildMember(app);
    const board = await buildBoard(app, { name: "Mobile", slug: "mobile" });
    await buildPost(app, { author: member, board, title: "Dark mode", body: "Easier on the eyes at night." });
    await buildPost(app, { author: member, title: "Export invoices as PDF" });
    await buildPost(app, { author: member, title: "Faster start-up" });
  });
  afterAll(() => app.close());

  it("finds 'Dark mode' for 'dark mdoe' and marks the result as approximate", async () => {
    const { posts } = await app.client().ok(SEARCH, { q: "dark mdoe" });
    expect(posts).toEqual({ totalCount: 1, approximate: true, nodes: [{ title: "Dark mode" }] });
  });

  it("keeps exact full-text results exact, and other filters still apply to the fallback", async () => {
    expect((await app.client().ok(SEARCH, { q: "invoices" })).posts).toEqual({ totalCount: 1, approximate: false, nodes: [{ title: "Export invoices as PDF" }] });
    const otherBoard = await buildBoard(app);
    expect((await app.client().ok(SEARCH, { q: "dark mdoe", board: otherBoard.id })).posts).toEqual({ totalCount: 0, approximate: false, nodes: [] });
  });

  it("finds nothing for words unlike any title", async () => {
    expect((await app.client().ok(SEARCH, { q: "zebra quantum" })).posts).toEqual({ totalCount: 0, approximate: false, nodes: [] });
  });
});
