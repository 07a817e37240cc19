/**
 * `post.comment_count` under concurrent deletes: only the delete that actually changed a row moves
 * the counter, so it always equals the number of public comments that are not deleted; and every
 * denormalized counter has a check constraint that keeps it at zero or above.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const ADD = `mutation($postId: ID!, $body: String!, $internal: Boolean) { addComment(input: { postId: $postId, body: $body, internal: $internal }) { id } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id deletedAt } }`;

let app: TestApp;
let author: SignedInMember;
let moderator: SignedInMember;
beforeAll(async () => {
  app = await startTestApp();
  author = await buildMember(app);
  moderator = await buildMember(app, { role: Role.MODERATOR });
});
afterAll(() => app.close());

async function countsOf(postId: string) {
  const [row]: { comment_count: number; actual: string }[] = await app.orm.em.fork().execute(
    `select comment_count, (select count(*) from comment where post_id = post.id and visibility = 'PUBLIC' and deleted_at is null) as actual from post where id = ?`,
    [postId],
  );
  return { commentCount: row.comment_count, actual: Number(row.actual) };
}

const commentCountOf = async (postId: string) =>
  (await app.client().ok(`query($id: ID!) { post(id: $id) { commentCount } }`, { id: postId })).post.commentCount as number;

describe("comment counts under concurrent deletes", () => {
  it("three concurrent deletes of a post's only comment: one succeeds, the others are NOT_FOUND, the count is 0", async () => {
    const post = await buildPost(app, { author: author.member });
    const { addComment } = await author.client.ok(ADD, { postId: post.id, body: "Only comment" });
    const results = await Promise.all([author.client, moderator.client, author.client].map((client) => client.request(DELETE, { id: addComment.id })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(codeOf)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    expect(await commentCountOf(post.id)).toBe(0);
    expect(await countsOf(post.id)).toEqual({ commentCount: 0, actual: 0 });
  });

  it("60 comments, 30 deleted twice each at once, with more added meanwhile: the count equals COUNT(*)", async () => {
    const post = await buildPost(app, { author: author.member });
    const ids: string[] = [];
    ids.push(...(await Promise.all(Array.from({ length: 60 }, (_, i) => author.client.ok(ADD, { postId: post.id, body: `Comment ${i}` })))).map((r) => r.addComment.id));
    await Promise.all([
      ...ids.slice(0, 30).flatMap((id) => [author.client.request(DELETE, { id }), moderator.client.request(DELETE, { id })]),
      ...Array.from({ length: 10 }, (_, i) => author.client.ok(ADD, { postId: post.id, body: `Meanwhile ${i}` })),
      ...Array.from({ length: 5 }, (_, i) => moderator.client.ok(ADD, { postId: post.id, body: `Internal ${i}`, internal: true })),
    ]);
    expect(await countsOf(post.id)).toEqual({ commentCount: 40, actual: 40 });
  });

  it("deleting an internal note leaves the public count alone", async () => {
    const post = await buildPost(app, { author: author.member });
    await author.client.ok(ADD, { postId: post.id, body: "Public" });
    const note = (await moderator.client.ok(ADD, { postId: post.id, body: "Internal", internal: true })).addComment.id;
    await Promise.all([moderator.client.request(DELETE, { id: note }), moderator.client.request(DELETE, { id: note })]);
    expect(await countsOf(post.id)).toEqual({ commentCount: 1, actual: 1 });
  });
});

describe("check constraints on denormalized counters", () => {
  /** Every integer column named *_count in the schema's own tables. */
  it("refuses a negative value in every counter column", async () => {
    const em = app.orm.em.fork();
    const columns: { table_name: string; column_name: string }[] = await em.execute(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_name like '%\\_count' and data_type = 'integer' order by 1, 2`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(["post.comment_count", "post.vote_count"]);
    const post = await buildPost(app, { author: author.member });
    for (const { table_name, column_name } of columns) {
      await expect(em.execute(`update "${table_name}" set "${column_name}" = -1 where id = ?`, [post.id]), `${table_name}.${column_name}`).rejects.toThrow(/check constraint/);
    }
  });
});
