/**
 * Bad input to every mutation that takes some: empty, whitespace-only and too-long strings,
 * control characters, wrong enum values, malformed and unknown ids, kind/details mismatches,
 * archived boards and tags, self-merges, query depth/alias limits and rate limits. Every refusal
 * must carry the right code (and `extensions.field` where the input names one), leak no SQL or
 * stack trace, and write nothing: each case compares row counts and checksums of every table
 * before and after the call.
 *
 * Calls are made as an ADMIN unless a case says otherwise, so authorization never masks validation.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, buildBoard, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import type { Board } from "../../server/boards/board.entity.js";
import type { Member } from "../../server/members/member.entity.js";
import type { Post } from "../../server/posts/post.entity.js";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import type { Tag } from "../../server/boards/tag.entity.js";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType } from "graphql";
import { getSchema } from "../../server/graphql/schema.js";
import { ConflictReason, InputReason, LIMITS, type CharacterLimits } from "../../server/shared/input-rules.js";
import { DEFAULT_TRUST_LEVELS } from "../../server/trust/trust.entity.js";
import { codeOf, type GraphQLClient, type GraphQLResult } from "../support/graphql-client.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const TABLES = [
  "member", "session", "api_token", "board", "tag", "post", "post_tag", "follow", "vote", "comment", "post_event",
  "tracker_connection", "tracker_link", "webhook_delivery", "sanction", "audit_entry", "staff_note", "netiquette_version", "netiquette_acceptance",
];

/** pg-boss' job table, for the tracker queues; refused calls must not queue or retry anything. */
const JOBS_STATE = `(select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(j.id::text || ':' || j.state::text || ':' || j.retry_limit, '|' order by j.id)), '-') from pgboss.job j) as "pgboss.job"`;

const sql = async <T = Record<string, any>>(target: TestApp, query: string, params: unknown[] = []): Promise<T[]> =>
  target.orm.em.fork().execute(query, params) as Promise<T[]>;

/**
 * `select count(*)` plus a checksum of the rows, per table: equal before and after means nothing was
 * written. Jobs the earlier, accepted calls queued (domain events) are let finish first, so their
 * moving from created to completed is not mistaken for a write of the refused call.
 */
async function tableState(target: TestApp): Promise<Record<string, string>> {
  await eventually(async () => {
    const [{ due }] = await sql<{ due: number }>(target, `select count(*)::int as due from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`);
    return due === 0;
  }, 15_000, "queued jobs to finish");
  const columns = TABLES.map(
    (table) => `(select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from "${table}" t) as "${table}"`,
  );
  return (await sql<Record<string, string>>(target, `select ${[...columns, JOBS_STATE].join(", ")}`))[0];
}

const countRows = async (target: TestApp, table: string, where = "true", params: unknown[] = []) =>
  Number((await sql<{ n: string }>(target, `select count(*) as n from "${table}" where ${where}`, params))[0].n);

/** No SQL, no stack trace, no file path, and no "internal error" in any error a client sees. */
function expectCleanErrors(result: GraphQLResult) {
  const text = JSON.stringify(result.errors ?? []);
  expect(text).not.toMatch(/stacktrace|\bselect\b|\binsert into\b|\bupdate "?\w+"? set\b|\bdelete from\b|violates|constraint|\.ts:\d+|node_modules|\bat \w+ \(/i);
  for (const error of result.errors ?? []) expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
}

const x = (length: number) => "x".repeat(length);
const UNKNOWN_ID = () => randomUUID();

// ---------------------------------------------------------------------------------------------
// Fixtures (created once; every case below is refused, so they stay as they are)
// ---------------------------------------------------------------------------------------------

let app: TestApp;
let admin: SignedInMember;
let anonymous: GraphQLClient;
const fx = {} as {
  board: Board;
  watchedWordId: string;
  archivedBoard: Board;
  otherBoard: Board;
  tag: Tag;
  archivedTag: Tag;
  idea: Post;
  bug: Post;
  usability: Post;
  other: Post;
  merged: Post;
  commentId: string;
  otherPostCommentId: string;
  tokenId: string;
  target: Member;
  connection: TrackerConnection;
  linkId: string;
  failedLinkId: string;
  deliveryId: string;
  failedJobId: string;
  completedJobId: string;
  otherQueueJobId: string;
  changelogCategoryId: string;
  changelogEntryId: string;
  sanctionId: string;
};

/** Nothing listens on port 9: no call in this file may reach a tracker anyway. */
const DEAD_TRACKER_URL = "http://127.0.0.1:9";

beforeAll(async () => {
  app = await startTestApp();
  admin = await buildMember(app, { role: Role.ADMIN });
  anonymous = app.client();
  const em = app.orm.em.fork();
  fx.board = await buildBoard(app);
  fx.otherBoard = await buildBoard(app);
  fx.archivedBoard = await buildBoard(app, { archivedAt: new Date() });
  fx.tag = await buildTag(app);
  fx.archivedTag = await buildTag(app);
  await em.execute(`update tag set archived_at = now() where id = ?`, [fx.archivedTag.id]);
  fx.target = (await buildMember(app)).member;
  fx.idea = await buildPost(app, { author: admin.member, board: fx.board, kind: PostKind.IDEA });
  fx.bug = await buildPost(app, { author: admin.member, board: fx.board, kind: PostKind.BUG });
  fx.usability = await buildPost(app, { author: admin.member, board: fx.board, kind: PostKind.USABILITY });
  fx.other = await buildPost(app, { author: fx.target, board: fx.board });
  fx.merged = await buildPost(app, { author: fx.target, board: fx.board });
  await em.execute(`update post set merged_into_id = ?, status = 'DUPLICATE' where id = ?`, [fx.other.id, fx.merged.id]);
  fx.commentId = randomUUID();
  fx.otherPostCommentId = randomUUID();
  await em.execute(`insert into comment (id, post_id, author_id, body) values (?, ?, ?, 'first'), (?, ?, ?, 'elsewhere')`, [
    fx.commentId,
    fx.idea.id,
    admin.member.id,
    fx.otherPostCommentId,
    fx.other.id,
    admin.member.id,
  ]);
  // A silence in force, on a member of its own, for liftSanction.
  fx.sanctionId = randomUUID();
  await em.execute(`insert into sanction (id, kind, member_id, reason, ends_at) values (?, 'SILENCE', ?, 'Flood', now() + interval '1 day')`, [
    fx.sanctionId,
    (await buildMember(app)).member.id,
  ]);
  fx.watchedWordId = randomUUID();
  await em.execute(`insert into watched_word (id, word, action) values (?, 'fixtureword', 'CENSOR')`, [fx.watchedWordId]);
  fx.tokenId = randomUUID();
  await em.execute(`insert into api_token (id, member_id, name, token_hash) values (?, ?, 'script', ?)`, [fx.tokenId, admin.member.id, x(64)]);

  fx.connection = em.create(TrackerConnection, {
    kind: TrackerKind.JIRA,
    name: "Jira",
    settings: { baseUrl: DEAD_TRACKER_URL, projectKey: "RT", issueType: "Task" },
    sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: "x", webhookSecret: null })),
  });
  await em.flush();
  fx.linkId = randomUUID();
  fx.failedLinkId = randomUUID();
  await em.execute(
    `insert into tracker_link (id, post_id, connection_id, state, idempotency_key, issue_id, issue_key, requested_key, last_error) values
       (?, ?, ?, 'LINKED', ?, 'id-RT-1', 'RT-1', 'RT-1', null),
       (?, ?, ?, 'FAILED', ?, null, null, null, 'Jira rejected the credentials (401)')`,
    [fx.linkId, fx.idea.id, fx.connection.id, `roundtrip-link-${randomUUID()}`, fx.failedLinkId, fx.bug.id, fx.connection.id, `roundtrip-link-${randomUUID()}`],
  );
  fx.deliveryId = randomUUID();
  const event = { deliveryId: "d-1", issueId: "id-RT-1", issueKey: "RT-1", state: null, occurredAt: new Date().toISOString(), action: "deleted" };
  await em.execute(`insert into webhook_delivery (id, connection_id, delivery_id, event, state, processed_at) values (?, ?, 'd-1', ?, 'FAILED', now())`, [
    fx.deliveryId,
    fx.connection.id,
    JSON.stringify(event),
  ]);
  [fx.failedJobId, fx.completedJobId, fx.otherQueueJobId] = [randomUUID(), randomUUID(), randomUUID()];
  [{ id: fx.changelogCategoryId }] = await em.execute(`select id from changelog_category order by position limit 1`);
  fx.changelogEntryId = (
    await admin.client.ok<{ createChangelogEntry: { id: string } }>(`mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`, {
      input: { title: "Dark mode is here", categoryId: fx.changelogCategoryId, postIds: [] },
    })
  ).createChangelogEntry.id;
  const connectionData = JSON.stringify({ connectionId: randomUUID() });
  await em.execute(
    `insert into pgboss.job (id, name, data, state, completed_on) values
       (?, 'tracker.reconcile', ?, 'failed', now()), (?, 'tracker.reconcile', ?, 'completed', now()), (?, 'post.status-changed', ?, 'failed', now())`,
    [fx.failedJobId, connectionData, fx.completedJobId, connectionData, fx.otherQueueJobId, JSON.stringify({ postId: fx.idea.id, eventId: randomUUID() })],
  );
});
afterAll(() => app.close());

// ---------------------------------------------------------------------------------------------
// Operations with valid defaults; each case breaks exactly one thing
// ---------------------------------------------------------------------------------------------

const validBug = () => ({ stepsToReproduce: "1. open settings", expected: "saves", actual: "crashes", severity: "HIGH" });
const validUsability = () => ({ location: "/settings", goal: "change email", obstacle: "field is read-only" });

type Vars = Record<string, any>;
interface Operation {
  query: string;
  vars: () => Vars;
  /** Who calls it (default: the ADMIN). */
  as?: () => GraphQLClient;
}

const OPS = {
  signUp: {
    query: `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`,
    vars: () => ({ input: { email: `new-${randomUUID().slice(0, 8)}@example.com`, password: "long enough pw", displayName: "New" } }),
    as: () => app.client(),
  },
  logIn: {
    query: `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
    vars: () => ({ input: { email: fx.target.email, password: FACTORY_PASSWORD } }),
    as: () => app.client(),
  },
  updateProfile: { query: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, vars: () => ({ input: { displayName: "Fine" } }) },
  createApiToken: { query: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, vars: () => ({ input: { name: "export" } }) },
  revokeApiToken: { query: `mutation($id: ID!) { revokeApiToken(id: $id) }`, vars: () => ({ id: fx.tokenId }) },
  setMemberRole: { query: `mutation($memberId: ID!, $role: Role!) { setMemberRole(memberId: $memberId, role: $role) { id } }`, vars: () => ({ memberId: fx.target.id, role: "MODERATOR" }) },
  warnMember: {
    query: `mutation($memberId: ID!, $clause: String, $message: String!) { warnMember(memberId: $memberId, clause: $clause, message: $message) { id } }`,
    // No netiquette here: a clause would be unknown.
    vars: () => ({ memberId: fx.target.id, message: "Please stay kind" }),
  },
  silenceMember: {
    query: `mutation($memberId: ID!, $until: DateTimeISO!, $reason: String!) { silenceMember(memberId: $memberId, until: $until, reason: $reason) { id } }`,
    vars: () => ({ memberId: fx.target.id, until: new Date(Date.now() + 86_400_000).toISOString(), reason: "Flood" }),
  },
  suspendMember: {
    query: `mutation($memberId: ID!, $until: DateTimeISO, $reason: String!) { suspendMember(memberId: $memberId, until: $until, reason: $reason) { id } }`,
    vars: () => ({ memberId: fx.target.id, until: null, reason: "Spam" }),
  },
  liftSanction: { query: `mutation($sanctionId: ID!, $reason: String) { liftSanction(sanctionId: $sanctionId, reason: $reason) { id } }`, vars: () => ({ sanctionId: fx.sanctionId, reason: "Apologised" }) },
  addWatchedWord: {
    query: `mutation($input: WatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
    vars: () => ({ input: { word: `word${randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`, action: "BLOCK" } }),
  },
  removeWatchedWord: { query: `mutation($id: ID!) { removeWatchedWord(id: $id) { id } }`, vars: () => ({ id: fx.watchedWordId }) },
  setMemberStaffNote: { query: `mutation($memberId: ID!, $note: String!) { setMemberStaffNote(memberId: $memberId, note: $note) { id } }`, vars: () => ({ memberId: fx.target.id, note: "Helpful" }) },
  publishNetiquette: {
    query: `mutation($body: String!, $material: Boolean!) { publishNetiquette(body: $body, material: $material) { version } }`,
    vars: () => ({ body: "## Be kind\n\nNo insults.", material: true }),
  },
  setTrustLevel: {
    query: `mutation($memberId: ID!, $level: Int!, $reason: String!) { setTrustLevel(memberId: $memberId, level: $level, reason: $reason) { id } }`,
    vars: () => ({ memberId: fx.target.id, level: 2, reason: "Regular helper" }),
  },
  updateTrustSettings: {
    query: `mutation($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { accountsPerIpPerDay } }`,
    vars: () => ({ input: { accountsPerIpPerDay: 3, blockedEmailDomains: ["spam.example"], levels: DEFAULT_TRUST_LEVELS } }),
  },
  verifyEmail: { query: `mutation($input: AccountLinkInput!) { verifyEmail(input: $input) }`, vars: () => ({ input: { token: "not-a-token-we-issued" } }), as: () => app.client() },
  confirmEmailChange: { query: `mutation($input: AccountLinkInput!) { confirmEmailChange(input: $input) }`, vars: () => ({ input: { token: "not-a-token-we-issued" } }), as: () => app.client() },
  requestPasswordReset: {
    query: `mutation($input: PasswordResetRequestInput!) { requestPasswordReset(input: $input) }`,
    vars: () => ({ input: { email: "nobody@example.com" } }),
    as: () => app.client(),
  },
  resetPassword: {
    query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
    vars: () => ({ input: { token: "not-a-token-we-issued", newPassword: "long enough pw" } }),
    as: () => app.client(),
  },
  requestEmailChange: {
    query: `mutation($input: ChangeEmailInput!) { requestEmailChange(input: $input) }`,
    vars: () => ({ input: { newEmail: `new-${randomUUID().slice(0, 8)}@example.com`, currentPassword: "not the password" } }),
  },
  changePassword: {
    query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    vars: () => ({ input: { currentPassword: "not the password", newPassword: "long enough pw" } }),
  },
  updateNotificationPreferences: {
    query: `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { timeZone } }`,
    vars: () => ({ input: { timeZone: "Europe/Berlin", categories: [{ category: "STATUS", inApp: true, email: false }] } }),
  },
  unsubscribe: {
    query: `mutation($input: UnsubscribeInput!) { unsubscribe(input: $input) { categories } }`,
    vars: () => ({ input: { token: "not-a-token-we-issued" } }),
    as: () => app.client(),
  },
  submitPost: {
    query: `mutation($input: SubmitPostInput!) { submitPost(input: $input) { id } }`,
    vars: () => ({ input: { boardId: fx.board.id, kind: "IDEA", title: "A valid title", body: "" } }),
  },
  editPost: { query: `mutation($id: ID!, $input: EditPostInput!) { editPost(id: $id, input: $input) { id } }`, vars: () => ({ id: fx.idea.id, input: { title: "A valid title" } }) },
  followPost: { query: `mutation($id: ID!) { followPost(id: $id) { id } }`, vars: () => ({ id: fx.idea.id }) },
  unfollowPost: { query: `mutation($id: ID!) { unfollowPost(id: $id) { id } }`, vars: () => ({ id: fx.idea.id }) },
  setFollowLevel: { query: `mutation($postId: ID!) { setFollowLevel(postId: $postId, level: STATUS) { id } }`, vars: () => ({ postId: fx.idea.id }) },
  markNotificationsRead: {
    query: `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
    vars: () => ({ input: { ids: [randomUUID()] } }),
  },
  watchBoard: { query: `mutation($boardId: ID!) { watchBoard(boardId: $boardId, watch: true) { id } }`, vars: () => ({ boardId: fx.board.id }) },
  createChangelogCategory: {
    query: `mutation($input: NewChangelogCategoryInput!) { createChangelogCategory(input: $input) { id } }`,
    vars: () => ({ input: { name: `Security ${randomUUID().slice(0, 6)}` } }),
  },
  updateChangelogCategory: {
    query: `mutation($id: ID!, $input: ChangelogCategoryInput!) { updateChangelogCategory(id: $id, input: $input) { id } }`,
    vars: () => ({ id: fx.changelogCategoryId, input: { name: "New" } }),
  },
  createChangelogEntry: {
    query: `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`,
    vars: () => ({ input: { title: "A valid title", body: "", categoryId: fx.changelogCategoryId, postIds: [fx.idea.id] } }),
  },
  updateChangelogEntry: {
    query: `mutation($id: ID!, $input: UpdateChangelogEntryInput!) { updateChangelogEntry(id: $id, input: $input) { id } }`,
    vars: () => ({ id: fx.changelogEntryId, input: { title: "A valid title", categoryId: fx.changelogCategoryId, postIds: [fx.idea.id] } }),
  },
  publishChangelogEntry: { query: `mutation($id: ID!) { publishChangelogEntry(id: $id) { id } }`, vars: () => ({ id: fx.changelogEntryId }) },
  unpublishChangelogEntry: { query: `mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id } }`, vars: () => ({ id: fx.changelogEntryId }) },
  scheduleChangelogEntry: {
    query: `mutation($id: ID!, $at: DateTimeISO!) { scheduleChangelogEntry(id: $id, at: $at) { id } }`,
    vars: () => ({ id: fx.changelogEntryId, at: new Date(Date.now() + 86_400_000).toISOString() }),
  },
  cancelChangelogSchedule: { query: `mutation($id: ID!) { cancelChangelogSchedule(id: $id) { id } }`, vars: () => ({ id: fx.changelogEntryId }) },
  communityReport: {
    query: `query($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) { communityReport(from: $from, to: $to, board: $board, kind: $kind) { from } }`,
    vars: () => ({ from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z", board: null, kind: null }),
  },
  previewMarkdown: { query: `query($body: String!) { previewMarkdown(body: $body) }`, vars: () => ({ body: "**Dark mode** is here" }) },
  notificationPreview: {
    query: `query($postId: ID, $postIds: [ID!]) { notificationPreview(postId: $postId, postIds: $postIds) { total } }`,
    vars: () => ({ postId: fx.idea.id }),
  },
  vote: { query: `mutation($postId: ID!) { vote(postId: $postId) { id } }`, vars: () => ({ postId: fx.idea.id }) },
  unvote: { query: `mutation($postId: ID!) { unvote(postId: $postId) { id } }`, vars: () => ({ postId: fx.idea.id }) },
  voteOnBehalf: {
    query: `mutation($postId: ID!, $memberId: ID!) { voteOnBehalf(postId: $postId, memberId: $memberId) { id } }`,
    vars: () => ({ postId: fx.idea.id, memberId: fx.target.id }),
  },
  addComment: {
    query: `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
    vars: () => ({ input: { postId: fx.idea.id, body: "Agreed", parentId: fx.commentId } }),
  },
  editComment: { query: `mutation($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id } }`, vars: () => ({ id: fx.commentId, input: { body: "Edited" } }) },
  deleteComment: { query: `mutation($id: ID!) { deleteComment(id: $id) { id } }`, vars: () => ({ id: fx.commentId }) },
  setPostStatus: {
    query: `mutation($postId: ID!, $status: PostStatus!, $input: NoteInput) { setPostStatus(postId: $postId, status: $status, input: $input) { id } }`,
    vars: () => ({ postId: fx.idea.id, status: "PLANNED", input: { note: "Soon" } }),
  },
  postUpdate: { query: `mutation($postId: ID!, $input: RequiredNoteInput!) { postUpdate(postId: $postId, input: $input) { id } }`, vars: () => ({ postId: fx.idea.id, input: { note: "Update" } }) },
  tagPost: { query: `mutation($postId: ID!, $tagId: ID!) { tagPost(postId: $postId, tagId: $tagId) { id } }`, vars: () => ({ postId: fx.idea.id, tagId: fx.tag.id }) },
  untagPost: { query: `mutation($postId: ID!, $tagId: ID!) { untagPost(postId: $postId, tagId: $tagId) { id } }`, vars: () => ({ postId: fx.idea.id, tagId: fx.tag.id }) },
  movePost: { query: `mutation($postId: ID!, $boardId: ID!) { movePost(postId: $postId, boardId: $boardId) { id } }`, vars: () => ({ postId: fx.idea.id, boardId: fx.otherBoard.id }) },
  mergePosts: {
    query: `mutation($duplicateId: ID!, $targetId: ID!, $input: NoteInput) { mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) { id } }`,
    vars: () => ({ duplicateId: fx.idea.id, targetId: fx.bug.id, input: { note: "Same thing" } }),
  },
  createBoard: { query: `mutation($input: BoardInput!) { createBoard(input: $input) { id } }`, vars: () => ({ input: { name: `Board ${randomUUID().slice(0, 6)}`, description: "" } }) },
  updateBoard: { query: `mutation($id: ID!, $input: UpdateBoardInput!) { updateBoard(id: $id, input: $input) { id } }`, vars: () => ({ id: fx.board.id, input: { name: "Renamed board" } }) },
  createTag: { query: `mutation($input: TagInput!) { createTag(input: $input) { id } }`, vars: () => ({ input: { name: `tag-${randomUUID().slice(0, 6)}`, color: "#3b82f6" } }) },
  updateTag: { query: `mutation($id: ID!, $input: UpdateTagInput!) { updateTag(id: $id, input: $input) { id } }`, vars: () => ({ id: fx.tag.id, input: { name: "renamed" } }) },
  reorderBoards: { query: `mutation($ids: [ID!]!) { reorderBoards(ids: $ids) { id } }`, vars: () => ({ ids: [fx.board.id] }) },
  reorderTags: { query: `mutation($ids: [ID!]!) { reorderTags(ids: $ids) { id } }`, vars: () => ({ ids: [fx.tag.id] }) },
  createStatus: {
    query: `mutation($input: StatusInput!) { createStatus(input: $input) { key } }`,
    vars: () => ({ input: { nameEn: `Status ${randomUUID().slice(0, 6)}`, nameDe: "Status", color: "#0891b2", category: "ACTIVE" } }),
  },
  updateStatus: {
    query: `mutation($key: PostStatus!, $input: UpdateStatusInput!) { updateStatus(key: $key, input: $input) { key } }`,
    vars: () => ({ key: "UNDER_REVIEW", input: { nameDe: "In Prüfung" } }),
  },
  reorderStatuses: { query: `mutation($keys: [PostStatus!]!) { reorderStatuses(keys: $keys) { key } }`, vars: () => ({ keys: ["OPEN"] }) },
  createTrackerConnection: {
    query: `mutation($kind: TrackerKind!, $input: TrackerConnectionInput!) { createTrackerConnection(kind: $kind, input: $input) { id } }`,
    // An empty optional setting in `settings`, so the generated cases can reach its key and value.
    vars: () => ({ kind: "JIRA", input: { name: "Another Jira", baseUrl: DEAD_TRACKER_URL, apiToken: "token", projectKey: "RT", issueType: "Task", settings: [{ key: "email", value: "" }] } }),
  },
  updateTrackerConnection: {
    query: `mutation($id: ID!, $input: TrackerConnectionInput!) { updateTrackerConnection(id: $id, input: $input) { id } }`,
    vars: () => ({ id: fx.connection.id, input: { name: "Renamed Jira", settings: [{ key: "email", value: "" }] } }),
  },
  deleteTrackerConnection: { query: `mutation($id: ID!) { deleteTrackerConnection(id: $id) }`, vars: () => ({ id: fx.connection.id }) },
  testTrackerConnection: { query: `mutation($id: ID!) { testTrackerConnection(id: $id) { ok } }`, vars: () => ({ id: fx.connection.id }) },
  setTrackerStatusMapping: {
    query: `mutation($connectionId: ID!, $input: StatusMappingInput!) { setTrackerStatusMapping(connectionId: $connectionId, input: $input) { id } }`,
    vars: () => ({ connectionId: fx.connection.id, input: { entries: [{ stateId: "10001", status: "PLANNED" }] } }),
  },
  setPostLinkRule: { query: `mutation($postId: ID!, $rule: MultiLinkRule) { setPostLinkRule(postId: $postId, rule: $rule) { id } }`, vars: () => ({ postId: fx.idea.id, rule: "ANY" }) },
  createTrackerIssue: {
    query: `mutation($postId: ID!, $connectionId: ID!) { createTrackerIssue(postId: $postId, connectionId: $connectionId) { id } }`,
    vars: () => ({ postId: fx.idea.id, connectionId: fx.connection.id }),
  },
  linkTrackerIssue: {
    query: `mutation($postId: ID!, $input: LinkIssueInput!) { linkTrackerIssue(postId: $postId, input: $input) { id } }`,
    vars: () => ({ postId: fx.idea.id, input: { keyOrUrl: "RT-7", connectionId: fx.connection.id } }),
  },
  unlinkTrackerIssue: { query: `mutation($linkId: ID!) { unlinkTrackerIssue(linkId: $linkId) { id } }`, vars: () => ({ linkId: fx.linkId }) },
  retryTrackerLink: { query: `mutation($linkId: ID!) { retryTrackerLink(linkId: $linkId) { id } }`, vars: () => ({ linkId: fx.failedLinkId }) },
  replayWebhookDelivery: { query: `mutation($deliveryId: ID!) { replayWebhookDelivery(deliveryId: $deliveryId) { id } }`, vars: () => ({ deliveryId: fx.deliveryId }) },
  retryTrackerJob: { query: `mutation($jobId: ID!) { retryTrackerJob(jobId: $jobId) }`, vars: () => ({ jobId: fx.failedJobId }) },
  flagContent: {
    query: `mutation($target: ContentTargetInput!, $message: String) { flagContent(target: $target, reason: OTHER, message: $message) { id } }`,
    vars: () => ({ target: { kind: "COMMENT", id: fx.otherPostCommentId }, message: "Looks like an advert" }),
  },
  resolveFlags: {
    query: `mutation($target: ContentTargetInput!, $messageToAuthor: String) { resolveFlags(target: $target, resolution: DISMISSED, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ target: { kind: "COMMENT", id: fx.commentId }, messageToAuthor: "Thanks" }),
  },
  hideContent: {
    query: `mutation($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) { hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ target: { kind: "COMMENT", id: fx.commentId }, reason: "Spam", messageToAuthor: "Please don't" }),
  },
  restoreContent: {
    query: `mutation($target: ContentTargetInput!, $messageToAuthor: String) { restoreContent(target: $target, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ target: { kind: "COMMENT", id: fx.commentId }, messageToAuthor: "Sorry" }),
  },
  deleteFlaggedComment: {
    query: `mutation($commentId: ID!, $messageToAuthor: String) { deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ commentId: fx.commentId, messageToAuthor: "Removed" }),
  },
  agreeAndSuspend: {
    query: `mutation($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) { agreeAndSuspend(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ target: { kind: "COMMENT", id: fx.commentId }, reason: "Spam account", messageToAuthor: "Goodbye" }),
  },
  approvePost: {
    query: `mutation($postId: ID!, $messageToAuthor: String) { approvePost(postId: $postId, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ postId: fx.idea.id, messageToAuthor: "Welcome" }),
  },
  rejectPost: {
    query: `mutation($postId: ID!, $reason: String!, $messageToAuthor: String) { rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) { id } }`,
    vars: () => ({ postId: fx.idea.id, reason: "Off topic", messageToAuthor: "Sorry" }),
  },
} satisfies Record<string, Operation>;
type OpName = keyof typeof OPS;

/** Deep-merges `patch` into the operation's valid variables; `undefined` removes a key. */
function withVars(base: Vars, patch: Vars): Vars {
  const out: Vars = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else if (value && typeof value === "object" && !Array.isArray(value) && out[key] && typeof out[key] === "object") out[key] = withVars(out[key], value);
    else out[key] = value;
  }
  return out;
}

interface Case {
  name: string;
  op: OpName;
  patch: () => Vars;
  code: string;
  /** Expected `extensions.field`; null asserts there is none (request-level errors). */
  field?: string | null;
  /** For NOT_FOUND: which thing the message says is missing. */
  message?: RegExp;
  /** For BAD_USER_INPUT and CONFLICT: the expected `extensions.reason` (every one carries one). */
  reason?: InputReason | ConflictReason;
}

/**
 * Every BAD_USER_INPUT names a reason from the shared vocabulary, which the web app words itself;
 * length reasons carry the limit, and that limit is the one the web app shows.
 */
function expectReason(result: GraphQLResult, expected: InputReason | ConflictReason | undefined) {
  const extensions = result.errors![0].extensions!;
  expect(Object.values(InputReason)).toContain(extensions.reason);
  if (expected) expect(extensions.reason, JSON.stringify(result.errors)).toBe(expected);
  if (extensions.reason === "TOO_LONG") expect(Object.values(LIMITS).map((limit) => limit.max)).toContain(extensions.max);
  if (extensions.reason === "TOO_SHORT") expect(Object.values(LIMITS).map((limit) => (limit as CharacterLimits).min)).toContain(extensions.min);
}

async function runRefused(testCase: Case) {
  const op: Operation = OPS[testCase.op];
  const variables = withVars(op.vars(), testCase.patch());
  const client = op.as ? op.as() : admin.client;
  const before = await tableState(app);
  const result = await client.request(op.query, variables);
  expect(codeOf(result), JSON.stringify(result.errors)).toBe(testCase.code);
  expect(result.errors).toHaveLength(1);
  if (testCase.field !== undefined) expect(result.errors![0].extensions?.field ?? null).toBe(testCase.field);
  if (testCase.message) expect(result.errors![0].message).toMatch(testCase.message);
  if (testCase.code === "BAD_USER_INPUT") expectReason(result, testCase.reason);
  if (testCase.code === "CONFLICT") {
    // A clash with the current state is worded by clients too, from its reason.
    expect(Object.values(ConflictReason)).toContain(result.errors![0].extensions?.reason);
    if (testCase.reason) expect(result.errors![0].extensions?.reason).toBe(testCase.reason);
  }
  expect(result.data?.[testCase.op] ?? null).toBeNull();
  expectCleanErrors(result);
  expect(await tableState(app)).toEqual(before);
}

// ---------------------------------------------------------------------------------------------
// Strings: empty, too long, malformed
// ---------------------------------------------------------------------------------------------

const bad = (op: OpName, name: string, patch: () => Vars, field: string, reason: InputReason): Case => ({
  name: `${op}: ${name}`,
  op,
  patch,
  code: "BAD_USER_INPUT",
  field,
  reason,
});

const STRING_CASES: Case[] = [
  bad("signUp", "empty email", () => ({ input: { email: "" } }), "email", "REQUIRED"),
  bad("signUp", "malformed email", () => ({ input: { email: "not-an-email" } }), "email", "INVALID_EMAIL"),
  bad("signUp", "email of 255 characters", () => ({ input: { email: `${x(243)}@example.com` } }), "email", "TOO_LONG"),
  bad("signUp", "empty password", () => ({ input: { password: "" } }), "password", "REQUIRED"),
  bad("signUp", "password of 9 characters", () => ({ input: { password: x(9) } }), "password", "TOO_SHORT"),
  bad("signUp", "password of 201 characters", () => ({ input: { password: x(201) } }), "password", "TOO_LONG"),
  bad("signUp", "empty displayName", () => ({ input: { displayName: "" } }), "displayName", "REQUIRED"),
  bad("signUp", "displayName of 81 characters", () => ({ input: { displayName: x(81) } }), "displayName", "TOO_LONG"),
  bad("logIn", "email of 255 characters", () => ({ input: { email: `${x(243)}@example.com` } }), "email", "TOO_LONG"),
  bad("logIn", "password of 201 characters", () => ({ input: { password: x(201) } }), "password", "TOO_LONG"),
  bad("updateProfile", "empty displayName", () => ({ input: { displayName: "" } }), "displayName", "REQUIRED"),
  bad("updateProfile", "displayName of 81 characters", () => ({ input: { displayName: x(81) } }), "displayName", "TOO_LONG"),
  bad("createApiToken", "empty name", () => ({ input: { name: "" } }), "name", "REQUIRED"),
  bad("createApiToken", "name of 81 characters", () => ({ input: { name: x(81) } }), "name", "TOO_LONG"),
  bad("warnMember", "empty message", () => ({ message: "" }), "message", "REQUIRED"),
  bad("warnMember", "clause of 101 characters", () => ({ clause: x(101) }), "clause", "TOO_LONG"),
  bad("warnMember", "a clause the netiquette does not have", () => ({ clause: "be-kind" }), "clause", "UNKNOWN_CLAUSE"),
  bad("publishNetiquette", "whitespace-only body", () => ({ body: " \n " }), "body", "REQUIRED"),
  bad("publishNetiquette", "body of 50001 characters", () => ({ body: x(50_001) }), "body", "TOO_LONG"),
  bad("silenceMember", "reason of 2001 characters", () => ({ reason: x(2001) }), "reason", "TOO_LONG"),
  bad("silenceMember", "an end in the past", () => ({ until: new Date(Date.now() - 60_000).toISOString() }), "until", "OUT_OF_RANGE"),
  bad("suspendMember", "whitespace-only reason", () => ({ reason: "  " }), "reason", "REQUIRED"),
  bad("liftSanction", "empty reason", () => ({ reason: "" }), "reason", "REQUIRED"),
  bad("addWatchedWord", "empty word", () => ({ input: { word: "" } }), "word", "REQUIRED"),
  bad("addWatchedWord", "word of 101 characters", () => ({ input: { word: x(101) } }), "word", "TOO_LONG"),
  bad("addWatchedWord", "punctuation only", () => ({ input: { word: "!?" } }), "word", "INVALID_WATCHED_WORD"),
  bad("setMemberStaffNote", "note of 10001 characters", () => ({ note: x(10_001) }), "note", "TOO_LONG"),
  bad("setTrustLevel", "level 5", () => ({ level: 5 }), "level", "OUT_OF_RANGE"),
  bad("setTrustLevel", "empty reason", () => ({ reason: "" }), "reason", "REQUIRED"),
  bad("updateTrustSettings", "negative accountsPerIpPerDay", () => ({ input: { accountsPerIpPerDay: -1 } }), "accountsPerIpPerDay", "OUT_OF_RANGE"),
  bad("updateTrustSettings", "four levels", () => ({ input: { levels: DEFAULT_TRUST_LEVELS.slice(0, 4) } }), "levels", "OUT_OF_RANGE"),
  bad("updateTrustSettings", "a day of votes out of range", () => ({ input: { levels: DEFAULT_TRUST_LEVELS.map((level) => ({ ...level, votesPerDay: 10_001 })) } }), "levels.0.votesPerDay", "OUT_OF_RANGE"),
  bad("updateTrustSettings", "a rule for level 0", () => ({ input: { levels: DEFAULT_TRUST_LEVELS.map((level) => ({ ...level, promotion: DEFAULT_TRUST_LEVELS[1].promotion })) } }), "levels.0.promotion", "NOT_SETTABLE"),
  bad("updateTrustSettings", "a blocked domain that is no domain", () => ({ input: { blockedEmailDomains: ["spam"] } }), "blockedEmailDomains.0", "INVALID_VALUE"),

  bad("submitPost", "empty title", () => ({ input: { title: "" } }), "title", "REQUIRED"),
  bad("submitPost", "title of 2 characters", () => ({ input: { title: "ab" } }), "title", "TOO_SHORT"),
  bad("submitPost", "title of 161 characters", () => ({ input: { title: x(161) } }), "title", "TOO_LONG"),
  bad("submitPost", "body of 10001 characters", () => ({ input: { body: x(10_001) } }), "body", "TOO_LONG"),
  bad("submitPost", "empty bug.stepsToReproduce", () => ({ input: { kind: "BUG", bug: { ...validBug(), stepsToReproduce: "" } } }), "bug.stepsToReproduce", "REQUIRED"),
  bad("submitPost", "empty bug.expected", () => ({ input: { kind: "BUG", bug: { ...validBug(), expected: "" } } }), "bug.expected", "REQUIRED"),
  bad("submitPost", "bug.actual of 5001 characters", () => ({ input: { kind: "BUG", bug: { ...validBug(), actual: x(5001) } } }), "bug.actual", "TOO_LONG"),
  bad("submitPost", "bug.environment of 501 characters", () => ({ input: { kind: "BUG", bug: { ...validBug(), environment: x(501) } } }), "bug.environment", "TOO_LONG"),
  bad("submitPost", "empty usability.goal", () => ({ input: { kind: "USABILITY", usability: { ...validUsability(), goal: "" } } }), "usability.goal", "REQUIRED"),
  bad("submitPost", "usability.location of 501 characters", () => ({ input: { kind: "USABILITY", usability: { ...validUsability(), location: x(501) } } }), "usability.location", "TOO_LONG"),
  bad("submitPost", "usability.obstacle of 5001 characters", () => ({ input: { kind: "USABILITY", usability: { ...validUsability(), obstacle: x(5001) } } }), "usability.obstacle", "TOO_LONG"),

  bad("editPost", "empty title", () => ({ input: { title: "" } }), "title", "REQUIRED"),
  bad("editPost", "title of 161 characters", () => ({ input: { title: x(161) } }), "title", "TOO_LONG"),
  bad("editPost", "body of 10001 characters", () => ({ input: { body: x(10_001) } }), "body", "TOO_LONG"),
  bad("editPost", "empty bug.actual on a bug report", () => ({ id: fx.bug.id, input: { bug: { ...validBug(), actual: "" } } }), "bug.actual", "REQUIRED"),

  bad("addComment", "empty body", () => ({ input: { body: "" } }), "body", "REQUIRED"),
  bad("addComment", "body of 5001 characters", () => ({ input: { body: x(5001) } }), "body", "TOO_LONG"),
  bad("editComment", "empty body", () => ({ input: { body: "" } }), "body", "REQUIRED"),
  bad("editComment", "body of 5001 characters", () => ({ input: { body: x(5001) } }), "body", "TOO_LONG"),

  bad("previewMarkdown", "body of 20001 characters (an entry body's limit)", () => ({ body: x(20_001) }), "body", "TOO_LONG"),
  bad("previewMarkdown", "body with a lone surrogate", () => ({ body: "before \uD83D after" }), "body", "INVALID_TEXT"),

  bad("setPostStatus", "note of 2001 characters", () => ({ input: { note: x(2001) } }), "note", "TOO_LONG"),
  bad("postUpdate", "empty note", () => ({ input: { note: "" } }), "note", "REQUIRED"),
  bad("postUpdate", "note of 2001 characters", () => ({ input: { note: x(2001) } }), "note", "TOO_LONG"),
  bad("mergePosts", "note of 2001 characters", () => ({ input: { note: x(2001) } }), "note", "TOO_LONG"),

  bad("createBoard", "empty name", () => ({ input: { name: "" } }), "name", "REQUIRED"),
  bad("createBoard", "name of 61 characters", () => ({ input: { name: x(61) } }), "name", "TOO_LONG"),
  bad("createBoard", "name without a letter or digit", () => ({ input: { name: "!!! ???" } }), "name", "NO_LETTERS_OR_DIGITS"),
  bad("createBoard", "description of 501 characters", () => ({ input: { description: x(501) } }), "description", "TOO_LONG"),
  bad("updateBoard", "empty name", () => ({ input: { name: "" } }), "name", "REQUIRED"),
  bad("updateBoard", "name of 61 characters", () => ({ input: { name: x(61) } }), "name", "TOO_LONG"),
  bad("updateBoard", "whitespace-only name", () => ({ input: { name: "   " } }), "name", "REQUIRED"),
  bad("updateBoard", "description of 501 characters", () => ({ input: { description: x(501) } }), "description", "TOO_LONG"),

  bad("createTag", "empty name", () => ({ input: { name: "" } }), "name", "REQUIRED"),
  bad("createTag", "name of 41 characters", () => ({ input: { name: x(41) } }), "name", "TOO_LONG"),
  bad("createTag", "colour that is not hex", () => ({ input: { color: "blue" } }), "color", "INVALID_COLOR"),
  bad("createTag", "3-digit hex colour", () => ({ input: { color: "#fff" } }), "color", "INVALID_COLOR"),
  bad("updateTag", "empty name", () => ({ input: { name: "" } }), "name", "REQUIRED"),
  bad("updateTag", "name of 41 characters", () => ({ input: { name: x(41) } }), "name", "TOO_LONG"),
  bad("updateTag", "colour that is not hex", () => ({ input: { color: "#12345g" } }), "color", "INVALID_COLOR"),
  bad("updateTag", "empty colour", () => ({ input: { color: "" } }), "color", "REQUIRED"),
];

describe("strings: empty, too long, malformed", () => {
  it.each(STRING_CASES)("$name → BAD_USER_INPUT ($field)", runRefused);

  it("logIn with an empty email and password is UNAUTHENTICATED (like wrong credentials) and starts no session", async () => {
    await runRefused({ name: "", op: "logIn", patch: () => ({ input: { email: "", password: "" } }), code: "UNAUTHENTICATED", field: null });
  });

  // The limits above sit exactly at the documented maximum: one character less is accepted.
  const AT_LIMIT: [string, OpName, () => Vars, string, string][] = [
    ["title of 160 and body of 10000", "submitPost", () => ({ input: { title: x(160), body: x(10_000) } }), "post", "length(title) = 160 and length(body) = 10000"],
    ["comment of 5000", "addComment", () => ({ input: { body: x(5000), parentId: undefined } }), "comment", "length(body) = 5000"],
    ["note of 2000", "postUpdate", () => ({ input: { note: x(2000) } }), "post_event", "length(public_note) = 2000"],
    ["board name of 60", "createBoard", () => ({ input: { name: `${randomUUID().slice(0, 8)}${x(52)}` } }), "board", "length(name) = 60"],
    ["tag name of 40", "createTag", () => ({ input: { name: `${randomUUID().slice(0, 8)}${x(32)}` } }), "tag", "length(name) = 40"],
    ["displayName of 80", "updateProfile", () => ({ input: { displayName: x(80) } }), "member", "length(display_name) = 80"],
  ];
  it.each(AT_LIMIT)("accepts %s (the documented maximum)", async (_name, opName, patch, table, where) => {
    const op: Operation = OPS[opName];
    const before = await countRows(app, table, where);
    const result = await admin.client.request(op.query, withVars(op.vars(), patch()));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(await countRows(app, table, where)).toBe(before + 1);
  });
});

/**
 * Every String leaf under each mutation's arguments, read from the schema the server serves, as
 * `extensions.field` names it (input objects without the argument's name; list items as "0").
 */
async function textInputsOfMutations(): Promise<Array<{ op: OpName; path: string[]; field: string }>> {
  const schema = await getSchema();
  const stringPaths = (type: GraphQLInputType, path: string[], depth = 0): string[][] => {
    const inner = getNullableType(type);
    if (isListType(inner)) return stringPaths(inner.ofType, [...path, "0"], depth);
    if (isInputObjectType(inner)) return depth > 3 ? [] : Object.values(inner.getFields()).flatMap((f) => stringPaths(f.type, [...path, f.name], depth + 1));
    return getNamedType(inner).name === "String" ? [path] : [];
  };
  return Object.values(schema.getMutationType()!.getFields()).flatMap((mutation) =>
    mutation.args.flatMap((arg) =>
      stringPaths(arg.type, [arg.name]).map((path) => ({ op: mutation.name as OpName, path, field: (path.length > 1 ? path.slice(1) : path).join(".") })),
    ),
  );
}

/** The operation's valid variables with `value` at `path`; a bug or usability block gets its other required fields. */
function variablesWith(op: OpName, path: string[], value: unknown): Vars {
  const details: Vars = path[1] === "bug" ? { input: { bug: validBug() } } : path[1] === "usability" ? { input: { usability: validUsability() } } : {};
  const copy = structuredClone(withVars(OPS[op].vars(), details));
  let node: any = copy;
  path.slice(0, -1).forEach((key, i) => (node = node[key] ??= /^\d+$/.test(path[i + 1]) ? [] : {}));
  node[path.at(-1)!] = value;
  return copy;
}

describe("every text input has a limit (cases generated from the schema)", () => {
  it("refuses 100 001 characters in every String argument and input field of every mutation: TOO_LONG with the shared limit", async () => {
    const refusals: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const { op, path, field } of await textInputsOfMutations()) {
      expect(OPS, `OPS has valid variables for ${op}`).toHaveProperty(op);
      const operation: Operation = OPS[op];
      const result = await (operation.as ? operation.as() : admin.client).request(operation.query, variablesWith(op, path, x(100_001)));
      const extensions = result.errors?.[0]?.extensions ?? {};
      const key = `${op}.${path.join(".")}`;
      refusals[key] = { code: extensions.code, field: extensions.field, reason: extensions.reason, maxIsShared: Object.values(LIMITS).some((l) => l.max === extensions.max) };
      expected[key] =
        path.at(-1) === "color" // a fixed format bounds its length
          ? { code: "BAD_USER_INPUT", field, reason: "INVALID_COLOR", maxIsShared: false }
          : { code: "BAD_USER_INPUT", field, reason: "TOO_LONG", maxIsShared: true };
    }
    expect(Object.keys(expected).length).toBeGreaterThan(30);
    expect(refusals).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Enums, kinds, archived things, self-merge
// ---------------------------------------------------------------------------------------------

const RULE_CASES: Case[] = [
  // Wrong enum values in variables are refused by graphql-js/Apollo before any resolver runs.
  { name: "submitPost: kind QUESTION", op: "submitPost", patch: () => ({ input: { kind: "QUESTION" } }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /PostKind/ },
  { name: "submitPost: bug.severity URGENT", op: "submitPost", patch: () => ({ input: { kind: "BUG", bug: { ...validBug(), severity: "URGENT" } } }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /BugSeverity/ },
  // Statuses are data: a well-formed key that names no status reaches the rules, which name the field.
  bad("setPostStatus", "status WONTFIX (no such status)", () => ({ status: "WONTFIX" }), "status", "UNKNOWN_STATUS"),
  { name: "setPostStatus: lower-case status planned", op: "setPostStatus", patch: () => ({ status: "planned" }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /PostStatus/ },
  { name: "setMemberRole: role OWNER", op: "setMemberRole", patch: () => ({ role: "OWNER" }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /Role/ },
  { name: "setMemberRole: role null", op: "setMemberRole", patch: () => ({ role: null }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null },
  // A report's period runs forward and is at most a year (and a day).
  bad("communityReport", "to before from", () => ({ to: "2025-12-01T00:00:00Z" }), "to", "OUT_OF_RANGE"),
  bad("communityReport", "a period of 367 days", () => ({ from: "2025-01-01T00:00:00Z", to: "2026-01-03T00:00:00Z" }), "to", "OUT_OF_RANGE"),
  // A valid enum value the rules refuse.
  bad("setPostStatus", "status DUPLICATE (only reachable by merging)", () => ({ status: "DUPLICATE" }), "status", "NOT_SETTABLE"),

  // Kind and detail blocks must match.
  bad("submitPost", "BUG without bug details", () => ({ input: { kind: "BUG" } }), "bug", "REQUIRED"),
  bad("submitPost", "IDEA with bug details", () => ({ input: { kind: "IDEA", bug: validBug() } }), "bug", "NOT_FOR_THIS_KIND"),
  bad("submitPost", "USABILITY with bug details", () => ({ input: { kind: "USABILITY", bug: validBug(), usability: validUsability() } }), "bug", "NOT_FOR_THIS_KIND"),
  bad("submitPost", "USABILITY without usability details", () => ({ input: { kind: "USABILITY" } }), "usability", "REQUIRED"),
  bad("submitPost", "IDEA with usability details", () => ({ input: { kind: "IDEA", usability: validUsability() } }), "usability", "NOT_FOR_THIS_KIND"),
  bad("submitPost", "BUG with usability details too", () => ({ input: { kind: "BUG", bug: validBug(), usability: validUsability() } }), "usability", "NOT_FOR_THIS_KIND"),
  bad("editPost", "bug details on an IDEA", () => ({ input: { bug: validBug() } }), "bug", "NOT_FOR_THIS_KIND"),
  bad("editPost", "usability details on a BUG", () => ({ id: fx.bug.id, input: { usability: validUsability() } }), "usability", "NOT_FOR_THIS_KIND"),
  bad("editPost", "bug details on a USABILITY report", () => ({ id: fx.usability.id, input: { bug: validBug() } }), "bug", "NOT_FOR_THIS_KIND"),

  // Archived boards and tags take nothing new.
  bad("submitPost", "to an archived board", () => ({ input: { boardId: fx.archivedBoard.id } }), "boardId", "ARCHIVED"),
  bad("movePost", "to an archived board", () => ({ boardId: fx.archivedBoard.id }), "boardId", "ARCHIVED"),
  bad("tagPost", "with an archived tag", () => ({ tagId: fx.archivedTag.id }), "tagId", "ARCHIVED"),

  // Merging.
  bad("mergePosts", "a post into itself", () => ({ targetId: fx.idea.id }), "targetId", "SAME_POST"),
  bad("mergePosts", "into a post that was itself merged", () => ({ targetId: fx.merged.id }), "targetId", "ALREADY_MERGED"),
  { name: "mergePosts: an already merged duplicate", op: "mergePosts", patch: () => ({ duplicateId: fx.merged.id }), code: "CONFLICT", reason: "POST_MERGED" },
  { name: "setPostStatus: on a merged duplicate", op: "setPostStatus", patch: () => ({ postId: fx.merged.id }), code: "CONFLICT", reason: "POST_MERGED" },
  { name: "postUpdate: on a merged duplicate", op: "postUpdate", patch: () => ({ postId: fx.merged.id }), code: "CONFLICT", reason: "POST_MERGED" },
  { name: "vote: on a merged duplicate", op: "vote", patch: () => ({ postId: fx.merged.id }), code: "CONFLICT", reason: "POST_MERGED" },

  // A preview is for one post or for several, said one way.
  bad("notificationPreview", "both postId and postIds", () => ({ postIds: [fx.bug.id] }), "postIds", "INVALID_VALUE"),
  bad("notificationPreview", "neither postId nor postIds", () => ({ postId: undefined }), "postId", "REQUIRED"),
  bad("notificationPreview", "101 postIds", () => ({ postId: undefined, postIds: Array.from({ length: 101 }, () => fx.idea.id) }), "postIds", "TOO_MANY"),

  // Replies.
  { name: "addComment: parent from another post", op: "addComment", patch: () => ({ input: { parentId: fx.otherPostCommentId } }), code: "NOT_FOUND", message: /^Parent comment not found/ },
];

describe("enums, kinds, archived boards and tags, merges", () => {
  it.each(RULE_CASES)("$name → $code", runRefused);
});

// ---------------------------------------------------------------------------------------------
// Trackers: connection settings, status mappings, issue references, retries
// ---------------------------------------------------------------------------------------------

const TRACKER_CASES: Case[] = [
  { name: "createTrackerConnection: kind GITHUB", op: "createTrackerConnection", patch: () => ({ kind: "GITHUB" }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /TrackerKind/ },
  bad("createTrackerConnection", "without an apiToken", () => ({ input: { apiToken: undefined } }), "apiToken", "REQUIRED"),
  bad("createTrackerConnection", "whitespace-only apiToken", () => ({ input: { apiToken: "   " } }), "apiToken", "REQUIRED"),
  bad("createTrackerConnection", "apiToken of 501 characters", () => ({ input: { apiToken: x(501) } }), "apiToken", "TOO_LONG"),
  bad("createTrackerConnection", "apiToken containing a NUL character", () => ({ input: { apiToken: "tok\u0000en" } }), "apiToken", "CONTROL_CHARACTERS"),
  bad("createTrackerConnection", "without a name", () => ({ input: { name: undefined } }), "name", "REQUIRED"),
  bad("createTrackerConnection", "whitespace-only name", () => ({ input: { name: "   " } }), "name", "REQUIRED"),
  bad("createTrackerConnection", "name of 81 characters", () => ({ input: { name: x(81) } }), "name", "TOO_LONG"),
  bad("createTrackerConnection", "JIRA without a baseUrl", () => ({ input: { baseUrl: undefined } }), "baseUrl", "REQUIRED"),
  bad("createTrackerConnection", "baseUrl that is not a URL", () => ({ input: { baseUrl: "jira at work" } }), "baseUrl", "INVALID_URL"),
  bad("createTrackerConnection", "ftp: baseUrl", () => ({ input: { baseUrl: "ftp://jira.example.com" } }), "baseUrl", "INVALID_URL"),
  bad("createTrackerConnection", "baseUrl of 301 characters", () => ({ input: { baseUrl: `https://${x(281)}.example.com` } }), "baseUrl", "TOO_LONG"),
  bad("createTrackerConnection", "JIRA without a projectKey", () => ({ input: { projectKey: undefined } }), "projectKey", "REQUIRED"),
  bad("createTrackerConnection", "projectKey of 41 characters", () => ({ input: { projectKey: x(41) } }), "projectKey", "TOO_LONG"),
  bad("createTrackerConnection", "JIRA without an issueType", () => ({ input: { issueType: "  " } }), "issueType", "REQUIRED"),
  bad("createTrackerConnection", "LINEAR without a teamId", () => ({ kind: "LINEAR", input: { baseUrl: undefined, projectKey: undefined, issueType: undefined } }), "teamId", "REQUIRED"),
  bad("createTrackerConnection", "LINEAR with an apiUrl that is not http(s)", () => ({ kind: "LINEAR", input: { teamId: "team-1", apiUrl: "file:///etc/passwd" } }), "apiUrl", "INVALID_URL"),
  { name: "createTrackerConnection: multiLinkRule SOME", op: "createTrackerConnection", patch: () => ({ input: { multiLinkRule: "SOME" } }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /MultiLinkRule/ },
  bad("updateTrackerConnection", "whitespace-only name", () => ({ input: { name: "   " } }), "name", "REQUIRED"),
  bad("updateTrackerConnection", "javascript: baseUrl", () => ({ input: { baseUrl: "javascript:alert(1)" } }), "baseUrl", "INVALID_URL"),
  bad("updateTrackerConnection", "webhookSecret of 201 characters", () => ({ input: { webhookSecret: x(201) } }), "webhookSecret", "TOO_LONG"),

  bad("setTrackerStatusMapping", "empty stateId", () => ({ input: { entries: [{ stateId: "", status: "PLANNED" }] } }), "entries.0.stateId", "REQUIRED"),
  bad("setTrackerStatusMapping", "stateId of 101 characters", () => ({ input: { entries: [{ stateId: "1", status: "PLANNED" }, { stateId: x(101), status: "PLANNED" }] } }), "entries.1.stateId", "TOO_LONG"),
  bad("setTrackerStatusMapping", "201 entries", () => ({ input: { entries: Array.from({ length: 201 }, (_, i) => ({ stateId: String(i), status: "PLANNED" })) } }), "entries", "TOO_MANY"),
  bad("setTrackerStatusMapping", "status WONTFIX (no such status)", () => ({ input: { entries: [{ stateId: "1", status: "WONTFIX" }] } }), "status", "UNKNOWN_STATUS"),
  { name: "setPostLinkRule: rule SOME", op: "setPostLinkRule", patch: () => ({ rule: "SOME" }), code: "BAD_USER_INPUT", reason: "INVALID_VALUE", field: null, message: /MultiLinkRule/ },

  bad("linkTrackerIssue", "empty keyOrUrl", () => ({ input: { keyOrUrl: "" } }), "keyOrUrl", "REQUIRED"),
  bad("linkTrackerIssue", "whitespace-only keyOrUrl", () => ({ input: { keyOrUrl: "   " } }), "keyOrUrl", "REQUIRED"),
  bad("linkTrackerIssue", "keyOrUrl of 501 characters", () => ({ input: { keyOrUrl: `${DEAD_TRACKER_URL}/browse/RT-${"1".repeat(475)}` } }), "keyOrUrl", "TOO_LONG"),
  bad("linkTrackerIssue", "keyOrUrl that is no issue key or URL", () => ({ input: { keyOrUrl: "not an issue" } }), "keyOrUrl", "UNKNOWN_ISSUE_REFERENCE"),
  { name: "linkTrackerIssue: a key already linked to the post", op: "linkTrackerIssue", patch: () => ({ input: { keyOrUrl: "RT-1" } }), code: "CONFLICT", reason: "ALREADY_LINKED" },
  { name: "retryTrackerLink: a link that has not failed", op: "retryTrackerLink", patch: () => ({ linkId: fx.linkId }), code: "CONFLICT", reason: "NOTHING_TO_RETRY" },
  { name: "retryTrackerJob: a job that has not failed", op: "retryTrackerJob", patch: () => ({ jobId: fx.completedJobId }), code: "CONFLICT", reason: "NOTHING_TO_RETRY" },
  { name: "retryTrackerJob: a failed job of another queue", op: "retryTrackerJob", patch: () => ({ jobId: fx.otherQueueJobId }), code: "NOT_FOUND", message: /^Tracker job not found/ },
];

describe("trackers", () => {
  it.each(TRACKER_CASES)("$name → $code", runRefused);
});

// ---------------------------------------------------------------------------------------------
// Ids: malformed (BAD_USER_INPUT naming the argument) and well-formed but unknown (NOT_FOUND)
// ---------------------------------------------------------------------------------------------

/**
 * [operation, where the id goes, what the NOT_FOUND message names, whether it is a list of ids,
 * variables to change alongside (an argument that may not be given with this one)].
 */
const ID_ARGS: [OpName, string[], string, ("list" | undefined)?, Vars?][] = [
  ["revokeApiToken", ["id"], "API token"],
  ["setMemberRole", ["memberId"], "Member"],
  ["warnMember", ["memberId"], "Member"],
  ["silenceMember", ["memberId"], "Member"],
  ["suspendMember", ["memberId"], "Member"],
  ["liftSanction", ["sanctionId"], "Sanction"],
  ["setMemberStaffNote", ["memberId"], "Member"],
  ["removeWatchedWord", ["id"], "Watched word"],
  ["setTrustLevel", ["memberId"], "Member"],
  ["submitPost", ["input", "boardId"], "Board"],
  ["editPost", ["id"], "Post"],
  ["followPost", ["id"], "Post"],
  ["unfollowPost", ["id"], "Post"],
  ["setFollowLevel", ["postId"], "Post"],
  ["watchBoard", ["boardId"], "Board"],
  ["markNotificationsRead", ["input", "ids"], "Notification", "list"],
  ["notificationPreview", ["postId"], "Post"],
  ["communityReport", ["board"], "Board"],
  ["notificationPreview", ["postIds"], "Post", "list", { postId: undefined }],
  ["updateChangelogCategory", ["id"], "Changelog category"],
  ["createChangelogEntry", ["input", "categoryId"], "Changelog category"],
  ["createChangelogEntry", ["input", "postIds"], "Post", "list"],
  ["updateChangelogEntry", ["id"], "Changelog entry"],
  ["updateChangelogEntry", ["input", "categoryId"], "Changelog category"],
  ["updateChangelogEntry", ["input", "postIds"], "Post", "list"],
  ["publishChangelogEntry", ["id"], "Changelog entry"],
  ["unpublishChangelogEntry", ["id"], "Changelog entry"],
  ["scheduleChangelogEntry", ["id"], "Changelog entry"],
  ["cancelChangelogSchedule", ["id"], "Changelog entry"],
  ["vote", ["postId"], "Post"],
  ["unvote", ["postId"], "Post"],
  ["voteOnBehalf", ["postId"], "Post"],
  ["voteOnBehalf", ["memberId"], "Member"],
  ["addComment", ["input", "postId"], "Post"],
  ["addComment", ["input", "parentId"], "Parent comment"],
  ["editComment", ["id"], "Comment"],
  ["deleteComment", ["id"], "Comment"],
  ["setPostStatus", ["postId"], "Post"],
  ["postUpdate", ["postId"], "Post"],
  ["tagPost", ["postId"], "Post"],
  ["tagPost", ["tagId"], "Tag"],
  ["untagPost", ["postId"], "Post"],
  ["untagPost", ["tagId"], "Tag"],
  ["movePost", ["postId"], "Post"],
  ["movePost", ["boardId"], "Board"],
  ["mergePosts", ["duplicateId"], "Post"],
  ["mergePosts", ["targetId"], "Target post"],
  ["updateBoard", ["id"], "Board"],
  ["updateTag", ["id"], "Tag"],
  ["reorderBoards", ["ids"], "Board", "list"],
  ["reorderTags", ["ids"], "Tag", "list"],
  ["updateTrackerConnection", ["id"], "Tracker connection"],
  ["deleteTrackerConnection", ["id"], "Tracker connection"],
  ["testTrackerConnection", ["id"], "Tracker connection"],
  ["setTrackerStatusMapping", ["connectionId"], "Tracker connection"],
  ["setPostLinkRule", ["postId"], "Post"],
  ["createTrackerIssue", ["postId"], "Post"],
  ["createTrackerIssue", ["connectionId"], "Tracker connection"],
  ["linkTrackerIssue", ["postId"], "Post"],
  ["linkTrackerIssue", ["input", "connectionId"], "Tracker connection"],
  ["unlinkTrackerIssue", ["linkId"], "Tracker link"],
  ["retryTrackerLink", ["linkId"], "Tracker link"],
  ["replayWebhookDelivery", ["deliveryId"], "Webhook delivery"],
  ["retryTrackerJob", ["jobId"], "Tracker job"],
  ["flagContent", ["target", "id"], "Comment"],
  ["resolveFlags", ["target", "id"], "Comment"],
  ["hideContent", ["target", "id"], "Comment"],
  ["restoreContent", ["target", "id"], "Comment"],
  ["deleteFlaggedComment", ["commentId"], "Comment"],
  ["agreeAndSuspend", ["target", "id"], "Comment"],
  ["approvePost", ["postId"], "Post"],
  ["rejectPost", ["postId"], "Post"],
];

const at = (path: string[], value: unknown): Vars => path.reduceRight<any>((inner, key) => ({ [key]: inner }), value);

const MALFORMED = ["not-an-id", "42", "", "00000000-0000-0000-0000-00000000000g", "' or 1=1 --"];

const ID_CASES: Case[] = ID_ARGS.flatMap(([op, path, entity, list, alongside = {}]) => {
  // A list of ids reports the bad element's place ("ids.0").
  const id = (value: string) => (list ? [value] : value);
  const field = list ? `${path[path.length - 1]}.0` : path[path.length - 1];
  const patch = (value: string) => () => withVars(alongside, at(path, id(value)));
  return [
    ...MALFORMED.map(
      (value): Case => ({ name: `${op}: ${path.join(".")} = ${JSON.stringify(value)}`, op, patch: patch(value), code: "BAD_USER_INPUT", field, reason: "INVALID_ID" }),
    ),
    { name: `${op}: unknown ${path.join(".")}`, op, patch: () => patch(UNKNOWN_ID())(), code: "NOT_FOUND", message: new RegExp(`^${entity} not found`) },
  ];
});

describe("ids", () => {
  it.each(ID_CASES)("$name → $code", runRefused);

  it("covers every ID argument and ID input field of every mutation, and of every query with a case here", async () => {
    const result = await anonymous.ok(`{
      __schema {
        mutationType { fields { name args { name type { ...T } } } }
        queryType { fields { name args { name type { ...T } } } }
        types { name inputFields { name type { ...T } } }
      }
    }
    fragment T on __Type { name kind ofType { name kind ofType { name kind ofType { name } } } }`);
    const named = (type: any): string => (type.name ?? named(type.ofType)) as string;
    const inputs = new Map<string, string[]>(
      result.__schema.types.filter((type: any) => type.inputFields).map((type: any) => [type.name, type.inputFields.filter((f: any) => named(f.type) === "ID").map((f: any) => f.name)]),
    );
    const expected = new Set<string>();
    const queriesHere = result.__schema.queryType.fields.filter((field: any) => field.name in OPS);
    for (const field of [...result.__schema.mutationType.fields, ...queriesHere]) {
      for (const arg of field.args) {
        if (named(arg.type) === "ID") expected.add(`${field.name}.${arg.name}`);
        for (const inner of inputs.get(named(arg.type)) ?? []) expected.add(`${field.name}.${arg.name}.${inner}`);
      }
    }
    const covered = new Set(ID_ARGS.map(([op, path]) => `${op}.${path.join(".")}`));
    expect([...covered].sort()).toEqual([...expected].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Normalized input: strings are trimmed before they are validated (passwords excepted), control
// characters are refused, lengths count code points as PostgreSQL does, ids are lower-cased
// ---------------------------------------------------------------------------------------------

const NORMALIZATION_CASES: Case[] = [
  // Whitespace cannot make up a required length, nor be stored as an empty text.
  bad("submitPost", "whitespace-only title", () => ({ input: { title: "     " } }), "title", "REQUIRED"),
  bad("submitPost", "title padded to 3 characters with spaces", () => ({ input: { title: " a " } }), "title", "TOO_SHORT"),
  bad("submitPost", "whitespace-only bug.actual", () => ({ input: { kind: "BUG", bug: { ...validBug(), actual: " \n\t " } } }), "bug.actual", "REQUIRED"),
  bad("addComment", "whitespace-only body", () => ({ input: { body: "   " } }), "body", "REQUIRED"),
  bad("editComment", "whitespace-only body", () => ({ input: { body: "   " } }), "body", "REQUIRED"),
  bad("postUpdate", "whitespace-only note", () => ({ input: { note: "   " } }), "note", "REQUIRED"),
  bad("updateProfile", "whitespace-only displayName", () => ({ input: { displayName: "   " } }), "displayName", "REQUIRED"),
  bad("createTag", "whitespace-only name", () => ({ input: { name: "   " } }), "name", "REQUIRED"),
  bad("createApiToken", "whitespace-only name", () => ({ input: { name: "   " } }), "name", "REQUIRED"),
  // "❤️" is U+2764 U+FE0F: two characters to PostgreSQL's varchar(n), so these overflow their columns.
  bad("submitPost", "title of 100 '❤️' (200 code points)", () => ({ input: { title: "❤️".repeat(100) } }), "title", "TOO_LONG"),
  bad("createTag", "name of 30 '❤️' (60 code points)", () => ({ input: { name: "❤️".repeat(30) } }), "name", "TOO_LONG"),
  bad("updateProfile", "displayName of 50 '❤️' (100 code points)", () => ({ input: { displayName: "❤️".repeat(50) } }), "displayName", "TOO_LONG"),
  // PostgreSQL text cannot hold NUL; the other C0 control characters are refused with it.
  bad("submitPost", "body containing a NUL character", () => ({ input: { body: "before\u0000after" } }), "body", "CONTROL_CHARACTERS"),
  bad("submitPost", "title containing an escape character", () => ({ input: { title: "Red \u001b[31malert" } }), "title", "CONTROL_CHARACTERS"),
  bad("submitPost", "bug.environment containing a NUL character", () => ({ input: { kind: "BUG", bug: { ...validBug(), environment: "linux\u0000" } } }), "bug.environment", "CONTROL_CHARACTERS"),
  bad("addComment", "body containing a NUL character", () => ({ input: { body: "before\u0000after" } }), "body", "CONTROL_CHARACTERS"),
  bad("signUp", "password containing a NUL character", () => ({ input: { password: "long enough\u0000pw" } }), "password", "CONTROL_CHARACTERS"),
  bad("updateBoard", "name ending in a NUL character (not trimmed away)", () => ({ input: { name: "Board\u0000" } }), "name", "CONTROL_CHARACTERS"),
  // Text of only invisible characters is no text; they cannot pad a minimum length either.
  bad("submitPost", "title of zero-width spaces", () => ({ input: { title: "\u200B\u200B\u200B\u200B" } }), "title", "REQUIRED"),
  bad("submitPost", "title 'ab' padded with a zero-width joiner and a BOM", () => ({ input: { title: "\u200Dab\uFEFF" } }), "title", "TOO_SHORT"),
  bad("addComment", "body of zero-width spaces and a word joiner", () => ({ input: { body: "\u200B \u2060 \u200C" } }), "body", "REQUIRED"),
  bad("updateProfile", "displayName of zero-width spaces", () => ({ input: { displayName: "\u200B\u200B" } }), "displayName", "REQUIRED"),
  bad("createBoard", "name of soft hyphens", () => ({ input: { name: "\u00AD\u00AD\u00AD" } }), "name", "REQUIRED"),
  bad("createTag", "name of zero-width spaces", () => ({ input: { name: "\u200B\u200B\u200B" } }), "name", "REQUIRED"),
  // Ids name the same row in any case.
  bad("mergePosts", "a post into itself, the target id in upper case", () => ({ targetId: fx.idea.id.toUpperCase() }), "targetId", "SAME_POST"),
];

describe("normalized input", () => {
  it.each(NORMALIZATION_CASES)("$name → BAD_USER_INPUT ($field)", runRefused);

  it("refuses a control character in a top-level String argument, naming the argument", async () => {
    const result = await admin.client.request(`query($after: String) { posts(after: $after) { totalCount } }`, { after: "\u0000" });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions?.field).toBe("after");
    expectCleanErrors(result);
  });

  it("refuses a lone UTF-16 surrogate in every String argument and input field of every mutation, naming it", async () => {
    const cases = await textInputsOfMutations();
    expect(cases.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const { op, path, field } of cases) {
      expect(OPS, `OPS has no valid call of ${op}`).toHaveProperty(op);
      const operation: Operation = OPS[op];
      const before = await tableState(app);
      const result = await (operation.as ? operation.as() : admin.client).request(operation.query, variablesWith(op, path, "before \uD83D after"));
      const seen = `${codeOf(result)} ${result.errors?.[0]?.extensions?.field}`;
      if (seen !== `BAD_USER_INPUT ${field}`) wrong.push(`${op}.${path.join(".")}: ${seen}`);
      else if (JSON.stringify(await tableState(app)) !== JSON.stringify(before)) wrong.push(`${op}.${path.join(".")}: wrote something`);
    }
    expect(wrong).toEqual([]);
  });

  it("stores text trimmed, keeping tabs and line breaks inside it", async () => {
    const result = await admin.client.ok(OPS.submitPost.query, {
      input: { boardId: fx.board.id, kind: "IDEA", title: "  \tTrimmed title \n", body: "\nline one\n\tline two\r\n" },
    });
    const [row] = await sql(app, `select title, body from post where id = ?`, [result.submitPost.id]);
    expect(row).toEqual({ title: "Trimmed title", body: "line one\n\tline two" });
  });

  it("stores padded status names, tracker settings, cover images and notes trimmed, though the services no longer trim", async () => {
    const name = `Padded ${randomUUID().slice(0, 6)}`;
    const { createStatus } = await admin.client.ok(OPS.createStatus.query, { input: { nameEn: ` ${name}\u200B `, nameDe: "\tGepolstert ", color: "#0891b2", category: "ACTIVE" } });
    await admin.client.ok(OPS.updateStatus.query, { key: createStatus.key, input: { nameDe: "  Neu gepolstert \n" } });
    expect((await sql(app, `select name_en, name_de from post_status where key = ?`, [createStatus.key]))[0]).toEqual({ name_en: name, name_de: "Neu gepolstert" });

    const { createTrackerConnection } = await admin.client.ok(OPS.createTrackerConnection.query, {
      kind: "JIRA",
      input: { name: "  Padded Jira ", baseUrl: ` ${DEAD_TRACKER_URL}/ `, apiToken: " token ", projectKey: "RT", issueType: "Task", settings: [{ key: "email", value: " bot@acme.example\u200B" }], saveUntested: true },
    });
    const [connection] = await sql(app, `select name, settings from tracker_connection where id = ?`, [createTrackerConnection.id]);
    expect(connection.name).toBe("Padded Jira");
    expect(connection.settings).toMatchObject({ baseUrl: DEAD_TRACKER_URL, email: "bot@acme.example", issueType: "Task" });
    await admin.client.ok(OPS.updateTrackerConnection.query, { id: createTrackerConnection.id, input: { name: " Renamed padded Jira  ", settings: [{ key: "issueType", value: "  Bug " }], saveUntested: true } });
    const [renamed] = await sql(app, `select name, settings from tracker_connection where id = ?`, [createTrackerConnection.id]);
    expect({ name: renamed.name, issueType: renamed.settings.issueType }).toEqual({ name: "Renamed padded Jira", issueType: "Bug" });

    await admin.client.ok(OPS.updateChangelogEntry.query, { id: fx.changelogEntryId, input: { coverImageUrl: "  https://example.com/cover.png \u200B" } });
    expect((await sql(app, `select cover_image_url from changelog_entry where id = ?`, [fx.changelogEntryId]))[0]).toEqual({ cover_image_url: "https://example.com/cover.png" });
    await admin.client.ok(OPS.updateChangelogEntry.query, { id: fx.changelogEntryId, input: { coverImageUrl: " \u200B " } });
    expect((await sql(app, `select cover_image_url from changelog_entry where id = ?`, [fx.changelogEntryId]))[0]).toEqual({ cover_image_url: null });

    // A note of only spaces is no note: keeping the status records no public update.
    const [{ status }] = await sql(app, `select status from post where id = ?`, [fx.other.id]);
    const notes = () => countRows(app, "post_event", "post_id = ? and type = 'NOTE'", [fx.other.id]);
    const before = await notes();
    await admin.client.ok(`mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status, input: { note: "  \u200B " }) { id } }`, { id: fx.other.id, status });
    expect(await notes()).toBe(before);
  });

  it("accepts a title of 80 '❤️', 160 code points (the maximum)", async () => {
    const title = "❤️".repeat(80);
    const result = await admin.client.ok(OPS.submitPost.query, { input: { boardId: fx.board.id, kind: "IDEA", title } });
    expect((await sql(app, `select title, length(title) as length from post where id = ?`, [result.submitPost.id]))[0]).toEqual({ title, length: 160 });
  });

  it("keeps a password exactly as typed, spaces at either end included", async () => {
    const email = `spaced-${randomUUID().slice(0, 8)}@example.com`;
    const password = ` ${x(8)} `; // 10 characters as typed, too short if it were trimmed
    await app.client().ok(OPS.signUp.query, { input: { email, password, displayName: "Spaced" } });
    const trimmed = await app.client().request(OPS.logIn.query, { input: { email, password: password.trim() } });
    expect(codeOf(trimmed)).toBe("UNAUTHENTICATED");
    await app.client().ok(OPS.logIn.query, { input: { email, password } });
  });

  it("lower-cases ids, top-level and inside inputs, so upper-case ids find the same rows", async () => {
    const upper = (id: string) => id.toUpperCase();
    const read = await admin.client.ok(`query($id: ID!) { post(id: $id) { id } }`, { id: upper(fx.other.id) });
    expect(read.post).toEqual({ id: fx.other.id });
    const voted = await admin.client.ok(`mutation($id: ID!) { unvote(postId: $id) { id } }`, { id: upper(fx.other.id) });
    expect(voted.unvote).toEqual({ id: fx.other.id });
    const added = await admin.client.ok(OPS.addComment.query, { input: { postId: upper(fx.idea.id), parentId: upper(fx.commentId), body: "Upper-case ids" } });
    const [comment] = await sql(app, `select post_id, parent_id from comment where id = ?`, [added.addComment.id]);
    expect(comment).toEqual({ post_id: fx.idea.id, parent_id: fx.commentId });
  });
});

// ---------------------------------------------------------------------------------------------
// Query limits
// ---------------------------------------------------------------------------------------------

describe("query depth and alias limits", () => {
  /** `post { mergedInto { … { id } } }`: depth = 2 + the number of mergedInto levels. */
  const nested = (depth: number) => `query($id: ID!) { post(id: $id) { ${"mergedInto { ".repeat(depth - 2)}id${" }".repeat(depth - 2)} } }`;
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(" ")} }`;

  it("answers a query 10 levels deep", async () => {
    const result = await anonymous.request(nested(10), { id: fx.merged.id });
    expect(result.errors).toBeUndefined();
    expect(result.data.post.mergedInto).toEqual({ mergedInto: null }); // fx.merged → fx.other → (not merged)
  });

  it("refuses a query 11 levels deep with GRAPHQL_VALIDATION_FAILED, before running it", async () => {
    const result = await anonymous.request(nested(11), { id: fx.merged.id });
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(result.data).toBeUndefined();
    expectCleanErrors(result);
  });

  it("refuses a deep query hidden in fragments", async () => {
    const query = `query($id: ID!) { post(id: $id) { ...A } }
      fragment A on Post { mergedInto { ...B } }
      fragment B on Post { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { id } } } } } } } } }`;
    const result = await anonymous.request(query, { id: fx.merged.id });
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers 15 aliases", async () => {
    const result = await admin.client.request(aliased(15));
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data)).toHaveLength(15);
  });

  it("refuses 16 aliases with GRAPHQL_VALIDATION_FAILED", async () => {
    const result = await admin.client.request(aliased(16));
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors![0].message).toMatch(/alias/i);
    expect(result.data).toBeUndefined();
    expectCleanErrors(result);
  });

  it("refuses 16 aliased mutations without running any of them", async () => {
    const posts = await Promise.all(Array.from({ length: 16 }, () => buildPost(app, { author: fx.target, board: fx.board })));
    const query = `mutation { ${posts.map((post, i) => `v${i}: vote(postId: "${post.id}") { id }`).join(" ")} }`;
    const before = await countRows(app, "vote");
    const result = await admin.client.request(query);
    expect(codeOf(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(await countRows(app, "vote")).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Rate limits (a separate app with a budget of 2 per minute for everything)
// ---------------------------------------------------------------------------------------------

describe("rate limits", () => {
  let limited: TestApp;
  let board: Board;
  const two = { points: 2, durationSeconds: 60 };

  beforeAll(async () => {
    limited = await startTestApp({ rateLimits: { submit: two, vote: two, comment: two, login: two, accountMail: two } });
    board = await buildBoard(limited);
  });
  afterAll(() => limited.close());

  function expectRateLimited(result: GraphQLResult) {
    expect(codeOf(result), JSON.stringify(result.errors)).toBe("RATE_LIMITED");
    const retryAfter = result.errors![0].extensions!.retryAfter as number;
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expectCleanErrors(result);
  }

  const SUBMIT = OPS.submitPost.query;

  it("refuses the third submitPost within the window and writes no post; other members keep their own budget", async () => {
    const { member, client } = await buildMember(limited);
    for (const n of [1, 2]) await client.ok(SUBMIT, { input: { boardId: board.id, kind: "IDEA", title: `Post number ${n}` } });
    const before = await tableState(limited);
    const third = await client.request(SUBMIT, { input: { boardId: board.id, kind: "IDEA", title: "Post number 3" } });
    expectRateLimited(third);
    expect(await tableState(limited)).toEqual(before);
    expect(await countRows(limited, "post", "author_id = ?", [member.id])).toBe(2);

    const other = await buildMember(limited);
    await other.client.ok(SUBMIT, { input: { boardId: board.id, kind: "IDEA", title: "Someone else's post" } });
  });

  it("refuses the third vote within the window and writes no vote; unvote spends the same budget", async () => {
    const author = (await buildMember(limited)).member;
    const posts = await Promise.all([1, 2, 3].map(() => buildPost(limited, { author, board })));
    const { member, client } = await buildMember(limited);
    for (const post of posts.slice(0, 2)) await client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: post.id });
    const before = await tableState(limited);
    expectRateLimited(await client.request(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: posts[2].id }));
    expectRateLimited(await client.request(`mutation($id: ID!) { unvote(postId: $id) { id } }`, { id: posts[0].id }));
    expect(await tableState(limited)).toEqual(before);
    expect(await countRows(limited, "vote", "member_id = ?", [member.id])).toBe(2);
    expect((await sql(limited, `select vote_count from post where id = ?`, [posts[2].id]))[0].vote_count).toBe(0);
  });

  it("refuses the third comment within the window and writes no comment; editComment spends the same budget", async () => {
    const post = await buildPost(limited, { author: (await buildMember(limited)).member, board });
    const { member, client } = await buildMember(limited);
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const first = await client.ok(ADD, { input: { postId: post.id, body: "one" } });
    await client.ok(ADD, { input: { postId: post.id, body: "two" } });
    const before = await tableState(limited);
    expectRateLimited(await client.request(ADD, { input: { postId: post.id, body: "three" } }));
    expectRateLimited(await client.request(OPS.editComment.query, { id: first.addComment.id, input: { body: "edited" } }));
    expect(await tableState(limited)).toEqual(before);
    expect(await countRows(limited, "comment", "author_id = ?", [member.id])).toBe(2);
  });

  it("refuses the third logIn from one address even with the right password, and starts no session; signUp shares the budget", async () => {
    const { member } = await buildMember(limited);
    const LOG_IN = OPS.logIn.query;
    const wrong = await limited.client().request(LOG_IN, { input: { email: member.email, password: "wrong password" } });
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    await limited.client().ok(LOG_IN, { input: { email: member.email, password: FACTORY_PASSWORD } });
    const sessions = await countRows(limited, "session", "member_id = ?", [member.id]);
    const before = await tableState(limited);
    expectRateLimited(await limited.client().request(LOG_IN, { input: { email: member.email, password: FACTORY_PASSWORD } }));
    expectRateLimited(
      await limited.client().request(OPS.signUp.query, { input: { email: "late@example.com", password: "long enough pw", displayName: "Late" } }),
    );
    expect(await tableState(limited)).toEqual(before);
    expect(await countRows(limited, "session", "member_id = ?", [member.id])).toBe(sessions);
    expect(await countRows(limited, "member", "email = 'late@example.com'")).toBe(0);
  });
});
