import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { Post } from "../../server/posts/post.entity.js";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { TrackerLink } from "../../server/trackers/tracker-link.entity.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { collect, subscriptionClient } from "../support/live-client.js";

const POST_CHANGED = `subscription($id: ID!) { postChanged(id: $id) { id status voteCount viewerHasVoted timeline { toStatus publicNote } } }`;

describe("live post updates over WebSocket", () => {
  let app: TestApp;
  let manager: SignedInMember;
  let member: SignedInMember;
  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER });
    member = await buildMember(app);
  });
  afterAll(() => app.close());

  it("a member's open post page hears about a status change and a vote as they commit", async () => {
    const post = await buildPost(app, { author: member.member });
    const ws = subscriptionClient(app, member);
    const stream = collect<{ postChanged: any }>(ws, POST_CHANGED, { id: post.id });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the subscription register

    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED, input: { note: "Next sprint" }) { status } }`, { id: post.id });
    let event = await stream.next();
    while (event.postChanged.status !== "PLANNED") event = await stream.next();
    expect(event.postChanged.timeline.at(-1)).toEqual({ toStatus: "PLANNED", publicNote: "Next sprint" });

    await member.client.ok(`mutation($id: ID!) { vote(postId: $id) { voteCount } }`, { id: post.id });
    event = await stream.next();
    while (event.postChanged.voteCount !== 1) event = await stream.next();
    expect(event.postChanged.viewerHasVoted).toBe(true);
    stream.dispose();
    await ws.dispose();
  });

  it("staff hear a tracker link's progress (a failed attempt, then linked) without polling", async () => {
    const post = await buildPost(app, { author: member.member });
    const em = app.orm.em.fork();
    const connection = em.create(TrackerConnection, {
      kind: TrackerKind.JIRA,
      name: "Jira (live)",
      settings: { baseUrl: "http://127.0.0.1:9", email: null, projectKey: "RT", issueType: "Task" },
      sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: "t", webhookSecret: null })),
    });
    const link = em.create(TrackerLink, { post: em.getReference(Post, post.id), connection });
    await em.flush();
    const ws = subscriptionClient(app, manager);
    const stream = collect<{ postChanged: { trackerLinks: Array<{ state: string; attempts: number; lastError: string | null }> } }>(
      ws,
      `subscription($id: ID!) { postChanged(id: $id) { trackerLinks { state attempts lastError } } }`,
      { id: post.id },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // What the tracker job writes after a refused connection, and after the tracker answered.
    await em.getConnection().execute(`update tracker_link set attempts = 1, last_error = 'Could not reach Jira' where id = ?`, [link.id]);
    expect((await stream.next()).postChanged.trackerLinks).toEqual([{ state: "PENDING", attempts: 1, lastError: "Could not reach Jira" }]);
    await em.getConnection().execute(`update tracker_link set state = 'LINKED', attempts = 0, last_error = null, issue_id = '1', issue_key = 'RT-1' where id = ?`, [link.id]);
    expect((await stream.next()).postChanged.trackerLinks).toEqual([{ state: "LINKED", attempts: 0, lastError: null }]);
    stream.dispose();
    await ws.dispose();
  });

  it("does not deliver changes of other posts", async () => {
    const watched = await buildPost(app, { author: member.member });
    const other = await buildPost(app, { author: member.member });
    const ws = subscriptionClient(app, null);
    const stream = collect<{ postChanged: { id: string } }>(ws, POST_CHANGED, { id: watched.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED) { status } }`, { id: other.id });
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: UNDER_REVIEW) { status } }`, { id: watched.id });
    const event = await stream.next();
    expect(event.postChanged.id).toBe(watched.id);
    stream.dispose();
    await ws.dispose();
  });

  it("refuses queries and mutations over WebSocket", async () => {
    const ws = subscriptionClient(app, member);
    const stream = collect(ws, `mutation { logOut }`, {});
    await expect(stream.next(3000)).rejects.toThrow(/Only subscriptions/);
    await ws.dispose();
  });
});
