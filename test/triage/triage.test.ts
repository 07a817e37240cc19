import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildBoard, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { shipWithoutChangelog } from "../support/changelog-settings.js";

const TIMELINE = `query($id: ID!) { post(id: $id) { status voteCount mergedInto { id }
  timeline { type source fromStatus toStatus publicNote internalDetails actor { displayName } relatedPost { id } } } }`;

describe("triage by a manager", () => {
  let app: TestApp;
  let manager: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER, displayName: "Maria" });
    member = await buildMember(app, { role: Role.MEMBER });
    await shipWithoutChangelog(manager);
  });
  afterAll(() => app.close());

  it("sets a status with a public note that members see on the timeline", async () => {
    const post = await buildPost(app, { author: member.member });
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED, input: { note: "Coming next quarter" }) { status } }`, { id: post.id });
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: IN_PROGRESS) { status } }`, { id: post.id });

    const seen = await member.client.ok(TIMELINE, { id: post.id });
    expect(seen.post.status).toBe("IN_PROGRESS");
    expect(seen.post.timeline.map((event: { type: string; fromStatus: string; toStatus: string; publicNote: string | null }) =>
      [event.type, event.fromStatus, event.toStatus, event.publicNote])).toEqual([
      ["STATUS_CHANGED", "OPEN", "PLANNED", "Coming next quarter"],
      ["STATUS_CHANGED", "PLANNED", "IN_PROGRESS", null],
    ]);
    expect(seen.post.timeline[0]).toMatchObject({ source: "MANUAL", actor: { displayName: "Maria" } });
  });

  it("records the time of first triage and of shipping", async () => {
    const post = await buildPost(app, { author: member.member });
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: SHIPPED) { status } }`, { id: post.id });
    const row: { first_triaged_at: string | null; shipped_at: string | null }[] = await app.orm.em.fork().execute(`select first_triaged_at, shipped_at from post where id = ?`, [post.id]);
    expect(row[0].first_triaged_at).not.toBeNull();
    expect(row[0].shipped_at).not.toBeNull();
  });

  it("tags and untags idempotently", async () => {
    const post = await buildPost(app, { author: member.member });
    const tag = await buildTag(app, "performance");
    const tagPost = `mutation($p: ID!, $t: ID!) { tagPost(postId: $p, tagId: $t) { tags { name } } }`;
    await manager.client.ok(tagPost, { p: post.id, t: tag.id });
    expect((await manager.client.ok(tagPost, { p: post.id, t: tag.id })).tagPost.tags).toEqual([{ name: "performance" }]);
    const filtered = await member.client.ok(`query($t: ID!) { posts(filter: { tag: $t }) { totalCount nodes { id } } }`, { t: tag.id });
    expect(filtered.posts.nodes).toEqual([{ id: post.id }]);
    const untagged = await manager.client.ok(`mutation($p: ID!, $t: ID!) { untagPost(postId: $p, tagId: $t) { tags { name } } }`, { p: post.id, t: tag.id });
    expect(untagged.untagPost.tags).toEqual([]);
  });

  it("moves a post to another board and says so on the timeline", async () => {
    const from = await buildBoard(app, { name: "Web" });
    const to = await buildBoard(app, { name: "API" });
    const post = await buildPost(app, { author: member.member, board: from });
    const moved = await manager.client.ok(`mutation($p: ID!, $b: ID!) { movePost(postId: $p, boardId: $b) { board { name } timeline { type publicNote } } }`, { p: post.id, b: to.id });
    expect(moved.movePost.board.name).toBe("API");
    expect(moved.movePost.timeline.at(-1)).toEqual({ type: "BOARD_CHANGED", publicNote: "Moved from Web to API" });
  });

  it("merges a duplicate: votes move, a member who voted on both counts once, both timelines record it", async () => {
    const target = await buildPost(app, { author: member.member, title: "Dark mode" });
    const duplicate = await buildPost(app, { author: member.member, title: "Night theme please" });
    const voters = await Promise.all([1, 2, 3].map(() => buildMember(app)));
    const vote = `mutation($id: ID!) { vote(postId: $id) { voteCount } }`;
    // voter 0 votes on both; voter 1 only on the duplicate; voter 2 only on the target.
    await voters[0].client.ok(vote, { id: target.id });
    await voters[0].client.ok(vote, { id: duplicate.id });
    await voters[1].client.ok(vote, { id: duplicate.id });
    await voters[2].client.ok(vote, { id: target.id });

    const merged = await manager.client.ok(
      `mutation($d: ID!, $t: ID!) { mergePosts(duplicateId: $d, targetId: $t, input: { note: "Same request" }) { id voteCount } }`,
      { d: duplicate.id, t: target.id },
    );
    expect(merged.mergePosts).toEqual({ id: target.id, voteCount: 3 });
    const counted: { n: string }[] = await app.orm.em.fork().execute(`select count(*) as n from vote where post_id = ?`, [target.id]);
    expect(Number(counted[0].n)).toBe(3);

    const dup = await member.client.ok(TIMELINE, { id: duplicate.id });
    expect(dup.post).toMatchObject({ status: "DUPLICATE", voteCount: 0, mergedInto: { id: target.id } });
    expect(dup.post.timeline.at(-1)).toMatchObject({ type: "MERGED_INTO", toStatus: "DUPLICATE", publicNote: "Same request", relatedPost: { id: target.id } });
    const tgt = await member.client.ok(TIMELINE, { id: target.id });
    expect(tgt.post.timeline.at(-1)).toMatchObject({ type: "MERGED_FROM", relatedPost: { id: duplicate.id } });

    // The duplicate is gone from the default list and takes no new votes.
    const list = await member.client.ok(`{ posts(first: 100) { nodes { id } } }`);
    expect(list.posts.nodes.map((post: { id: string }) => post.id)).not.toContain(duplicate.id);
    const late = await voters[2].client.request(vote, { id: duplicate.id });
    expect(late.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it("records a public update without a status change", async () => {
    const post = await buildPost(app, { author: member.member });
    await manager.client.ok(`mutation($id: ID!) { postUpdate(postId: $id, input: { note: "Looking into it" }) { id } }`, { id: post.id });
    const seen = await member.client.ok(TIMELINE, { id: post.id });
    expect(seen.post.timeline.at(-1)).toMatchObject({ type: "NOTE", publicNote: "Looking into it", toStatus: null });
    expect(seen.post.status).toBe("OPEN");
  });

  it("manages boards and tags: create, rename, archive", async () => {
    const created = await manager.client.ok(`mutation { createBoard(input: { name: "Desktop App", description: "Windows and macOS" }) { id slug name } }`);
    expect(created.createBoard).toMatchObject({ slug: "desktop-app", name: "Desktop App" });
    const renamed = await manager.client.ok(`mutation($id: ID!) { updateBoard(id: $id, input: { name: "Desktop" }) { name slug } }`, { id: created.createBoard.id });
    expect(renamed.updateBoard).toEqual({ name: "Desktop", slug: "desktop" });
    await manager.client.ok(`mutation($id: ID!) { updateBoard(id: $id, input: { archived: true }) { archivedAt } }`, { id: created.createBoard.id });
    const boards = await member.client.ok(`{ boards { name } }`);
    expect(boards.boards.map((board: { name: string }) => board.name)).not.toContain("Desktop");

    const tag = await manager.client.ok(`mutation { createTag(input: { name: "billing", color: "#16a34a" }) { id name color } }`);
    expect(tag.createTag).toMatchObject({ name: "billing", color: "#16a34a" });
    const duplicateName = await manager.client.request(`mutation { createTag(input: { name: "billing" }) { id } }`);
    expect(duplicateName.errors?.[0].extensions?.code).toBe("CONFLICT");
  });
});
