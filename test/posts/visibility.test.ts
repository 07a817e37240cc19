import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import type { Board } from "../../server/boards/board.entity.js";
import type { Post } from "../../server/posts/post.entity.js";
import { buildBoard, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { codeOf, type GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

/**
 * A post in a status that is not public is seen by staff and by its author, on every path to it;
 * for everyone else it is absent from lists and counts and NOT_FOUND for what they would do to it.
 */
const ROLES = ["ANONYMOUS", "MEMBER", "AUTHOR", "AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"] as const;
type Who = (typeof ROLES)[number];
const SEES_HIDDEN: readonly Who[] = ["AUTHOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];
const SIGNED_IN = ROLES.filter((who) => who !== "ANONYMOUS");

const LIST = `query($filter: PostFilter) { posts(first: 50, filter: $filter) { totalCount nodes { id } } }`;
const ONE = `query($id: ID!) { post(id: $id) { id title } }`;
const SIMILAR = `query($title: String!) { similarPosts(input: { title: $title, first: 20 }) { id } }`;
const HISTORY = `query($id: ID!) { member(id: $id) {
  activity { posts comments votes }
  posts { id } votes { post { id } } following { id } recentComments { post { id } }
} }`;

/** A graphql-ws client signed in as `as` (their session cookie on the upgrade), collecting postChanged events. */
function watchPost(app: TestApp, as: SignedInMember, postId: string) {
  const cookie = as.client.cookie("rt_session");
  const client: Client = createClient({
    url: `${app.url.replace("http", "ws")}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: `rt_session=${cookie}` } });
      }
    },
    retryAttempts: 0,
  });
  const events: Array<{ postChanged: { id: string; voteCount: number } }> = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<{ postChanged: { id: string; voteCount: number } }>(
    { query: `subscription($id: ID!) { postChanged(id: $id) { id voteCount } }`, variables: { id: postId } },
    { next: (value) => events.push(value.data!), error: (error) => errors.push(error), complete: () => {} },
  );
  return { events, errors, close: async () => (dispose(), await client.dispose()) };
}

describe("a post whose status is not public", () => {
  let app: TestApp;
  let board: Board;
  let hidden: Post;
  let shown: Post;
  let voter: SignedInMember;
  const as = {} as Record<Exclude<Who, "ANONYMOUS">, SignedInMember>;
  const clientOf = (who: Who): GraphQLClient => (who === "ANONYMOUS" ? app.client() : as[who].client);

  beforeAll(async () => {
    app = await startTestApp();
    for (const who of SIGNED_IN) as[who] = await buildMember(app, { role: who === "AUTHOR" ? Role.MEMBER : Role[who] });
    voter = await buildMember(app);
    board = await buildBoard(app);
    hidden = await buildPost(app, { author: as.AUTHOR.member, board, title: "Quartzfinch export for auditors" });
    shown = await buildPost(app, { author: as.AUTHOR.member, board, title: "Quartzfinch import from spreadsheets" });
    // The voter took part while the post was public: their history holds it.
    await voter.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: hidden.id });
    await voter.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Needed for our audit" }) { id } }`, { id: hidden.id });
    await as.ADMIN.client.ok(`mutation { createStatus(input: { nameEn: "Legal review", nameDe: "Rechtliche Prüfung", color: "#64748b", category: ACTIVE, onRoadmap: true, public: false }) { key } }`);
    await as.MANAGER.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: LEGAL_REVIEW) { status } }`, { id: hidden.id });
  });
  afterAll(() => app.close());

  it.each(ROLES)("%s: in lists, counts, search, the roadmap, post(id) and duplicate suggestions only if they may see it", async (who) => {
    const client = clientOf(who);
    const sees = SEES_HIDDEN.includes(who);
    const idsOf = (data: { posts: { totalCount: number; nodes: Array<{ id: string }> } }) => ({ total: data.posts.totalCount, ids: data.posts.nodes.map((node) => node.id).sort() });
    const both = [hidden.id, shown.id].sort();

    expect(idsOf(await client.ok(LIST, { filter: { board: board.id } }))).toEqual(sees ? { total: 2, ids: both } : { total: 1, ids: [shown.id] });
    expect(idsOf(await client.ok(LIST, { filter: { search: "quartzfinch" } }))).toEqual(sees ? { total: 2, ids: both } : { total: 1, ids: [shown.id] });
    // A typo: the fuzzy title fallback counts and lists under the same rule.
    expect(idsOf(await client.ok(LIST, { filter: { search: "quartzfinsh" } }))).toEqual(sees ? { total: 2, ids: both } : { total: 1, ids: [shown.id] });
    // A roadmap column is a status filter.
    expect(idsOf(await client.ok(LIST, { filter: { status: ["LEGAL_REVIEW"] } }))).toEqual(sees ? { total: 1, ids: [hidden.id] } : { total: 0, ids: [] });
    expect((await client.ok(ONE, { id: hidden.id })).post).toEqual(sees ? { id: hidden.id, title: hidden.title } : null);
    const similar = (await client.ok(SIMILAR, { title: "Quartzfinch export" })).similarPosts.map((post: { id: string }) => post.id);
    if (sees) expect(similar).toContain(hidden.id);
    else expect(similar).toEqual([shown.id]);
  });

  it.each(SIGNED_IN)("%s: voting, following, commenting and tagging are NOT_FOUND unless they may see it", async (who) => {
    const client = clientOf(who);
    const sees = SEES_HIDDEN.includes(who);
    const tag = await buildTag(app);
    const attempts = {
      vote: await client.request(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: hidden.id }),
      unvote: await client.request(`mutation($id: ID!) { unvote(postId: $id) { id } }`, { id: hidden.id }),
      follow: await client.request(`mutation($id: ID!) { followPost(id: $id) { id } }`, { id: hidden.id }),
      comment: await client.request(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Me too" }) { id } }`, { id: hidden.id }),
    };
    for (const [what, result] of Object.entries(attempts)) expect([what, codeOf(result)]).toEqual([what, sees ? undefined : "NOT_FOUND"]);
    if (who === "AMBASSADOR") {
      const tagging = await client.request(`mutation($id: ID!, $tag: ID!) { tagPost(postId: $id, tagId: $tag) { id } }`, { id: hidden.id, tag: tag.id });
      expect(codeOf(tagging)).toBe("NOT_FOUND");
    }
  });

  it("its author's history keeps it; a member who took part no longer sees it there, nor edits their comment on it; staff see it", async () => {
    const own = await as.AUTHOR.client.ok(HISTORY, { id: as.AUTHOR.member.id });
    expect(own.member.posts.map((post: { id: string }) => post.id)).toContain(hidden.id);

    const theirs = (await voter.client.ok(HISTORY, { id: voter.member.id })).member;
    expect(theirs.activity).toEqual({ posts: 0, comments: 0, votes: 0 });
    expect([theirs.votes, theirs.following, theirs.recentComments]).toEqual([[], [], []]);
    const [row] = await app.orm.em.fork().getConnection().execute(`select id from comment where author_id = ?`, [voter.member.id]);
    const edit = await voter.client.request(`mutation($id: ID!) { editComment(id: $id, input: { body: "Changed" }) { id } }`, { id: row.id });
    expect(codeOf(edit)).toBe("NOT_FOUND");
    expect(codeOf(await voter.client.request(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: row.id }))).toBe("NOT_FOUND");

    const seenByStaff = (await as.MODERATOR.client.ok(HISTORY, { id: voter.member.id })).member;
    expect(seenByStaff.activity).toEqual({ posts: 0, comments: 1, votes: 1 });
    expect(seenByStaff.votes).toEqual([{ post: { id: hidden.id } }]);
    expect(seenByStaff.following).toEqual([{ id: hidden.id }]);
    expect(seenByStaff.recentComments).toEqual([{ post: { id: hidden.id } }]);
  });

  it("live updates reach staff and its author, not other members", async () => {
    const watchers = { MODERATOR: watchPost(app, as.MODERATOR, hidden.id), AUTHOR: watchPost(app, as.AUTHOR, hidden.id), MEMBER: watchPost(app, as.MEMBER, hidden.id) };
    try {
      // Subscriptions register asynchronously: vote until staff hear about it.
      let votes = 0;
      const voters = [as.ADMIN, as.PRODUCT, as.MANAGER];
      await eventually(async () => {
        if (votes < voters.length) await voters[votes++].client.ok(`mutation($id: ID!) { unvote(postId: $id) { id } vote(postId: $id) { id } }`, { id: hidden.id });
        return watchers.MODERATOR.events.length > 0 && watchers.AUTHOR.events.length > 0;
      }, 5000, "the staff and author subscriptions to hear a vote");
      expect(watchers.MEMBER.events).toEqual([]);
      expect(watchers.MEMBER.errors).toEqual([]);
      expect(watchers.AUTHOR.events.at(-1)?.postChanged.id).toBe(hidden.id);
    } finally {
      await Promise.all(Object.values(watchers).map((watcher) => watcher.close()));
    }
  });
});
