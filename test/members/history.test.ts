/**
 * A member's history agrees with itself: the counts and the lists come from the same rows (a merged
 * duplicate is one of their posts, a deleted comment is not one of their comments), comments carry
 * their post's title, votes are listed; the member sees their own history, other members do not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const HISTORY = `query($id: ID!) { member(id: $id) {
  activity { posts comments votes }
  posts(first: 50) { title status }
  recentComments(first: 50) { body post { title } }
  votes(first: 50) { post { title } }
  following(first: 50) { title }
} }`;

describe("member history", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("counts and lists the same posts, comments and votes, for the member and staff only", async () => {
    const moderator = await buildMember(app, { role: Role.MODERATOR });
    const author = await buildMember(app, { displayName: "Hana History" });
    const other = await buildMember(app);
    const first = await buildPost(app, { author: author.member, title: "Offline mode for field work" });
    const second = await buildPost(app, { author: author.member, title: "Offline maps" });
    const elsewhere = await buildPost(app, { author: other.member, title: "Export to CSV" });
    // A duplicate merged away is still something the member wrote.
    await moderator.client.ok(`mutation($d: ID!, $t: ID!) { mergePosts(duplicateId: $d, targetId: $t) { id } }`, { d: second.id, t: first.id });
    const comment = (q: string) => author.client.ok(`mutation($id: ID!, $b: String!) { addComment(input: { postId: $id, body: $b }) { id } }`, { id: elsewhere.id, b: q });
    await comment("**Yes**, please");
    const gone = await comment("typo, ignore");
    await author.client.ok(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: gone.addComment.id });
    await author.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: elsewhere.id });

    const staffView = (await moderator.client.ok(HISTORY, { id: author.member.id })).member;
    expect(staffView.activity).toEqual({ posts: 2, comments: 1, votes: 1 });
    expect(staffView.posts).toHaveLength(staffView.activity.posts);
    expect(staffView.posts.map((post: { title: string }) => post.title).sort()).toEqual(["Offline maps", "Offline mode for field work"]);
    expect(staffView.posts.find((post: { title: string }) => post.title === "Offline maps").status).toBe("DUPLICATE");
    expect(staffView.recentComments).toEqual([{ body: "**Yes**, please", post: { title: "Export to CSV" } }]);
    expect(staffView.votes).toEqual([{ post: { title: "Export to CSV" } }]);
    expect(staffView.votes).toHaveLength(staffView.activity.votes);

    // The member sees the same page about themselves, including what they follow.
    const ownView = (await author.client.ok(HISTORY, { id: author.member.id })).member;
    expect(ownView.activity).toEqual(staffView.activity);
    // Commenting and voting made them follow the post.
    expect(ownView.following).toEqual([{ title: "Export to CSV" }]);

    // Someone else's history stays private.
    expect(codeOf(await other.client.request(HISTORY, { id: author.member.id }))).toBe("FORBIDDEN");
    const anonymous = await app.client().request(HISTORY, { id: author.member.id });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    const asAuthorOfPost = await other.client.ok(`query($id: ID!) { post(id: $id) { author { posts { title } votes { createdAt } following { title } } } }`, { id: first.id });
    expect(asAuthorOfPost.post.author).toEqual({ posts: null, votes: null, following: null });
  });
});
