/**
 * The roadmap as the server groups it: one column per roadmap status in the statuses' order, active
 * work by votes, delivered work shipped lately and newest first with the entry that announced it,
 * filtered by board and kind, and only statuses and posts the viewer may see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostKind } from "../../server/posts/post-enums.js";
import { Role } from "../../server/members/role.js";
import { buildBoard, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const ROADMAP = `query($boardId: ID, $kind: PostKind) {
  roadmap(first: 5, boardId: $boardId, kind: $kind) { status { key category } totalCount posts { id voteCount shippedAt answeredIn { id } } }
}`;
interface Column {
  status: { key: string; category: string };
  totalCount: number;
  posts: { id: string; voteCount: number; shippedAt: string | null; answeredIn: { id: string }[] }[];
}

describe("roadmap", () => {
  let app: TestApp;
  let member: SignedInMember;
  let manager: SignedInMember;
  const sql = (query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    app = await startTestApp();
    member = await buildMember(app);
    manager = await buildMember(app, { role: Role.MANAGER });
  });
  afterAll(() => app.close());

  it("groups posts by roadmap status: active by votes, recently shipped newest first with their entry; filters by board and kind", async () => {
    const board = await buildBoard(app);
    const other = await buildBoard(app);
    const planned = await Promise.all([3, 9, 5].map(async (votes) => {
      const post = await buildPost(app, { author: member.member, board });
      await sql(`update post set status = 'PLANNED', vote_count = ? where id = ?`, [votes, post.id]);
      return { id: post.id, votes };
    }));
    const bug = await buildPost(app, { author: member.member, board, kind: PostKind.BUG });
    await sql(`update post set status = 'PLANNED' where id = ?`, [bug.id]);
    const elsewhere = await buildPost(app, { author: member.member, board: other });
    await sql(`update post set status = 'PLANNED' where id = ?`, [elsewhere.id]);
    const [lately, earlier, longAgo] = await Promise.all([1, 10, 200].map(async (daysAgo) => {
      const post = await buildPost(app, { author: member.member, board });
      await sql(`update post set status = 'SHIPPED', shipped_at = now() - make_interval(days => ?) where id = ?`, [daysAgo, post.id]);
      return post;
    }));
    const entryId = (await sql(
      `insert into changelog_entry (id, title, category_id, state, published_at) select gen_random_uuid(), 'Shipped', id, 'PUBLISHED', now() from changelog_category limit 1 returning id`,
    ))[0].id;
    await sql(`insert into changelog_entry_post (changelog_entry_id, post_id) values (?, ?)`, [entryId, lately.id]);

    const { roadmap } = await member.client.ok<{ roadmap: Column[] }>(ROADMAP, { boardId: board.id, kind: "IDEA" });
    const statuses = (await sql(`select key from post_status where on_roadmap and archived_at is null and public order by position`)).map((row) => row.key as string);
    expect(roadmap.map((column) => column.status.key)).toEqual(statuses);
    const byKey = Object.fromEntries(roadmap.map((column) => [column.status.key, column]));
    expect(byKey.PLANNED.posts.map((post) => post.id)).toEqual([...planned].sort((a, b) => b.votes - a.votes).map((post) => post.id));
    expect(byKey.PLANNED.totalCount).toBe(3);
    expect(byKey.SHIPPED.posts.map((post) => post.id)).toEqual([lately.id, earlier.id]);
    expect(byKey.SHIPPED.posts.map((post) => post.id)).not.toContain(longAgo.id);
    expect(byKey.SHIPPED.posts[0].answeredIn).toEqual([{ id: entryId }]);

    const bugs = (await member.client.ok<{ roadmap: Column[] }>(ROADMAP, { boardId: board.id, kind: "BUG" })).roadmap;
    expect(bugs.find((column) => column.status.key === "PLANNED")!.posts.map((post) => post.id)).toEqual([bug.id]);
    const everywhere = (await member.client.ok<{ roadmap: Column[] }>(ROADMAP, {})).roadmap;
    expect(everywhere.find((column) => column.status.key === "PLANNED")!.posts.map((post) => post.id)).toContain(elsewhere.id);
  });

  it("a status the community does not see is a column for staff only", async () => {
    await sql(
      `insert into post_status (key, name_en, name_de, color, category, position, on_roadmap, public) values ('STAFF_REVIEW', 'Staff review', 'Interne Prüfung', '#777777', 'ACTIVE', 50, true, false)`,
    );
    const post = await buildPost(app, { author: manager.member });
    await sql(`update post set status = 'STAFF_REVIEW' where id = ?`, [post.id]);
    const keys = async (client: SignedInMember["client"]) => (await client.ok<{ roadmap: Column[] }>(ROADMAP, {})).roadmap.map((column) => column.status.key);
    expect(await keys(member.client)).not.toContain("STAFF_REVIEW");
    expect(await keys(app.client())).not.toContain("STAFF_REVIEW");
    const staffView = (await manager.client.ok<{ roadmap: Column[] }>(ROADMAP, {})).roadmap.find((column) => column.status.key === "STAFF_REVIEW");
    expect(staffView?.posts.map((entry) => entry.id)).toEqual([post.id]);
  });

  it("an unknown board lists nothing; a malformed id is refused as bad input", async () => {
    const { roadmap } = await member.client.ok<{ roadmap: Column[] }>(ROADMAP, { boardId: "00000000-0000-4000-8000-000000000000" });
    expect(roadmap.every((column) => column.totalCount === 0 && column.posts.length === 0)).toBe(true);
    const refused = await member.client.request(ROADMAP, { boardId: "not-a-board" });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "boardId", reason: "INVALID_ID" });
  });
});
