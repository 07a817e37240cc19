/**
 * What the server says the viewer may do (`post.viewerCan`, `comment.viewerCan`, `me.can`) is what
 * the operations actually let them do: for every capability field in the schema and every role
 * (and anonymous), the field is read and the operation it answers for is tried; the two must agree.
 * A capability field with no operation listed here fails the test, so a new one cannot go untried.
 *
 * "Allowed" means the call got past authorization: no error, or NOT_FOUND where the call names an
 * id that does not exist on purpose (so allowed calls change nothing). "Refused" means FORBIDDEN or
 * UNAUTHENTICATED; any other answer is a broken fixture and fails the test.
 */
import { randomUUID } from "node:crypto";
import { getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSchema } from "../../server/graphql/schema.js";
import type { Member } from "../../server/members/member.entity.js";
import { Role } from "../../server/members/role.js";
import type { Board } from "../../server/boards/board.entity.js";
import type { Tag } from "../../server/boards/tag.entity.js";
import { buildBoard, buildMember, buildPost, buildTag } from "../factories/index.js";
import { codeOf, type GraphQLClient, type GraphQLResult } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

type Actor = "ANONYMOUS" | keyof typeof Role;
const ACTORS: Actor[] = ["ANONYMOUS", ...(Object.keys(Role) as (keyof typeof Role)[])];

/** Ids that exist nowhere: an authorized call then ends in NOT_FOUND and writes nothing. */
const NOWHERE = randomUUID();

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** For a read: whether the data shows the thing (e.g. voters not null). Default: it is allowed when authorized. */
  sees?: (data: any) => boolean;
}

interface Fixture {
  actor: Actor;
  me: Member | null;
  postId: string;
  commentId: string;
}

let app: TestApp;
const clients = {} as Record<Actor, { client: GraphQLClient; me: Member | null }>;
let someone: Member;
let board: Board;
let otherBoard: Board;
let tag: Tag;

beforeAll(async () => {
  app = await startTestApp();
  clients.ANONYMOUS = { client: app.client(), me: null };
  for (const role of Object.keys(Role) as (keyof typeof Role)[]) {
    const { client, member } = await buildMember(app, { role: Role[role] });
    clients[role] = { client, me: member };
  }
  someone = (await buildMember(app)).member;
  board = await buildBoard(app);
  otherBoard = await buildBoard(app);
  tag = await buildTag(app);
});
afterAll(() => app.close());

const sql = (query: string, params: unknown[] = []) => app.orm.em.fork().execute(query, params);

/** A fresh post (and a public comment on it) by `author`, so no call sees another's effects. */
async function fixture(actor: Actor, author: Member): Promise<Fixture> {
  const post = await buildPost(app, { author, board });
  const commentId = randomUUID();
  await sql(`insert into comment (id, post_id, author_id, body, visibility) values (?, ?, ?, 'a comment', 'PUBLIC')`, [commentId, post.id, author.id]);
  await sql(`update post set comment_count = comment_count + 1 where id = ?`, [post.id]);
  return { actor, me: clients[actor].me, postId: post.id, commentId };
}

const POST_CAPABILITIES: Record<string, (f: Fixture) => Call[]> = {
  edit: ({ postId }) => [{ query: `mutation($id: ID!) { editPost(id: $id, input: { title: "A better title for this" }) { id } }`, variables: { id: postId } }],
  follow: ({ postId }) => [
    { query: `mutation($id: ID!) { followPost(id: $id) { id } }`, variables: { id: postId } },
    { query: `mutation($id: ID!) { unfollowPost(id: $id) { id } }`, variables: { id: postId } },
  ],
  vote: ({ postId }) => [
    { query: `mutation($id: ID!) { vote(postId: $id) { id } }`, variables: { id: postId } },
    { query: `mutation($id: ID!) { unvote(postId: $id) { id } }`, variables: { id: postId } },
  ],
  voteOnBehalf: ({ postId }) => [{ query: `mutation($id: ID!, $m: ID!) { voteOnBehalf(postId: $id, memberId: $m) { id } }`, variables: { id: postId, m: someone.id } }],
  seeVoters: ({ postId }) => [{ query: `query($id: ID!) { post(id: $id) { voters { createdAt } } }`, variables: { id: postId }, sees: (data) => data.post.voters !== null }],
  comment: ({ postId }) => [{ query: `mutation($id: ID!) { addComment(input: { postId: $id, body: "Me too ${randomUUID()}" }) { id } }`, variables: { id: postId } }],
  writeInternalNote: ({ postId }) => [
    { query: `mutation($id: ID!) { addComment(input: { postId: $id, body: "For the team", internal: true }) { id } }`, variables: { id: postId } },
  ],
  setStatus: ({ postId }) => [{ query: `mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED) { id } }`, variables: { id: postId } }],
  postUpdate: ({ postId }) => [{ query: `mutation($id: ID!) { postUpdate(postId: $id, input: { note: "Work has started" }) { id } }`, variables: { id: postId } }],
  tag: ({ postId }) => [
    { query: `mutation($id: ID!, $t: ID!) { tagPost(postId: $id, tagId: $t) { id } }`, variables: { id: postId, t: tag.id } },
    { query: `mutation($id: ID!, $t: ID!) { untagPost(postId: $id, tagId: $t) { id } }`, variables: { id: postId, t: tag.id } },
  ],
  move: ({ postId }) => [{ query: `mutation($id: ID!, $b: ID!) { movePost(postId: $id, boardId: $b) { id } }`, variables: { id: postId, b: otherBoard.id } }],
  merge: ({ postId }) => [{ query: `mutation($id: ID!) { mergePosts(duplicateId: $id, targetId: "${NOWHERE}") { id } }`, variables: { id: postId } }],
  linkIssue: ({ postId }) => [
    { query: `mutation($id: ID!) { createTrackerIssue(postId: $id, connectionId: "${NOWHERE}") { id } }`, variables: { id: postId } },
    { query: `mutation { unlinkTrackerIssue(linkId: "${NOWHERE}") { id } }` },
    { query: `mutation { retryTrackerLink(linkId: "${NOWHERE}") { id } }` },
  ],
  setLinkRule: ({ postId }) => [{ query: `mutation($id: ID!) { setPostLinkRule(postId: $id, rule: ANY) { id } }`, variables: { id: postId } }],
  // Last: a moderator's flag hides the post.
  flag: ({ postId }) => [{ query: `mutation($id: ID!) { flagContent(target: { kind: POST, id: $id }, reason: SPAM) { id } }`, variables: { id: postId } }],
};

const COMMENT_CAPABILITIES: Record<string, (f: Fixture) => Call[]> = {
  edit: ({ commentId }) => [{ query: `mutation($id: ID!) { editComment(id: $id, input: { body: "Reworded" }) { id } }`, variables: { id: commentId } }],
  flag: ({ commentId }) => [{ query: `mutation($id: ID!) { flagContent(target: { kind: COMMENT, id: $id }, reason: SPAM) { id } }`, variables: { id: commentId } }],
  delete: ({ commentId }) => [{ query: `mutation($id: ID!) { deleteComment(id: $id) { id } }`, variables: { id: commentId } }],
};

const VIEWER_CAPABILITIES: Record<string, Call[]> = {
  setPostStatus: [{ query: `mutation { setPostStatus(postId: "${NOWHERE}", status: PLANNED) { id } }` }],
  tagPosts: [{ query: `mutation { tagPost(postId: "${NOWHERE}", tagId: "${NOWHERE}") { id } }` }],
  movePosts: [{ query: `mutation { movePost(postId: "${NOWHERE}", boardId: "${NOWHERE}") { id } }` }],
  mergePosts: [{ query: `mutation { mergePosts(duplicateId: "${NOWHERE}", targetId: "${randomUUID()}") { id } }` }],
  manageBoardsAndTags: [
    { query: `mutation { updateBoard(id: "${NOWHERE}", input: { name: "Renamed" }) { id } }` },
    { query: `mutation { updateTag(id: "${NOWHERE}", input: { name: "Renamed" }) { id } }` },
  ],
  viewTrackerConnections: [{ query: `{ trackerConnections { id } }` }],
  manageTrackerConnections: [
    { query: `mutation { deleteTrackerConnection(id: "${NOWHERE}") }` },
    { query: `mutation { testTrackerConnection(id: "${NOWHERE}") { ok } }` },
  ],
  editStatusMapping: [{ query: `mutation { setTrackerStatusMapping(connectionId: "${NOWHERE}", input: { entries: [] }) { id } }` }],
  linkIssues: [{ query: `mutation { retryTrackerLink(linkId: "${NOWHERE}") { id } }` }],
  viewSyncHealth: [{ query: `{ syncHealth { failedLinks } }` }],
  repairSync: [
    { query: `mutation { replayWebhookDelivery(deliveryId: "${NOWHERE}") { id } }` },
    { query: `mutation { retryTrackerJob(jobId: "${NOWHERE}") }` },
  ],
  viewDashboard: [
    { query: `{ communityStats(weeks: 1) { medianDaysToShip } }` },
    { query: `{ communityReport(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { counts { value } } }` },
  ],
  viewMembers: [{ query: `{ members(first: 1) { id } }` }],
  setRoles: [{ query: `mutation { setMemberRole(memberId: "${NOWHERE}", role: MEMBER) { id } }` }],
  sanctionMembers: [
    { query: `mutation { warnMember(memberId: "${NOWHERE}", message: "Stay kind") { id } }` },
    { query: `mutation { liftSanction(sanctionId: "${NOWHERE}") { id } }` },
  ],
  readAuditLog: [{ query: `{ auditLog(first: 1) { totalCount } }` }],
  configureHolding: [
    { query: `{ holdSettings { policy } }` },
    { query: `mutation { updateHoldSettings(input: {}) { policy } }` },
  ],
  watchWords: [
    { query: `{ watchedWords { id } }` },
    { query: `mutation { removeWatchedWord(id: "${NOWHERE}") { id } }` },
  ],
  // Reading the history only: a published version would change what every other actor may write.
  writeNetiquette: [{ query: `{ netiquetteVersions { version } }` }],
  moderate: [
    { query: `mutation { resolveFlags(target: { kind: COMMENT, id: "${NOWHERE}" }, resolution: DISMISSED) { id } }` },
    { query: `mutation { hideContent(target: { kind: POST, id: "${NOWHERE}" }, reason: "Spam") { id } }` },
  ],
  reviewHeldPosts: [
    { query: `{ moderationQueue(first: 1) { totalCount } }` },
    { query: `mutation { approvePost(postId: "${NOWHERE}") { id } }` },
  ],
  manageFlagSettings: [{ query: `{ flagSettings { hideThreshold } }` }],
  editTrustSettings: [{ query: `{ trustSettings { accountsPerIpPerDay } }` }, { query: `mutation { updateTrustSettings(input: {}) { accountsPerIpPerDay } }` }],
  writeChangelog: [
    { query: `{ changelogDrafts { id } }` },
    { query: `{ previewMarkdown(body: "**Dark mode**") }` },
    { query: `mutation { publishChangelogEntry(id: "${NOWHERE}") { id } }` },
    { query: `{ changelogNotificationPreview(id: "${NOWHERE}") { total } }` },
  ],
  configureChangelog: [
    { query: `{ changelogSettings { shippingWaitsForChangelog } }` },
    { query: `mutation { updateChangelogCategory(id: "${NOWHERE}", input: { name: "Renamed" }) { id } }` },
  ],
  manageStatuses: [{ query: `mutation { updateStatus(key: "PLANNED", input: {}) { key } }` }],
  viewOutbox: [{ query: `{ outbox { totalCount } }` }],
  watchBoards: [{ query: `mutation { watchBoard(boardId: "${NOWHERE}", watch: false) { id } }` }],
};
/** Answers for several operations at once: true when any of the listed capabilities is. */
const VIEWER_COMPOSITES: Record<string, string[]> = {
  triage: ["setPostStatus", "tagPosts", "movePosts", "mergePosts"],
};

/** Whether one call got past authorization; anything but allowed or refused is a broken fixture. */
function allowed(call: Call, result: GraphQLResult): boolean {
  const code = codeOf(result);
  if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return false;
  expect([undefined, "NOT_FOUND"], `${call.query}: ${JSON.stringify(result.errors)}`).toContain(code);
  return call.sees && !code ? call.sees(result.data) : true;
}

/** Tries every call; the capability holds when each call agrees (all allowed, or all refused). */
async function tryCalls(client: GraphQLClient, calls: Call[], label: string): Promise<boolean> {
  const outcomes: boolean[] = [];
  for (const call of calls) outcomes.push(allowed(call, await client.request(call.query, call.variables)));
  expect(new Set(outcomes).size, `${label}: its operations disagree (${outcomes})`).toBe(1);
  return outcomes[0];
}

const fieldsOf = async (typeName: string) => {
  const type = (await getSchema()).getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields()).map((field) => {
    expect(getNamedType(field.type).name, `${typeName}.${field.name}`).toBe("Boolean");
    return field.name;
  });
};

describe("every capability field names the operations it answers for", () => {
  it.each([
    ["PostCapabilities", Object.keys(POST_CAPABILITIES)],
    ["CommentCapabilities", Object.keys(COMMENT_CAPABILITIES)],
    ["ViewerCapabilities", [...Object.keys(VIEWER_CAPABILITIES), ...Object.keys(VIEWER_COMPOSITES)]],
  ])("%s", async (typeName, listed) => {
    expect((await fieldsOf(typeName)).sort()).toEqual([...listed].sort());
  });
});

describe.each(ACTORS)("as %s, what the server says the viewer may do is what the operations allow", (actor) => {
  it("post.viewerCan and comment.viewerCan, on someone else's post and comment", async () => {
    await checkPostAndComment(actor, someone);
  });

  it.skipIf(actor === "ANONYMOUS")("post.viewerCan and comment.viewerCan, on the viewer's own post and comment", async () => {
    await checkPostAndComment(actor, clients[actor].me!);
  });

  it("me.can", async () => {
    const { client } = clients[actor];
    const fields = [...Object.keys(VIEWER_CAPABILITIES), ...Object.keys(VIEWER_COMPOSITES)];
    const { me: viewer } = await client.ok(`{ me { can { ${fields.join(" ")} } } }`);
    if (actor === "ANONYMOUS") expect(viewer).toBeNull();
    const can: Record<string, boolean> = viewer?.can ?? Object.fromEntries(fields.map((field) => [field, false]));
    const tried: Record<string, boolean> = {};
    for (const [field, calls] of Object.entries(VIEWER_CAPABILITIES)) tried[field] = await tryCalls(client, calls, `me.can.${field}`);
    for (const [field, parts] of Object.entries(VIEWER_COMPOSITES)) tried[field] = parts.some((part) => tried[part]);
    expect(can).toEqual(tried);
  });
});

const VIEWER_CAN = `query($id: ID!) { post(id: $id) { viewerCan { ${Object.keys(POST_CAPABILITIES).join(" ")} } comments { id viewerCan { ${Object.keys(COMMENT_CAPABILITIES).join(" ")} } } } }`;

/** Reads the capabilities first, then tries each on a fixture of its own (a merge or delete must not spoil the next). */
async function checkPostAndComment(actor: Actor, author: Member) {
  const { client } = clients[actor];
  const said = { post: {} as Record<string, boolean>, comment: {} as Record<string, boolean> };
  const tried = { post: {} as Record<string, boolean>, comment: {} as Record<string, boolean> };
  for (const [kind, table] of [["post", POST_CAPABILITIES], ["comment", COMMENT_CAPABILITIES]] as const) {
    for (const [field, calls] of Object.entries(table)) {
      const f = await fixture(actor, author);
      const { post } = await client.ok(VIEWER_CAN, { id: f.postId });
      said[kind][field] = kind === "post" ? post.viewerCan[field] : post.comments.find((c: { id: string }) => c.id === f.commentId).viewerCan[field];
      tried[kind][field] = await tryCalls(client, calls(f), `${kind}.viewerCan.${field}`);
    }
  }
  expect(said).toEqual(tried);
}
