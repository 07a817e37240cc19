import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const MEMBERS = `query($search: String) { members(search: $search) { displayName email activity { posts comments votes } } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { displayName recentComments(first: 5) { body visibility } } }`;

describe("member directory and history for moderation", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("finds members by name or e-mail with their activity, for staff only", async () => {
    const moderator = await buildMember(app, { role: Role.MODERATOR });
    const troll = await buildMember(app, { displayName: "Loud Larry", email: "larry@example.com" });
    const post = await buildPost(app, { author: troll.member });
    await troll.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "First!" }) { id } }`, { id: post.id });
    await troll.client.ok(`mutation($id: ID!) { vote(postId: $id) { voteCount } }`, { id: post.id });
    await moderator.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Watch this one", internal: true }) { id } }`, { id: post.id });

    const byName = await moderator.client.ok(MEMBERS, { search: "larry" });
    expect(byName.members).toEqual([{ displayName: "Loud Larry", email: "larry@example.com", activity: { posts: 1, comments: 1, votes: 1 } }]);
    // LIKE wildcards in the search are taken literally.
    expect((await moderator.client.ok(MEMBERS, { search: "%" })).members).toEqual([]);

    const history = await moderator.client.ok(MEMBER, { id: troll.member.id });
    expect(history.member).toEqual({ displayName: "Loud Larry", recentComments: [{ body: "First!", visibility: "PUBLIC" }] });

    const member = await buildMember(app);
    expect((await member.client.request(MEMBERS, {})).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await member.client.request(MEMBER, { id: troll.member.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // The activity field is staff-only wherever a member appears.
    const asAuthor = await member.client.ok(`query($id: ID!) { post(id: $id) { author { activity { posts } } } }`, { id: post.id });
    expect(asAuthor.post.author.activity).toBeNull();
  });
});
