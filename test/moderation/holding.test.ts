/**
 * Holding new posts for approval and the watched words, over HTTP against the real server: a held post
 * is seen by its author (marked HELD) and staff only, and by nobody else anywhere a post can be reached
 * (board lists, counts, search, similar posts, one post, roadmap, changelog entries); the community's
 * policy and a board's own; first posts; staff and ambassadors never wait; words that block, hold and
 * censor; and approving a held post announces it then, not before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, buildChangelogEntry, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { Post } from "../../server/posts/post.entity.js";
import { codeOf } from "../support/graphql-client.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SUBMIT = `mutation($boardId: ID!, $title: String!, $body: String) {
  submitPost(input: { boardId: $boardId, kind: IDEA, title: $title, body: $body }) { id title body moderationState moderatedAt }
}`;
const POST = `query($id: ID!) { post(id: $id) { id moderationState } }`;
const BOARD_POSTS = `query($board: ID!) { posts(first: 50, filter: { board: $board }) { totalCount nodes { id moderationState } } }`;
const SEARCH = `query($q: String!) { posts(first: 50, filter: { search: $q }) { nodes { id } } }`;
const SIMILAR = `query($title: String!) { similarPosts(input: { title: $title }) { id } }`;
const ROADMAP = `query($board: ID) { roadmap(boardId: $board) { status { key } posts { id } } }`;
const CHANGELOG_POSTS = `query($id: ID!) { changelogEntry(id: $id) { posts { id } } }`;
const HOLD_SETTINGS = `mutation($input: HoldSettingsInput!) { updateHoldSettings(input: $input) { policy firstPosts } }`;
const BOARD_POLICY = `mutation($id: ID!, $policy: HoldPolicy!) { updateBoard(id: $id, input: { holdPolicy: $policy }) { holdPolicy } }`;
const ADD_WORD = `mutation($word: String!, $action: WatchedWordAction!) { addWatchedWord(input: { word: $word, action: $action }) { id word action } }`;
const COMMENT = `mutation($postId: ID!, $body: String!) { addComment(input: { postId: $postId, body: $body }) { id body } }`;

let app: TestApp;
let manager: SignedInMember;
let moderator: SignedInMember;
let otherMember: SignedInMember;

const sql = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> => app.orm.em.fork().execute(query, params) as Promise<T[]>;
const member = (role: Role = "MEMBER" as Role) => buildMember(app, { role });
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);
const titled = (words: string) => `${words} ${Math.random().toString(36).slice(2, 8)}`;

/** A board whose own policy is `policy`. */
async function boardHolding(policy: "NOBODY" | "FIRST_POSTS" | "EVERYONE" | "COMMUNITY_DEFAULT") {
  const board = await buildBoard(app);
  expect((await manager.client.ok(BOARD_POLICY, { id: board.id, policy })).updateBoard.holdPolicy).toBe(policy);
  return board;
}

beforeAll(async () => {
  app = await startTestApp();
  manager = await member("MANAGER" as Role);
  moderator = await member("MODERATOR" as Role);
  otherMember = await member();
});

afterAll(async () => {
  await app?.close();
});

describe("a held post", () => {
  it("is its author's and staff's only: in lists, counts, search, similar posts, one post, the roadmap and changelog entries", async () => {
    const board = await boardHolding("EVERYONE");
    const author = await member();
    const title = titled("Quarterly zeppelin telemetry export");
    const { submitPost: held } = await author.client.ok(SUBMIT, { boardId: board.id, title });
    expect(held.moderationState).toBe("HELD");
    expect(held.moderatedAt).not.toBeNull();
    // Staff put it on the roadmap and link it to a published entry: still nobody else's to see.
    await sql(`update post set status = 'PLANNED' where id = ?`, [held.id]);
    const entry = await buildChangelogEntry(app, { posts: [app.orm.em.fork().getReference(Post, held.id)] });

    const others = [app.client(), otherMember.client];
    for (const client of others) {
      expect((await client.ok(POST, { id: held.id })).post).toBeNull();
      const list = (await client.ok(BOARD_POSTS, { board: board.id })).posts;
      expect(list).toEqual({ totalCount: 0, nodes: [] });
      expect(ids((await client.ok(SEARCH, { q: "zeppelin telemetry" })).posts.nodes)).not.toContain(held.id);
      expect(ids((await client.ok(SIMILAR, { title: "zeppelin telemetry export" })).similarPosts)).not.toContain(held.id);
      const roadmap = (await client.ok(ROADMAP, { board: board.id })).roadmap;
      expect(roadmap.flatMap((column: { posts: { id: string }[] }) => ids(column.posts))).not.toContain(held.id);
      expect((await client.ok(CHANGELOG_POSTS, { id: entry.id })).changelogEntry.posts).toEqual([]);
    }
    for (const client of [author.client, moderator.client]) {
      expect((await client.ok(POST, { id: held.id })).post).toEqual({ id: held.id, moderationState: "HELD" });
      expect((await client.ok(BOARD_POSTS, { board: board.id })).posts).toEqual({ totalCount: 1, nodes: [{ id: held.id, moderationState: "HELD" }] });
      expect(ids((await client.ok(SEARCH, { q: "zeppelin telemetry" })).posts.nodes)).toContain(held.id);
      const roadmap = (await client.ok(ROADMAP, { board: board.id })).roadmap;
      expect(roadmap.flatMap((column: { posts: { id: string }[] }) => ids(column.posts))).toContain(held.id);
      expect(ids((await client.ok(CHANGELOG_POSTS, { id: entry.id })).changelogEntry.posts)).toEqual([held.id]);
    }
    // Nobody else can act on it either: it is NOT_FOUND, as a missing post.
    expect(codeOf(await otherMember.client.request(`mutation($id: ID!) { vote(postId: $id) { voteCount } }`, { id: held.id }))).toBe("NOT_FOUND");
    expect(codeOf(await otherMember.client.request(COMMENT, { postId: held.id, body: "Me too" }))).toBe("NOT_FOUND");
  });

  it("is announced when a moderator approves it, not when it was submitted", async () => {
    const board = await boardHolding("EVERYONE");
    const author = await member();
    const { submitPost: held } = await author.client.ok(SUBMIT, { boardId: board.id, title: titled("Held until approved") });
    const announcements = () => sql(`select 1 from domain_event_delivery where event_id = (select id from post_event where post_id = ? and type = 'CREATED')`, [held.id]);
    const queued = () => sql(`select 1 from pgboss.job where name = 'post.created' and data->>'postId' = ?`, [held.id]);
    expect(await queued()).toEqual([]);

    const APPROVE = `mutation($id: ID!) { approvePost(postId: $id) { __typename } }`;
    await moderator.client.ok(APPROVE, { id: held.id });
    expect(await queued()).toHaveLength(1);
    expect((await otherMember.client.ok(POST, { id: held.id })).post).toEqual({ id: held.id, moderationState: null });
    await eventually(async () => (await announcements()).length > 0, 15_000, "the post.created event to be delivered");
    // Only a held post can be approved, once.
    const again = await moderator.client.request(APPROVE, { id: held.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_MODERATED" });
    expect(await queued()).toHaveLength(1);
  });
});

describe("hold policies", () => {
  it("follows the community's policy on boards that do, and a board's own where it has one", async () => {
    const following = await boardHolding("COMMUNITY_DEFAULT");
    const open = await boardHolding("NOBODY");
    const author = await member();
    expect((await manager.client.ok(HOLD_SETTINGS, { input: { policy: "EVERYONE" } })).updateHoldSettings.policy).toBe("EVERYONE");
    try {
      expect((await author.client.ok(SUBMIT, { boardId: following.id, title: titled("Under the community rule") })).submitPost.moderationState).toBe("HELD");
      expect((await author.client.ok(SUBMIT, { boardId: open.id, title: titled("On an open board") })).submitPost.moderationState).toBeNull();
    } finally {
      await manager.client.ok(HOLD_SETTINGS, { input: { policy: "NOBODY" } });
    }
    expect((await author.client.ok(SUBMIT, { boardId: following.id, title: titled("After the rule changed back") })).submitPost.moderationState).toBeNull();
    const refused = await manager.client.request(HOLD_SETTINGS, { input: { policy: "COMMUNITY_DEFAULT" } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "policy" });
  });

  it("holds a member's first posts until enough were let through, and never staff's or ambassadors'", async () => {
    const board = await boardHolding("FIRST_POSTS");
    await manager.client.ok(HOLD_SETTINGS, { input: { firstPosts: 2 } });
    try {
      const newcomer = await member();
      const first = (await newcomer.client.ok(SUBMIT, { boardId: board.id, title: titled("My first post") })).submitPost;
      expect(first.moderationState).toBe("HELD");
      // A held post does not count: the next one waits too.
      expect((await newcomer.client.ok(SUBMIT, { boardId: board.id, title: titled("My second post") })).submitPost.moderationState).toBe("HELD");

      const regular = await member();
      await buildPost(app, { author: regular.member, board });
      expect((await regular.client.ok(SUBMIT, { boardId: board.id, title: titled("One published before") })).submitPost.moderationState).toBe("HELD");
      await buildPost(app, { author: regular.member, board });
      expect((await regular.client.ok(SUBMIT, { boardId: board.id, title: titled("Two published before") })).submitPost.moderationState).toBeNull();

      for (const role of ["AMBASSADOR", "MODERATOR", "ADMIN"] as Role[]) {
        const trusted = await member(role);
        expect((await trusted.client.ok(SUBMIT, { boardId: board.id, title: titled(`A first post by ${role}`) })).submitPost.moderationState).toBeNull();
      }
    } finally {
      await manager.client.ok(HOLD_SETTINGS, { input: { firstPosts: 1 } });
    }
  });
});

describe("watched words", () => {
  it("block a post or comment naming the field, censor the word as saved, and match whole words only", async () => {
    await moderator.client.ok(ADD_WORD, { word: "Frobnicate", action: "BLOCK" });
    await moderator.client.ok(ADD_WORD, { word: "darn*", action: "CENSOR" });
    const board = await buildBoard(app);
    const author = await member();

    const blocked = await author.client.request(SUBMIT, { boardId: board.id, title: titled("Please"), body: "Let us FROBNICATE the cache" });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body", reason: "BLOCKED_WORD" });
    expect(await sql(`select 1 from post where author_id = ?`, [author.member.id])).toEqual([]);

    // "frobnicated" is another word; "darned" matches the wildcard and is censored, letter for letter.
    const { submitPost: saved } = await author.client.ok(SUBMIT, { boardId: board.id, title: titled("That darned cache"), body: "It frobnicated twice" });
    expect(saved.title).toMatch(/^That ■■■■■■ cache /);
    expect(saved.body).toBe("It frobnicated twice");

    const comment = await author.client.ok(COMMENT, { postId: saved.id, body: "Darn, still slow" });
    expect(comment.addComment.body).toBe("■■■■, still slow");
    const refused = await author.client.request(COMMENT, { postId: saved.id, body: "frobnicate it" });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body", reason: "BLOCKED_WORD" });
    // Edits are screened too.
    const edit = await author.client.request(`mutation($id: ID!) { editPost(id: $id, input: { body: "frobnicate" }) { id } }`, { id: saved.id });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body", reason: "BLOCKED_WORD" });
  });

  it("hold a post that contains a word that holds, under any policy, but not staff's", async () => {
    await moderator.client.ok(ADD_WORD, { word: "crypto giveaway", action: "HOLD" });
    const board = await boardHolding("NOBODY");
    const author = await member();
    const held = (await author.client.ok(SUBMIT, { boardId: board.id, title: titled("Free"), body: "Join the Crypto  Giveaway now" })).submitPost;
    expect(held.moderationState).toBe("HELD");
    expect((await moderator.client.ok(SUBMIT, { boardId: board.id, title: titled("Warning about the crypto giveaway scam") })).submitPost.moderationState).toBeNull();
  });

  it("refuses a word twice, and words that are not words", async () => {
    await moderator.client.ok(ADD_WORD, { word: "spamalot", action: "BLOCK" });
    const again = await moderator.client.request(ADD_WORD, { word: "  SPAMALOT ", action: "CENSOR" });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_WATCHED" });
    const stars = await moderator.client.request(ADD_WORD, { word: "***", action: "BLOCK" });
    expect(stars.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "word", reason: "INVALID_WATCHED_WORD" });
    const listed = (await moderator.client.ok(`{ watchedWords { word action } }`)).watchedWords;
    expect(listed).toContainEqual({ word: "spamalot", action: "BLOCK" });
    expect(await sql(`select count(*)::int as n from audit_entry where action = 'ADD_WATCHED_WORD' and after->>'word' = 'spamalot'`)).toEqual([{ n: 1 }]);
  });
});
