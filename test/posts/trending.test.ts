import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshTrendingScores } from "../../server/posts/trending.js";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const DAY = 86_400_000;
const TRENDING = `query($board: ID!) { posts(first: 10, sort: TRENDING, filter: { board: $board }) { nodes { title } } }`;
const VOTE = `mutation($postId: ID!) { vote(postId: $postId) { id voteCount } }`;

describe("the stored TRENDING score", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("a new post has its age weight, each vote adds its weight at once, and the refresh lets old votes age out", async () => {
    const board = await buildBoard(app);
    const author = await buildMember(app);
    const older = await buildPost(app, { author: author.member, board, title: "Twenty days old", createdAt: new Date(Date.now() - 20 * DAY) });
    await buildPost(app, { author: author.member, board, title: "Five days old", createdAt: new Date(Date.now() - 5 * DAY) });
    const trending = async () => (await author.client.ok(TRENDING, { board: board.id })).posts.nodes.map((post: { title: string }) => post.title);
    expect(await trending()).toEqual(["Five days old", "Twenty days old"]);

    // (1 + 5) / 22^1.2 ≈ 0.147 beats 1 / 7^1.2 ≈ 0.097, without waiting for the job.
    const voters = await Promise.all(Array.from({ length: 5 }, () => buildMember(app)));
    for (const voter of voters) await voter.client.ok(VOTE, { postId: older.id });
    expect(await trending()).toEqual(["Twenty days old", "Five days old"]);

    // The same votes, cast three weeks ago, count no more once the job has run.
    const em = app.orm.em.fork();
    await em.execute(`update vote set created_at = now() - interval '21 days' where post_id = ?`, [older.id]);
    expect(await trending()).toEqual(["Twenty days old", "Five days old"]);
    expect(await refreshTrendingScores(em)).toBeGreaterThan(0);
    expect(await trending()).toEqual(["Five days old", "Twenty days old"]);
    // A second run finds nothing to move.
    expect(await refreshTrendingScores(em)).toBe(0);
  });

  it("a refresh that moves only scores is not a live update; a vote is, naming the post", async () => {
    const board = await buildBoard(app);
    const author = await buildMember(app);
    const post = await buildPost(app, { author: author.member, board, createdAt: new Date(Date.now() - 3 * DAY) });
    const listener = new pg.Client({ connectionString: app.orm.config.get("clientUrl") });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    try {
      await listener.query("listen post_changed");
      const em = app.orm.em.fork();
      await em.execute(`update post set trending_score = 0 where id = ?`, [post.id]);
      expect(await refreshTrendingScores(em)).toBeGreaterThan(0);
      const voter = await buildMember(app);
      await voter.client.ok(VOTE, { postId: post.id });
      await eventually(async () => heard.includes(post.id), 5_000, "the vote's notification");
      // The zeroing and the refresh (committed before the vote, so heard first if at all) sent nothing.
      expect(heard.filter((id) => id === post.id)).toEqual([post.id]);
    } finally {
      await listener.end();
    }
  });
});
