import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const VOTE = `mutation($id: ID!) { vote(postId: $id) { voteCount } }`;

async function countsOf(app: TestApp, postId: string) {
  const rows: { vote_count: number; actual: string }[] = await app.orm.em.fork().execute(
    `select vote_count, (select count(*) from vote where post_id = post.id) as actual from post where id = ?`,
    [postId],
  );
  return { voteCount: rows[0].vote_count, actual: Number(rows[0].actual) };
}

describe("votes under concurrency", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("50 concurrent identical votes by one member count once", async () => {
    const voter = await buildMember(app);
    const post = await buildPost(app, { author: voter.member });
    const results = await Promise.all(Array.from({ length: 50 }, () => voter.client.request(VOTE, { id: post.id })));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await countsOf(app, post.id)).toEqual({ voteCount: 1, actual: 1 });
  });

  it("200 members voting at once on one post: voteCount 200 = COUNT(*)", async () => {
    const author = await buildMember(app);
    const post = await buildPost(app, { author: author.member });
    const voters = await Promise.all(Array.from({ length: 200 }, () => buildMember(app)));
    const results = await Promise.all(voters.map((voter) => voter.client.request(VOTE, { id: post.id })));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await countsOf(app, post.id)).toEqual({ voteCount: 200, actual: 200 });
  });

  it("votes and unvotes interleaved by many members never drift", async () => {
    const author = await buildMember(app);
    const post = await buildPost(app, { author: author.member });
    const voters = await Promise.all(Array.from({ length: 40 }, () => buildMember(app)));
    const UNVOTE = `mutation($id: ID!) { unvote(postId: $id) { voteCount } }`;
    await Promise.all(voters.flatMap((voter, index) => [
      voter.client.request(VOTE, { id: post.id }),
      index % 2 === 0 ? voter.client.request(UNVOTE, { id: post.id }) : voter.client.request(VOTE, { id: post.id }),
    ]));
    const { voteCount, actual } = await countsOf(app, post.id);
    expect(voteCount).toBe(actual);
    expect(actual).toBeGreaterThanOrEqual(20);
  });
});
