/**
 * The filters and sorts the triage inbox needs, done by the server: linked / not linked to a tracker
 * issue, waiting longer than some time, oldest first — combined with kind, board and status.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { PostKind } from "../../server/posts/post-enums.js";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const INBOX = `query($filter: PostFilter, $sort: PostSort!) { posts(first: 20, sort: $sort, filter: $filter) { totalCount nodes { title } } }`;
const DAY = 86_400_000;

describe("triage inbox filters", () => {
  let app: TestApp;
  let boardId = "";
  const titles = async (filter: Record<string, unknown>, sort = "TOP") =>
    ((await app.client().ok(INBOX, { filter: { status: ["OPEN"], board: boardId, ...filter }, sort })).posts.nodes as { title: string }[]).map((post) => post.title);

  beforeAll(async () => {
    app = await startTestApp();
    const { member } = await buildMember(app);
    const board = await buildBoard(app);
    boardId = board.id;
    const linked = await buildPost(app, { author: member, board, title: "Linked, ten days old", createdAt: new Date(Date.now() - 10 * DAY) });
    await buildPost(app, { author: member, board, title: "Unlinked bug, three days old", kind: PostKind.BUG, createdAt: new Date(Date.now() - 3 * DAY) });
    await buildPost(app, { author: member, board, title: "Unlinked, an hour old", createdAt: new Date(Date.now() - 3_600_000) });
    const em = app.orm.em.fork();
    const connection = em.create(TrackerConnection, {
      kind: TrackerKind.JIRA,
      name: "Jira",
      settings: { baseUrl: "http://127.0.0.1:9", projectKey: "RT", issueType: "Task" },
      sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: "x", webhookSecret: null })),
    });
    await em.flush();
    await em.getConnection().execute(
      `insert into tracker_link (id, post_id, connection_id, state, idempotency_key) values (?, ?, ?, 'PENDING', ?)`,
      [randomUUID(), linked.id, connection.id, `key-${randomUUID()}`],
    );
  });
  afterAll(() => app.close());

  it("filters by tracker link, by age and by kind, and sorts oldest first", async () => {
    expect(await titles({ linked: true })).toEqual(["Linked, ten days old"]);
    expect(await titles({ linked: false }, "OLDEST")).toEqual(["Unlinked bug, three days old", "Unlinked, an hour old"]);
    expect(await titles({ createdBefore: new Date(Date.now() - DAY).toISOString() }, "OLDEST")).toEqual(["Linked, ten days old", "Unlinked bug, three days old"]);
    expect(await titles({ linked: false, kind: "BUG", createdBefore: new Date(Date.now() - DAY).toISOString() })).toEqual(["Unlinked bug, three days old"]);
    expect(await titles({}, "OLDEST")).toEqual(["Linked, ten days old", "Unlinked bug, three days old", "Unlinked, an hour old"]);
  });
});
