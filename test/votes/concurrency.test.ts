import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
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

  it("votes arriving while a merge runs are neither lost nor counted twice", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const author = await buildMember(app);
    const duplicate = await buildPost(app, { author: author.member });
    const target = await buildPost(app, { author: author.member });
    // Earlier voters: some on one post, some on both (they must count once after the merge).
    const early = await Promise.all(Array.from({ length: 12 }, () => buildMember(app)));
    for (const [index, voter] of early.entries()) {
      if (index % 3 !== 1) await voter.client.ok(VOTE, { id: duplicate.id });
      if (index % 3 !== 0) await voter.client.ok(VOTE, { id: target.id });
    }
    // Voters arriving during the merge: on the duplicate, on the target, or on both.
    const late = await Promise.all(Array.from({ length: 45 }, () => buildMember(app)));
    const lateVotes = late.flatMap((voter, index) => {
      const posts = index % 3 === 0 ? [duplicate.id] : index % 3 === 1 ? [target.id] : [duplicate.id, target.id];
      return posts.map((postId) => ({ voter, postId }));
    });
    const half = Math.floor(lateVotes.length / 2);
    const voting = lateVotes.map(async ({ voter, postId }, index) => {
      // Half the votes are sent before the merge, half right after it, so they interleave with it.
      if (index >= half) await new Promise((resolve) => setImmediate(resolve));
      return { voter, postId, result: await voter.client.request(VOTE, { id: postId }) };
    });
    const merging = manager.client.request(`mutation($d: ID!, $t: ID!) { mergePosts(duplicateId: $d, targetId: $t) { id } }`, { d: duplicate.id, t: target.id });
    const [merged, ...outcomes] = await Promise.all([merging, ...voting]);
    expect(merged.errors).toBeUndefined();

    // A vote is either counted (it succeeded) or refused because the post was merged — never silently dropped.
    const refused = outcomes.filter((outcome) => outcome.result.errors);
    for (const { postId, result } of refused) {
      expect(postId).toBe(duplicate.id);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "POST_MERGED" });
    }
    const counted = new Set([
      ...early.map((voter) => voter.member.id),
      ...outcomes.filter((outcome) => !outcome.result.errors).map((outcome) => outcome.voter.member.id),
    ]);
    const voters: { member_id: string }[] = await app.orm.em.fork().execute(`select member_id from vote where post_id = ?`, [target.id]);
    expect(new Set(voters.map((row) => row.member_id))).toEqual(counted);
    expect(await countsOf(app, target.id)).toEqual({ voteCount: counted.size, actual: counted.size });
    expect(await countsOf(app, duplicate.id)).toEqual({ voteCount: 0, actual: 0 });
  });
});
