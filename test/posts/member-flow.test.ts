import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBoard, buildMember } from "../factories/index.js";
import { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import type { GraphQLClient } from "../support/graphql-client.js";

const POST_FIELDS = `id kind title body status voteCount commentCount viewerHasVoted viewerFollows viewerCanEdit
  author { displayName } board { id name }
  bug { stepsToReproduce expected actual environment severity }
  usability { location goal obstacle }`;
const SUBMIT = `mutation($input: SubmitPostInput!) { submitPost(input: $input) { ${POST_FIELDS} } }`;

describe("member flow over HTTP", () => {
  let app: TestApp;
  let member: GraphQLClient;
  let boardId: string;

  beforeAll(async () => {
    app = await startTestApp();
    boardId = (await buildBoard(app, { name: "Mobile app" })).id;
    await buildMember(app, { role: Role.ADMIN }); // the first account becomes ADMIN; Mia must be a plain member
    member = app.client();
    await member.ok(`mutation { signUp(input: { email: "mia@example.com", password: "long enough pw", displayName: "Mia" }) { id } }`);
  });
  afterAll(() => app.close());

  it("submits an idea, a bug report and a usability report, each with its own fields", async () => {
    const idea = await member.ok(SUBMIT, { input: { boardId, kind: "IDEA", title: "Dark mode", body: "Please add a **dark** theme." } });
    expect(idea.submitPost).toMatchObject({ kind: "IDEA", title: "Dark mode", status: "OPEN", voteCount: 0, bug: null, usability: null, viewerFollows: true, viewerCanEdit: true });

    const bug = await member.ok(SUBMIT, {
      input: {
        boardId, kind: "BUG", title: "Crash on photo upload",
        bug: { stepsToReproduce: "1. Tap add photo", expected: "Upload", actual: "Crash", environment: "iOS 18", severity: "HIGH" },
      },
    });
    expect(bug.submitPost.bug).toEqual({ stepsToReproduce: "1. Tap add photo", expected: "Upload", actual: "Crash", environment: "iOS 18", severity: "HIGH" });

    const usability = await member.ok(SUBMIT, {
      input: { boardId, kind: "USABILITY", title: "Email setting hidden", usability: { location: "/settings", goal: "Change email", obstacle: "Field is read-only" } },
    });
    expect(usability.submitPost.usability).toEqual({ location: "/settings", goal: "Change email", obstacle: "Field is read-only" });

    const listed = await member.ok(`{ posts(sort: NEW) { totalCount nodes { title kind } } }`);
    expect(listed.posts.totalCount).toBe(3);
    expect(listed.posts.nodes.map((post: { kind: string }) => post.kind)).toEqual(["USABILITY", "BUG", "IDEA"]);
  });

  it("votes, sees the vote, unvotes, and both are idempotent", async () => {
    const { submitPost } = await member.ok(SUBMIT, { input: { boardId, kind: "IDEA", title: "Export as CSV" } });
    const vote = `mutation($id: ID!) { vote(postId: $id) { voteCount viewerHasVoted } }`;
    const unvote = `mutation($id: ID!) { unvote(postId: $id) { voteCount viewerHasVoted } }`;
    expect((await member.ok(vote, { id: submitPost.id })).vote).toEqual({ voteCount: 1, viewerHasVoted: true });
    expect((await member.ok(vote, { id: submitPost.id })).vote).toEqual({ voteCount: 1, viewerHasVoted: true });
    expect((await member.ok(unvote, { id: submitPost.id })).unvote).toEqual({ voteCount: 0, viewerHasVoted: false });
    expect((await member.ok(unvote, { id: submitPost.id })).unvote).toEqual({ voteCount: 0, viewerHasVoted: false });
  });

  it("comments with threaded replies and counts only public comments", async () => {
    const { submitPost } = await member.ok(SUBMIT, { input: { boardId, kind: "IDEA", title: "Widgets" } });
    const add = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body parentId author { displayName } } }`;
    const first = await member.ok(add, { input: { postId: submitPost.id, body: "Would love this" } });
    const other = app.client();
    await other.ok(`mutation { signUp(input: { email: "sam@example.com", password: "long enough pw", displayName: "Sam" }) { id } }`);
    const reply = await other.ok(add, { input: { postId: submitPost.id, body: "Me too", parentId: first.addComment.id } });
    expect(reply.addComment).toMatchObject({ parentId: first.addComment.id, author: { displayName: "Sam" } });

    const page = await member.ok(`query($id: ID!) { post(id: $id) { commentCount comments { body parentId } } }`, { id: submitPost.id });
    expect(page.post.commentCount).toBe(2);
    expect(page.post.comments).toEqual([
      { body: "Would love this", parentId: null },
      { body: "Me too", parentId: first.addComment.id },
    ]);
    // Commenting follows the post.
    const followed = await other.ok(`query($id: ID!) { post(id: $id) { viewerFollows } }`, { id: submitPost.id });
    expect(followed.post.viewerFollows).toBe(true);
  });

  it("follows and unfollows a post", async () => {
    const { submitPost } = await member.ok(SUBMIT, { input: { boardId, kind: "IDEA", title: "Passkeys" } });
    const reader = app.client();
    await reader.ok(`mutation { signUp(input: { email: "reader@example.com", password: "long enough pw", displayName: "Reader" }) { id } }`);
    expect((await reader.ok(`mutation($id: ID!) { followPost(id: $id) { viewerFollows } }`, { id: submitPost.id })).followPost.viewerFollows).toBe(true);
    expect((await reader.ok(`mutation($id: ID!) { unfollowPost(id: $id) { viewerFollows } }`, { id: submitPost.id })).unfollowPost.viewerFollows).toBe(false);
  });

  it("lets the author edit within the grace period only", async () => {
    expect((await member.ok(`{ me { role } }`)).me.role).toBe("MEMBER");
    const { submitPost } = await member.ok(SUBMIT, { input: { boardId, kind: "IDEA", title: "Typo in titel" } });
    const edit = `mutation($id: ID!, $input: EditPostInput!) { editPost(id: $id, input: $input) { title } }`;
    expect((await member.ok(edit, { id: submitPost.id, input: { title: "Typo in title" } })).editPost.title).toBe("Typo in title");
    await app.orm.em.fork().execute(`update post set created_at = now() - interval '2 hours' where id = ?`, [submitPost.id]);
    const late = await member.request(edit, { id: submitPost.id, input: { title: "Too late" } });
    expect(late.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
