import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const VOTERS = `query($id: ID!) { post(id: $id) { voteCount voters { member { displayName } castBy { displayName } } } }`;

describe("votes on behalf of a member", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("counts once, is recorded as cast by the manager, and only staff see who voted", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Maria" });
    const customer = await buildMember(app, { displayName: "Customer on the phone" });
    const reader = await buildMember(app);
    const post = await buildPost(app, { author: reader.member });
    const onBehalf = `mutation($p: ID!, $m: ID!) { voteOnBehalf(postId: $p, memberId: $m) { voteCount } }`;
    await manager.client.ok(onBehalf, { p: post.id, m: customer.member.id });
    // The member voting themselves later changes nothing: still one vote.
    await customer.client.ok(`mutation($id: ID!) { vote(postId: $id) { voteCount } }`, { id: post.id });

    const staffView = await manager.client.ok(VOTERS, { id: post.id });
    expect(staffView.post).toEqual({ voteCount: 1, voters: [{ member: { displayName: "Customer on the phone" }, castBy: { displayName: "Maria" } }] });
    const memberView = await reader.client.ok(VOTERS, { id: post.id });
    expect(memberView.post).toEqual({ voteCount: 1, voters: null });
  });
});
