/**
 * Who may call which mutation, cell by cell: every mutation × every role (and anonymous), over HTTP.
 *
 * The expected table below is written out by hand on purpose. It does not import the server's
 * policy constants, so changing who may do what means changing this table too, deliberately.
 * An allowed cell checks the effect is really there; a refused cell checks the error code and that
 * the database is byte-for-byte what it was before the call.
 */
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, buildBoard, buildHeldPost, buildMember, buildPost, buildTag, type SignedInMember } from "../factories/index.js";
import type { Member } from "../../server/members/member.entity.js";
import type { Role } from "../../server/members/role.js";
import type { Post } from "../../server/posts/post.entity.js";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { eventually } from "../support/eventually.js";
import { sha256 } from "../../server/members/auth.service.js";
import { NotificationCategory } from "../../server/notifications/notification-category.js";
import { unsubscribeToken } from "../../server/notifications/unsubscribe.js";
import { codeOf, type GraphQLClient, type GraphQLResult } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

// ---------------------------------------------------------------------------------------------
// The expected permission table
// ---------------------------------------------------------------------------------------------

const ROLES = ["MEMBER", "AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"] as const;
type RoleName = (typeof ROLES)[number];
type Actor = "ANONYMOUS" | RoleName;
type Code = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

const EVERYONE: readonly Actor[] = ["ANONYMOUS", ...ROLES];
const SIGNED_IN: readonly Actor[] = ROLES;
const STAFF: readonly Actor[] = ["MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];
const NON_STAFF: readonly Actor[] = ["ANONYMOUS", "MEMBER", "AMBASSADOR"];

interface Expectation {
  /** Who may do it; everyone else is refused. */
  allowed: readonly Actor[];
  /** Which actors the row is tried with (default: everyone). Ownership rows need a signed-in owner. */
  actors?: readonly Actor[];
  /** Refusal code for signed-in actors (default FORBIDDEN); anonymous is always UNAUTHENTICATED. */
  refusal?: Code;
  /** Per-actor refusal codes where they differ (e.g. hidden internal notes are NOT_FOUND). */
  refusalFor?: Partial<Record<Actor, Code>>;
}

/** Row name: "<mutation>" or "<mutation> (<situation>)". The mutation name is the first word. */
const EXPECTED = {
  // Accounts
  signUp: { allowed: EVERYONE },
  logIn: { allowed: EVERYONE },
  logOut: { allowed: EVERYONE },
  updateProfile: { allowed: SIGNED_IN },
  createApiToken: { allowed: SIGNED_IN },
  "revokeApiToken (own token)": { actors: SIGNED_IN, allowed: SIGNED_IN },
  "revokeApiToken (someone else's token)": { allowed: [], refusal: "NOT_FOUND" },
  setMemberRole: { allowed: ["ADMIN"] },

  // Moderation
  "warnMember (a member)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "warnMember (a moderator)": { allowed: ["ADMIN"] },
  "silenceMember (a member)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "suspendMember (a member)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "suspendMember (a manager)": { allowed: ["ADMIN"] },
  "suspendMember (an admin)": { allowed: [] },
  "liftSanction (a member's)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  setMemberStaffNote: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  updateHoldSettings: { allowed: ["MANAGER", "ADMIN"] },
  addWatchedWord: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  removeWatchedWord: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  publishNetiquette: { allowed: ["ADMIN"] },
  acceptNetiquette: { allowed: SIGNED_IN },
  "flagContent (someone else's comment, at trust level 1)": { allowed: SIGNED_IN },
  "flagContent (own comment)": { actors: SIGNED_IN, allowed: [] },
  resolveFlags: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  hideContent: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  restoreContent: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  deleteFlaggedComment: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "agreeAndSuspend (a member's comment)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  approvePost: { allowed: ["AMBASSADOR", "MODERATOR", "MANAGER", "ADMIN"] },
  rejectPost: { allowed: ["AMBASSADOR", "MODERATOR", "MANAGER", "ADMIN"] },
  updateFlagSettings: { allowed: ["ADMIN"] },
  "setTrustLevel (a member)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "setTrustLevel (a moderator)": { allowed: ["ADMIN"] },
  updateTrustSettings: { allowed: ["ADMIN"] },

  resendVerificationEmail: { allowed: SIGNED_IN },
  verifyEmail: { allowed: EVERYONE },
  requestPasswordReset: { allowed: EVERYONE },
  resetPassword: { allowed: EVERYONE },
  requestEmailChange: { allowed: SIGNED_IN },
  confirmEmailChange: { allowed: EVERYONE },
  changePassword: { allowed: SIGNED_IN },
  updateNotificationPreferences: { allowed: SIGNED_IN },
  unsubscribe: { allowed: EVERYONE },

  // Posts
  submitPost: { allowed: SIGNED_IN },
  "editPost (own post, within grace period)": { actors: SIGNED_IN, allowed: SIGNED_IN },
  "editPost (own post, after grace period)": { actors: SIGNED_IN, allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "editPost (someone else's post)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  followPost: { allowed: SIGNED_IN },
  unfollowPost: { allowed: SIGNED_IN },
  setFollowLevel: { allowed: SIGNED_IN },

  // Notifications
  markNotificationsRead: { allowed: SIGNED_IN },
  watchBoard: { allowed: STAFF },

  // Votes
  vote: { allowed: SIGNED_IN },
  unvote: { allowed: SIGNED_IN },
  voteOnBehalf: { allowed: ["MANAGER", "ADMIN"] },

  // Comments
  "addComment (public)": { allowed: SIGNED_IN },
  "addComment (internal note)": { allowed: STAFF },
  "editComment (own comment)": { actors: SIGNED_IN, allowed: SIGNED_IN },
  "editComment (someone else's comment)": { allowed: [] },
  "editComment (someone else's internal note)": {
    allowed: [],
    refusalFor: { MEMBER: "NOT_FOUND", AMBASSADOR: "NOT_FOUND" },
  },
  "deleteComment (own comment)": { actors: SIGNED_IN, allowed: SIGNED_IN },
  "deleteComment (someone else's comment)": { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  "deleteComment (someone else's internal note)": {
    allowed: ["MODERATOR", "MANAGER", "ADMIN"],
    refusalFor: { MEMBER: "NOT_FOUND", AMBASSADOR: "NOT_FOUND" },
  },

  // Triage
  setPostStatus: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  postUpdate: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  tagPost: { allowed: ["AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"] },
  untagPost: { allowed: ["AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"] },
  movePost: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  mergePosts: { allowed: ["MODERATOR", "MANAGER", "ADMIN"] },
  createBoard: { allowed: ["MANAGER", "ADMIN"] },
  updateBoard: { allowed: ["MANAGER", "ADMIN"] },
  createTag: { allowed: ["MANAGER", "ADMIN"] },
  updateTag: { allowed: ["MANAGER", "ADMIN"] },
  reorderBoards: { allowed: ["MANAGER", "ADMIN"] },
  reorderTags: { allowed: ["MANAGER", "ADMIN"] },

  // Statuses
  createStatus: { allowed: ["ADMIN"] },
  updateStatus: { allowed: ["ADMIN"] },
  reorderStatuses: { allowed: ["ADMIN"] },

  // Trackers
  createTrackerConnection: { allowed: ["ADMIN"] },
  updateTrackerConnection: { allowed: ["ADMIN"] },
  deleteTrackerConnection: { allowed: ["ADMIN"] },
  testTrackerConnection: { allowed: ["ADMIN"] },
  setTrackerStatusMapping: { allowed: ["MANAGER", "ADMIN"] },
  setPostLinkRule: { allowed: ["MANAGER", "ADMIN"] },
  createTrackerIssue: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  linkTrackerIssue: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  unlinkTrackerIssue: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  retryTrackerLink: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  replayWebhookDelivery: { allowed: ["ADMIN"] },
  retryTrackerJob: { allowed: ["ADMIN"] },

  // Changelog
  createChangelogEntry: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  updateChangelogEntry: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  publishChangelogEntry: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  scheduleChangelogEntry: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  cancelChangelogSchedule: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  unpublishChangelogEntry: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  createChangelogCategory: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  updateChangelogCategory: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  updateChangelogSettings: { allowed: ["MANAGER", "PRODUCT", "ADMIN"] },
  markChangelogSeen: { allowed: SIGNED_IN },
} as const satisfies Record<string, Expectation>;

type RowName = keyof typeof EXPECTED;

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

let app: TestApp;

const sql = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> =>
  app.orm.em.fork().execute(query, params) as Promise<T[]>;
const one = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T | undefined> =>
  (await sql<T>(query, params))[0];

/** Every application table, as "rows:md5 of all rows"; any write anywhere changes it. */
const TABLES = [
  "member", "session", "api_token", "board", "tag", "post", "post_tag", "follow", "vote", "comment", "post_event",
  "tracker_connection", "tracker_link", "webhook_delivery", "post_status", "account_token", "outbox_mail", "notification_preference", "notification_settings",
  "notification", "board_watch", "sanction", "audit_entry", "staff_note", "hold_settings", "watched_word", "netiquette_version", "netiquette_acceptance", "flag", "flag_settings", "trust_settings", "member_visit", "post_read",
  "changelog_category", "changelog_entry", "changelog_entry_post", "changelog_settings",
];
async function snapshot(): Promise<Record<string, string>> {
  // Let domain events of earlier, allowed calls finish: their notifications are not this call's writes.
  await eventually(async () => (await one<{ due: number }>(`select count(*)::int as due from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`))!.due === 0, 15_000, "queued jobs to finish");
  const columns = TABLES.map(
    (table) => `(select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "${table}" t) as "${table}"`,
  );
  return (await one<Record<string, string>>(`select ${columns.join(", ")}`))!;
}

interface Cell {
  /** The calling client: signed in as `me`, or anonymous. */
  client: GraphQLClient;
  /** The caller's member row; null when anonymous. */
  me: Member | null;
  actor: Actor;
}

interface Scenario<S = any> {
  /** Fresh fixtures for one cell. */
  setup(cell: Cell): Promise<S>;
  call(cell: Cell, state: S): Promise<GraphQLResult>;
  /** Asserts the allowed call's effect is visible. */
  effect(cell: Cell, state: S, result: GraphQLResult): Promise<void>;
  /** For a refused call, checks what the table snapshot cannot see (pg-boss' own tables). */
  untouched?(cell: Cell, state: S): Promise<void>;
}

/** Staff set a trust level and keep it; audited once. */
function trustLevelScenario(role: RoleName): Scenario<{ target: Member }> {
  return {
    setup: async () => ({ target: await someone(role) }),
    call: ({ client }, { target }) => client.request(`mutation($id: ID!) { setTrustLevel(memberId: $id, level: 3, reason: "Regular helper") { id trustLevel } }`, { id: target.id }),
    async effect({ me }, { target }, result) {
      expect(result.data.setTrustLevel).toEqual({ id: target.id, trustLevel: 3 });
      expect(await one(`select trust_level, trust_level_locked, trust_level_set_by_id from member where id = ?`, [target.id])).toEqual({ trust_level: 3, trust_level_locked: true, trust_level_set_by_id: me!.id });
      expect(await sql(`select action, actor_id, reason from audit_entry where target_member_id = ?`, [target.id])).toEqual([{ action: "SET_TRUST_LEVEL", actor_id: me!.id, reason: "Regular helper" }]);
    },
  };
}

/** Someone other than the caller. */
const someone = async (role: RoleName = "MEMBER") => (await buildMember(app, { role: role as Role })).member;

async function buildComment(post: Post, author: Member, options: { internal?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  const internal = options.internal ?? false;
  await sql(`insert into comment (id, post_id, author_id, body, visibility) values (?, ?, ?, 'original body', ?)`, [
    id,
    post.id,
    author.id,
    internal ? "INTERNAL" : "PUBLIC",
  ]);
  if (!internal) await sql(`update post set comment_count = comment_count + 1 where id = ?`, [post.id]);
  return id;
}

async function buildApiToken(owner: Member): Promise<string> {
  const id = randomUUID();
  await sql(`insert into api_token (id, member_id, name, token_hash) values (?, ?, 'script', ?)`, [id, owner.id, randomUUID().replace(/-/g, "")]);
  return id;
}

async function buildVote(post: Post, member: Member) {
  await sql(`insert into vote (id, post_id, member_id) values (gen_random_uuid(), ?, ?)`, [post.id, member.id]);
  await sql(`update post set vote_count = vote_count + 1 where id = ?`, [post.id]);
}

/** A tracker that never answers: nothing listens on port 9, so every call fails at once (retryably). */
const DEAD_TRACKER_URL = "http://127.0.0.1:9";

/** A Jira connection written straight to the database, its secrets sealed with the app's own key. */
async function buildConnection(): Promise<TrackerConnection> {
  const em = app.orm.em.fork();
  const connection = em.create(TrackerConnection, {
    kind: TrackerKind.JIRA,
    name: `Jira ${randomUUID().slice(0, 8)}`,
    settings: { baseUrl: DEAD_TRACKER_URL, projectKey: "RT", issueType: "Task" },
    sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: "x", webhookSecret: null })),
  });
  await em.flush();
  return connection;
}

interface LinkFixture {
  state: "PENDING" | "LINKED" | "FAILED";
  issueKey?: string;
  mappedStatus?: string;
  lastError?: string;
}

async function buildLink(post: Post, connection: TrackerConnection, link: LinkFixture): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into tracker_link (id, post_id, connection_id, state, idempotency_key, issue_id, issue_key, issue_url, tracker_state_name, mapped_status, last_error)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      post.id,
      connection.id,
      link.state,
      `roundtrip-link-${randomUUID()}`,
      link.issueKey ? `id-${link.issueKey}` : null,
      link.issueKey ?? null,
      link.issueKey ? `${DEAD_TRACKER_URL}/browse/${link.issueKey}` : null,
      link.issueKey ? "In Progress" : null,
      link.mappedStatus ?? null,
      link.lastError ?? null,
    ],
  );
  return id;
}

/** A stored webhook delivery that was already processed (and failed), for replaying. */
async function buildDelivery(connection: TrackerConnection): Promise<string> {
  const id = randomUUID();
  const event = {
    deliveryId: `delivery-${id}`,
    issueId: "id-RT-404", // linked to no post: processing it again is SKIPPED
    issueKey: "RT-404",
    state: { id: "3", name: "In Progress", category: "indeterminate" },
    occurredAt: new Date().toISOString(),
    action: "updated",
  };
  await sql(
    `insert into webhook_delivery (id, connection_id, delivery_id, event, state, detail, processed_at) values (?, ?, ?, ?, 'FAILED', 'boom', now())`,
    [id, connection.id, event.deliveryId, JSON.stringify(event)],
  );
  return id;
}

/** A failed pg-boss job on a tracker queue; its connection does not exist, so a retry completes without a call. */
async function buildFailedJob(): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into pgboss.job (id, name, data, state, retry_count, output, started_on, completed_on)
     values (?, 'tracker.reconcile', ?, 'failed', 2, ?, now(), now())`,
    [id, JSON.stringify({ connectionId: randomUUID() }), JSON.stringify({ message: "Jira had a server error (503)" })],
  );
  return id;
}

const jobRow = (id: string) => one(`select state, retry_limit from pgboss.job where id = ?`, [id]);
/** The queues holding a job for this link (a failed tracker call may have re-queued it already). */
const queuesForLink = async (linkId: string) =>
  (await sql<{ name: string }>(`select distinct name from pgboss.job where data->>'linkId' = ?`, [linkId])).map((row) => row.name);
/**
 * Removes a link whose job was queued against the dead tracker. Its retries keep recording
 * `last_error` and, after the 8th attempt (some 25 s on), mark it FAILED: without this, that write
 * could land between a later cell's before and after snapshots, or change syncHealth's counts.
 */
const forgetLink = (linkId: string) => sql(`delete from tracker_link where id = ?`, [linkId]);

/** A mailed link's token for `member`, stored as the server stores it. */
async function buildAccountToken(member: Member, purpose: string, email = member.email): Promise<string> {
  const token = randomUUID();
  await sql(`insert into account_token (token_hash, member_id, purpose, email, expires_at) values (?, ?, ?, ?, now() + interval '1 hour')`, [sha256(token), member.id, purpose, email]);
  return token;
}

/** The mail to `address` made by `template`, once its job has run (so no later snapshot sees it change). */
const capturedMail = (address: string, template: string) =>
  eventually(() => one(`select status from outbox_mail where to_address = ? and template = ? and status = 'CAPTURED'`, [address, template]), 10_000, `a ${template} mail to ${address}`);

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/** The guidelines the cells publish, as a GraphQL string: the clause warnMember cites stays in every version. */
const NETIQUETTE = "## Be kind\\n\\nNo insults.";

/** A sanction of a fresh member of `role`: allowed, it is stored with one audit row and a mail to them. */
function sanctionScenario(role: RoleName, call: (memberId: string) => [string, Record<string, unknown>], kind: string): Scenario<{ target: Member }> {
  return {
    setup: async () => ({ target: await someone(role) }),
    call: ({ client }, { target }) => client.request(...call(target.id)),
    async effect({ me }, { target }, result) {
      const sanction = Object.values(result.data)[0] as { id: string; kind: string };
      expect(sanction.kind).toBe(kind);
      expect(await sql(`select kind, actor_id from sanction where member_id = ?`, [target.id])).toEqual([{ kind, actor_id: me!.id }]);
      expect(await sql(`select target_id, actor_id from audit_entry where target_member_id = ?`, [target.id])).toEqual([{ target_id: sanction.id, actor_id: me!.id }]);
      await capturedMail(target.email, `sanction-${kind.toLowerCase()}`);
    },
  };
}

const postRow = (id: string) => one(`select * from post where id = ?`, [id]);
const events = (postId: string) => sql(`select * from post_event where post_id = ? order by created_at`, [postId]);

// ---------------------------------------------------------------------------------------------
// One scenario per table row: fixtures, the call, and what "it worked" means
// ---------------------------------------------------------------------------------------------

/** A changelog entry written straight to the database, in the first category, linking `posts`. */
/** A member's comment with one open flag (hidden by flags when `hidden`), for a moderation action. */
function flaggedCommentScenario(
  call: (commentId: string) => [string, Record<string, unknown>],
  effect: (commentId: string) => Promise<void>,
  action: string,
  options: { hidden?: boolean } = {},
): Scenario<{ commentId: string }> {
  return {
    setup: async () => {
      const commentId = await buildComment(await buildPost(app, { author: await someone() }), await someone());
      await sql(`insert into flag (id, comment_id, flagger_id, reason, weight) values (gen_random_uuid(), ?, ?, 'SPAM', 1)`, [commentId, (await someone()).id]);
      if (options.hidden) await sql(`update comment set hidden_at = now() where id = ?`, [commentId]);
      return { commentId };
    },
    call: ({ client }, { commentId }) => client.request(...call(commentId)),
    async effect({ me }, { commentId }) {
      await effect(commentId);
      expect(await sql(`select action, actor_id from audit_entry where target_id = ?`, [commentId])).toEqual([{ action, actor_id: me!.id }]);
    },
  };
}

/** A member's post held for approval. */
function heldPostScenario(call: (postId: string) => [string, Record<string, unknown>], after: { moderation_state: string | null; action: string }): Scenario<{ post: Post }> {
  return {
    setup: async () => {
      return { post: await buildHeldPost(app, { author: await someone() }) };
    },
    call: ({ client }, { post }) => client.request(...call(post.id)),
    async effect({ me }, { post }) {
      expect(await one(`select moderation_state from post where id = ?`, [post.id])).toEqual({ moderation_state: after.moderation_state });
      expect(await sql(`select action, actor_id from audit_entry where target_id = ?`, [post.id])).toEqual([{ action: after.action, actor_id: me!.id }]);
    },
  };
}

async function buildEntry(state: "DRAFT" | "SCHEDULED" | "PUBLISHED", posts: Post[] = []): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into changelog_entry (id, title, category_id, state, scheduled_for, published_at, notified_at)
     select ?, 'Entry', (select id from changelog_category order by position limit 1), ?::changelog_entry_state,
            case when ? = 'SCHEDULED' then now() + interval '1 day' end, case when ? = 'PUBLISHED' then now() end, case when ? = 'PUBLISHED' then now() end`,
    [id, state, state, state, state],
  );
  for (const post of posts) await sql(`insert into changelog_entry_post (changelog_entry_id, post_id) values (?, ?)`, [id, post.id]);
  return id;
}
const entryRow = (id: string) => one(`select state, title, scheduled_for, notified_at from changelog_entry where id = ?`, [id]);
const jobsForEntry = (id: string) => sql(`select name from pgboss.job where data->>'entryId' = ?`, [id]);

const SCENARIOS: Record<RowName, Scenario> = {
  signUp: {
    setup: async () => ({ email: `new-${randomUUID().slice(0, 8)}@example.com`, ...(await one<{ version: number }>(`select max(version) as version from netiquette_version`))! }),
    call: ({ client }, { email, version }) =>
      client.request(`mutation($input: SignUpInput!) { signUp(input: $input) { id email role netiquetteDue } }`, {
        input: { email, password: "long enough pw", displayName: "Newcomer", netiquetteVersion: version },
      }),
    async effect({ client }, { email, version }, result) {
      expect(result.data.signUp).toMatchObject({ email, role: "MEMBER", netiquetteDue: null });
      expect(await one(`select role from member where email = ?`, [email])).toEqual({ role: "MEMBER" });
      expect(await sql(`select v.version from netiquette_acceptance a join member m on m.id = a.member_id join netiquette_version v on v.id = a.version_id where m.email = ?`, [email])).toEqual([{ version }]);
      expect((await client.ok(`{ me { email } }`)).me.email).toBe(email);
      await capturedMail(email, "verify-email");
    },
  },

  logIn: {
    // Anonymous logs in as a fresh member; a signed-in caller logs in (again) as themselves.
    async setup({ me }) {
      if (me) return { member: me };
      const member = await someone();
      await sql(`update session set revoked_at = now() where member_id = ?`, [member.id]);
      return { member };
    },
    call: ({ client }, { member }) =>
      client.request(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
        input: { email: member.email, password: FACTORY_PASSWORD },
      }),
    async effect({ client }, { member }, result) {
      expect(result.data.logIn.id).toBe(member.id);
      expect((await client.ok(`{ me { id } }`)).me.id).toBe(member.id);
      const live = await sql(`select 1 from session where member_id = ? and revoked_at is null`, [member.id]);
      expect(live).toHaveLength(1); // a signed-in caller's previous session was revoked
    },
  },

  logOut: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { logOut }`),
    async effect({ client, me }, _state, result) {
      expect(result.data.logOut).toBe(true);
      expect((await client.ok(`{ me { id } }`)).me).toBeNull();
      if (me) expect(await sql(`select 1 from session where member_id = ? and revoked_at is null`, [me.id])).toHaveLength(0);
    },
  },

  updateProfile: {
    setup: async () => ({ name: `Renamed ${randomUUID().slice(0, 6)}` }),
    call: ({ client }, { name }) =>
      client.request(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName } }`, { input: { displayName: name } }),
    async effect({ me }, { name }, result) {
      expect(result.data.updateProfile).toEqual({ id: me!.id, displayName: name });
      expect(await one(`select display_name from member where id = ?`, [me!.id])).toEqual({ display_name: name });
    },
  },

  createApiToken: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { createApiToken(input: { name: "nightly export" }) { secret token { id name } } }`),
    async effect({ me }, _state, result) {
      expect(result.data.createApiToken.secret).toMatch(/^rt_/);
      const row = await one(`select member_id, name, revoked_at from api_token where id = ?`, [result.data.createApiToken.token.id]);
      expect(row).toEqual({ member_id: me!.id, name: "nightly export", revoked_at: null });
    },
  },

  "revokeApiToken (own token)": {
    setup: async ({ me }) => ({ tokenId: await buildApiToken(me!) }),
    call: ({ client }, { tokenId }) => client.request(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: tokenId }),
    async effect(_cell, { tokenId }, result) {
      expect(result.data.revokeApiToken).toBe(true);
      expect((await one(`select revoked_at from api_token where id = ?`, [tokenId]))!.revoked_at).not.toBeNull();
    },
  },

  "revokeApiToken (someone else's token)": {
    setup: async () => ({ tokenId: await buildApiToken(await someone("MEMBER")) }),
    call: ({ client }, { tokenId }) => client.request(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: tokenId }),
    effect: async () => {
      throw new Error("nobody may revoke someone else's token");
    },
  },

  setMemberRole: {
    setup: async () => ({ target: await someone("MEMBER") }),
    call: ({ client }, { target }) =>
      client.request(`mutation($id: ID!) { setMemberRole(memberId: $id, role: MODERATOR) { id role } }`, { id: target.id }),
    async effect(_cell, { target }, result) {
      expect(result.data.setMemberRole).toEqual({ id: target.id, role: "MODERATOR" });
      expect(await one(`select role from member where id = ?`, [target.id])).toEqual({ role: "MODERATOR" });
    },
  },

  "warnMember (a member)": sanctionScenario("MEMBER", (id) => [`mutation($id: ID!) { warnMember(memberId: $id, clause: "be-kind", message: "Please stay kind") { id kind } }`, { id }], "WARN"),
  "warnMember (a moderator)": sanctionScenario("MODERATOR", (id) => [`mutation($id: ID!) { warnMember(memberId: $id, message: "Please stay kind") { id kind } }`, { id }], "WARN"),
  "silenceMember (a member)": sanctionScenario("MEMBER", (id) => [`mutation($id: ID!, $until: DateTimeISO!) { silenceMember(memberId: $id, until: $until, reason: "Flood") { id kind } }`, { id, until: inADay() }], "SILENCE"),
  "suspendMember (a member)": sanctionScenario("MEMBER", (id) => [`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Spam") { id kind } }`, { id }], "SUSPEND"),
  "suspendMember (a manager)": sanctionScenario("MANAGER", (id) => [`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Spam") { id kind } }`, { id }], "SUSPEND"),
  "suspendMember (an admin)": sanctionScenario("ADMIN", (id) => [`mutation($id: ID!) { suspendMember(memberId: $id, reason: "Spam") { id kind } }`, { id }], "SUSPEND"),

  "liftSanction (a member's)": {
    setup: async () => {
      const target = await someone("MEMBER");
      const [{ id }] = await sql<{ id: string }>(`insert into sanction (id, kind, member_id, reason, ends_at) values (gen_random_uuid(), 'SILENCE', ?, 'Flood', now() + interval '1 day') returning id`, [target.id]);
      return { target, sanctionId: id };
    },
    call: ({ client }, { sanctionId }) => client.request(`mutation($id: ID!) { liftSanction(sanctionId: $id, reason: "Apologised") { id active } }`, { id: sanctionId }),
    async effect({ me }, { target, sanctionId }, result) {
      expect(result.data.liftSanction).toEqual({ id: sanctionId, active: false });
      expect(await sql(`select action, actor_id, reason from audit_entry where target_member_id = ?`, [target.id])).toEqual([{ action: "LIFT_SANCTION", actor_id: me!.id, reason: "Apologised" }]);
    },
  },

  publishNetiquette: {
    setup: async () => ({}),
    // A minor change that keeps the clause warnings cite: later cells' members need accept nothing new.
    call: ({ client }) => client.request(`mutation { publishNetiquette(body: "${NETIQUETTE}", material: false) { version material } }`),
    async effect({ me }, _state, result) {
      const { version, material } = result.data.publishNetiquette;
      expect(material).toBe(false);
      expect(await one(`select version, material, published_by_id from netiquette_version where version = ?`, [version])).toEqual({ version, material: false, published_by_id: me!.id });
      const [audit] = await sql(`select action, target_type, after from audit_entry where actor_id = ?`, [me!.id]);
      expect(audit).toMatchObject({ action: "PUBLISH_NETIQUETTE", target_type: "NETIQUETTE", after: { version, material: false, clauses: ["be-kind"] } });
      // The publisher accepted what they wrote.
      expect(await sql(`select 1 from netiquette_acceptance a join netiquette_version v on v.id = a.version_id where a.member_id = ? and v.version = ?`, [me!.id, version])).toHaveLength(1);
    },
  },

  acceptNetiquette: {
    // A material change the caller has not accepted yet.
    setup: async () => {
      const [{ version }] = await sql<{ version: number }>(
        `insert into netiquette_version (id, version, body, material) select gen_random_uuid(), max(version) + 1, ?, true from netiquette_version returning version`,
        [NETIQUETTE.replace(/\\n/g, "\n")],
      );
      return { version };
    },
    call: ({ client }, { version }) => client.request(`mutation($version: Int!) { acceptNetiquette(version: $version) { id netiquetteDue } }`, { version }),
    async effect({ me, client }, { version }, result) {
      expect(result.data.acceptNetiquette).toEqual({ id: me!.id, netiquetteDue: null });
      expect(await sql(`select v.version from netiquette_acceptance a join netiquette_version v on v.id = a.version_id where a.member_id = ? order by v.version`, [me!.id])).toContainEqual({ version });
      expect((await client.ok(`{ me { netiquetteDue } }`)).me.netiquetteDue).toBeNull();
    },
  },

  setMemberStaffNote: {
    setup: async () => ({ target: await someone("MEMBER") }),
    call: ({ client }, { target }) => client.request(`mutation($id: ID!) { setMemberStaffNote(memberId: $id, note: "Helpful") { id staffNote } }`, { id: target.id }),
    async effect({ me }, { target }, result) {
      expect(result.data.setMemberStaffNote).toEqual({ id: target.id, staffNote: "Helpful" });
      expect(await sql(`select action, actor_id from audit_entry where target_member_id = ?`, [target.id])).toEqual([{ action: "SET_STAFF_NOTE", actor_id: me!.id }]);
    },
  },

  updateHoldSettings: {
    setup: async () => ({}),
    // NOBODY, so the posts later cells submit appear at once as before.
    call: ({ client }) => client.request(`mutation { updateHoldSettings(input: { policy: NOBODY, firstPosts: 2 }) { policy firstPosts } }`),
    async effect({ me }, _state, result) {
      expect(result.data.updateHoldSettings).toEqual({ policy: "NOBODY", firstPosts: 2 });
      expect(await sql(`select policy, first_posts from hold_settings`)).toEqual([{ policy: "NOBODY", first_posts: 2 }]);
      expect(await sql(`select action from audit_entry where actor_id = ? and target_type = 'HoldSettings'`, [me!.id])).toEqual([{ action: "CHANGE_HOLD_SETTINGS" }]);
    },
  },

  addWatchedWord: {
    setup: async () => ({ word: `zorblax${randomUUID().replace(/[^a-f]/g, "").slice(0, 6)}` }),
    call: ({ client }, { word }) => client.request(`mutation($word: String!) { addWatchedWord(input: { word: $word, action: CENSOR }) { word action } }`, { word }),
    async effect({ me }, { word }, result) {
      expect(result.data.addWatchedWord).toEqual({ word, action: "CENSOR" });
      expect(await sql(`select action, created_by_id from watched_word where word = ?`, [word])).toEqual([{ action: "CENSOR", created_by_id: me!.id }]);
      expect(await sql(`select action from audit_entry where actor_id = ? and target_type = 'WatchedWord'`, [me!.id])).toEqual([{ action: "ADD_WATCHED_WORD" }]);
    },
  },

  removeWatchedWord: {
    setup: async () => {
      const [{ id }] = await sql<{ id: string }>(`insert into watched_word (id, word, action) values (gen_random_uuid(), ?, 'BLOCK') returning id`, [`quuxword${randomUUID().replace(/[^a-f]/g, "").slice(0, 6)}`]);
      return { id };
    },
    call: ({ client }, { id }) => client.request(`mutation($id: ID!) { removeWatchedWord(id: $id) { id } }`, { id }),
    async effect({ me }, { id }, result) {
      expect(result.data.removeWatchedWord).toEqual({ id });
      expect(await sql(`select 1 from watched_word where id = ?`, [id])).toEqual([]);
      expect(await sql(`select action from audit_entry where actor_id = ? and target_id = ?`, [me!.id, id])).toEqual([{ action: "REMOVE_WATCHED_WORD" }]);
    },
  },

  "flagContent (someone else's comment, at trust level 1)": {
    setup: async ({ me }) => {
      if (me) await sql(`update member set trust_level = 1 where id = ?`, [me.id]);
      return { commentId: await buildComment(await buildPost(app, { author: await someone() }), await someone()) };
    },
    call: ({ client }, { commentId }) => client.request(`mutation($id: ID!) { flagContent(target: { kind: COMMENT, id: $id }, reason: SPAM) { id reason } }`, { id: commentId }),
    async effect({ me }, { commentId }, result) {
      expect(result.data.flagContent.reason).toBe("SPAM");
      expect(await sql(`select flagger_id, resolved_at from flag where comment_id = ?`, [commentId])).toEqual([{ flagger_id: me!.id, resolved_at: null }]);
    },
  },
  "flagContent (own comment)": {
    setup: async ({ me }) => {
      await sql(`update member set trust_level = 1 where id = ?`, [me!.id]);
      return { commentId: await buildComment(await buildPost(app, { author: await someone() }), me!) };
    },
    call: ({ client }, { commentId }) => client.request(`mutation($id: ID!) { flagContent(target: { kind: COMMENT, id: $id }, reason: SPAM) { id } }`, { id: commentId }),
    effect: async () => {
      throw new Error("nobody flags their own comment");
    },
  },
  resolveFlags: flaggedCommentScenario(
    (id) => [`mutation($id: ID!) { resolveFlags(target: { kind: COMMENT, id: $id }, resolution: AGREED) { hidden } }`, { id }],
    async (commentId) => expect(await one(`select hidden_at is not null as hidden, (select resolution from flag where comment_id = c.id) as resolution from comment c where id = ?`, [commentId])).toEqual({ hidden: true, resolution: "AGREED" }),
    "RESOLVE_FLAGS",
  ),
  hideContent: flaggedCommentScenario(
    (id) => [`mutation($id: ID!) { hideContent(target: { kind: COMMENT, id: $id }, reason: "Spam") { hidden } }`, { id }],
    async (commentId) => expect(await one(`select hidden_reason from comment where id = ?`, [commentId])).toEqual({ hidden_reason: "Spam" }),
    "HIDE_CONTENT",
  ),
  restoreContent: flaggedCommentScenario(
    (id) => [`mutation($id: ID!) { restoreContent(target: { kind: COMMENT, id: $id }) { hidden } }`, { id }],
    async (commentId) => expect(await one(`select hidden_at from comment where id = ?`, [commentId])).toEqual({ hidden_at: null }),
    "RESTORE_CONTENT",
    { hidden: true },
  ),
  deleteFlaggedComment: flaggedCommentScenario(
    (id) => [`mutation($id: ID!) { deleteFlaggedComment(commentId: $id) { id } }`, { id }],
    async (commentId) => expect(await one(`select body, deleted_at is not null as deleted from comment where id = ?`, [commentId])).toEqual({ body: "", deleted: true }),
    "DELETE_COMMENT",
  ),
  "agreeAndSuspend (a member's comment)": flaggedCommentScenario(
    (id) => [`mutation($id: ID!) { agreeAndSuspend(target: { kind: COMMENT, id: $id }, reason: "Spam account") { hidden } }`, { id }],
    async (commentId) => expect(await one(`select s.kind from sanction s join comment c on c.author_id = s.member_id where c.id = ?`, [commentId])).toEqual({ kind: "SUSPEND" }),
    "RESOLVE_FLAGS",
  ),
  approvePost: heldPostScenario(
    (id) => [`mutation($id: ID!) { approvePost(postId: $id) { held } }`, { id }],
    { moderation_state: null, action: "APPROVE_POST" },
  ),
  rejectPost: heldPostScenario(
    (id) => [`mutation($id: ID!) { rejectPost(postId: $id, reason: "Off topic") { held } }`, { id }],
    { moderation_state: "HIDDEN", action: "REJECT_POST" },
  ),
  updateFlagSettings: {
    setup: async () => ({}),
    call: ({ client }) =>
      client.request(`mutation($levels: [FlagLevelInput!]!) { updateFlagSettings(input: { hideThreshold: 8, levels: $levels }) { hideThreshold } }`, {
        levels: [1, 2, 3, 4].map((trustLevel) => ({ trustLevel, weight: trustLevel, dailyLimit: 10 * trustLevel })),
      }),
    async effect({ me }, _state, result) {
      expect(result.data.updateFlagSettings).toEqual({ hideThreshold: 8 });
      expect(await one(`select hide_threshold, weight_tl3, daily_limit_tl4 from flag_settings`)).toEqual({ hide_threshold: 8, weight_tl3: 3, daily_limit_tl4: 40 });
      expect(await sql(`select action from audit_entry where actor_id = ?`, [me!.id])).toEqual([{ action: "UPDATE_FLAG_SETTINGS" }]);
    },
  },

  "setTrustLevel (a member)": trustLevelScenario("MEMBER"),
  "setTrustLevel (a moderator)": trustLevelScenario("MODERATOR"),

  updateTrustSettings: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { updateTrustSettings(input: { accountsPerIpPerDay: 7 }) { accountsPerIpPerDay } }`),
    async effect(_cell, _state, result) {
      expect(result.data.updateTrustSettings).toEqual({ accountsPerIpPerDay: 7 });
      expect(await one(`select accounts_per_ip_per_day from trust_settings`)).toEqual({ accounts_per_ip_per_day: 7 });
    },
  },

  resendVerificationEmail: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { resendVerificationEmail }`),
    async effect({ me }, _state, result) {
      expect(result.data.resendVerificationEmail).toBe(true);
      await capturedMail(me!.email, "verify-email");
    },
  },

  updateNotificationPreferences: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { updateNotificationPreferences(input: { emailCadence: WEEKLY }) { emailCadence } }`),
    async effect({ me }, _state, result) {
      expect(result.data.updateNotificationPreferences).toEqual({ emailCadence: "WEEKLY" });
      expect(await one(`select email_cadence from notification_settings where member_id = ?`, [me!.id])).toEqual({ email_cadence: "WEEKLY" });
    },
  },

  unsubscribe: {
    async setup() {
      const member = await someone();
      return { member, token: await unsubscribeToken(app.config, member.id, [NotificationCategory.STATUS]) };
    },
    call: ({ client }, { token }) => client.request(`mutation($token: String!) { unsubscribe(input: { token: $token }) { categories } }`, { token }),
    async effect(_cell, { member }, result) {
      expect(result.data.unsubscribe).toEqual({ categories: ["STATUS"] });
      expect(await one(`select email from notification_preference where member_id = ? and category = 'STATUS'`, [member.id])).toEqual({ email: false });
    },
  },

  verifyEmail: {
    async setup() {
      const member = await someone();
      return { member, token: await buildAccountToken(member, "VERIFY_EMAIL") };
    },
    call: ({ client }, { token }) => client.request(`mutation($token: String!) { verifyEmail(input: { token: $token }) }`, { token }),
    async effect(_cell, { member }) {
      expect((await one(`select email_verified_at from member where id = ?`, [member.id]))!.email_verified_at).not.toBeNull();
    },
  },

  requestPasswordReset: {
    setup: async () => ({ member: await someone() }),
    call: ({ client }, { member }) => client.request(`mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`, { email: member.email }),
    async effect(_cell, { member }, result) {
      expect(result.data.requestPasswordReset).toBe(true);
      await capturedMail(member.email, "reset-password");
    },
  },

  resetPassword: {
    async setup() {
      const member = await someone();
      return { member, token: await buildAccountToken(member, "RESET_PASSWORD") };
    },
    call: ({ client }, { token }) =>
      client.request(`mutation($token: String!) { resetPassword(input: { token: $token, newPassword: "a fresh password" }) }`, { token }),
    async effect(_cell, { member }) {
      const logIn = await app.client().request(`mutation($email: String!) { logIn(input: { email: $email, password: "a fresh password" }) { id } }`, { email: member.email });
      expect(logIn.data.logIn.id).toBe(member.id);
    },
  },

  requestEmailChange: {
    setup: async () => ({ email: `moved-${randomUUID().slice(0, 8)}@example.com` }),
    call: ({ client }, { email }) =>
      client.request(`mutation($email: String!, $password: String!) { requestEmailChange(input: { newEmail: $email, currentPassword: $password }) }`, {
        email,
        password: FACTORY_PASSWORD,
      }),
    async effect(_cell, { email }) {
      await capturedMail(email, "confirm-new-email");
    },
  },

  confirmEmailChange: {
    async setup() {
      const member = await someone();
      const email = `moved-${randomUUID().slice(0, 8)}@example.com`;
      return { member, email, token: await buildAccountToken(member, "CHANGE_EMAIL", email) };
    },
    call: ({ client }, { token }) => client.request(`mutation($token: String!) { confirmEmailChange(input: { token: $token }) }`, { token }),
    async effect(_cell, { member, email }) {
      expect(await one(`select email from member where id = ?`, [member.id])).toEqual({ email });
      await capturedMail(member.email, "email-changed");
    },
  },

  changePassword: {
    setup: async () => ({}),
    call: ({ client }) =>
      client.request(`mutation($password: String!) { changePassword(input: { currentPassword: $password, newPassword: "a fresh password" }) }`, {
        password: FACTORY_PASSWORD,
      }),
    async effect({ client, me }) {
      expect((await client.ok(`{ me { id } }`)).me.id).toBe(me!.id);
      await capturedMail(me!.email, "password-changed");
    },
  },

  submitPost: {
    setup: async () => ({ board: await buildBoard(app), title: `Dark mode ${randomUUID().slice(0, 6)}` }),
    call: ({ client }, { board, title }) =>
      client.request(`mutation($input: SubmitPostInput!) { submitPost(input: $input) { id title status } }`, {
        input: { boardId: board.id, kind: "IDEA", title, body: "Please" },
      }),
    async effect({ me }, { board, title }, result) {
      expect(result.data.submitPost).toMatchObject({ title, status: "OPEN" });
      const row = await postRow(result.data.submitPost.id);
      expect(row).toMatchObject({ title, author_id: me!.id, board_id: board.id, kind: "IDEA" });
    },
  },

  "editPost (own post, within grace period)": editPostScenario(async ({ me }) => buildPost(app, { author: me! })),
  "editPost (own post, after grace period)": editPostScenario(async ({ me }) =>
    buildPost(app, { author: me!, createdAt: new Date(Date.now() - 2 * 3600_000) }),
  ),
  "editPost (someone else's post)": editPostScenario(async () => buildPost(app, { author: await someone() })),

  followPost: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) => client.request(`mutation($id: ID!) { followPost(id: $id) { id viewerFollows } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.followPost).toEqual({ id: post.id, viewerFollows: true });
      expect(await sql(`select 1 from follow where post_id = ? and member_id = ?`, [post.id, me!.id])).toHaveLength(1);
    },
  },

  unfollowPost: {
    async setup({ me }) {
      const author = await someone();
      const post = await buildPost(app, { author });
      await sql(`insert into follow (post_id, member_id) values (?, ?)`, [post.id, (me ?? author).id]);
      return { post };
    },
    call: ({ client }, { post }) => client.request(`mutation($id: ID!) { unfollowPost(id: $id) { id viewerFollows } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.unfollowPost).toEqual({ id: post.id, viewerFollows: false });
      // Kept as a mute, so that voting on it later does not follow it again.
      expect(await sql(`select level, reason from follow where post_id = ? and member_id = ?`, [post.id, me!.id])).toEqual([{ level: "NONE", reason: "MANUAL" }]);
    },
  },

  setFollowLevel: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) =>
      client.request(`mutation($id: ID!) { setFollowLevel(postId: $id, level: STATUS) { id viewerFollow { level reason } } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.setFollowLevel).toEqual({ id: post.id, viewerFollow: { level: "STATUS", reason: "MANUAL" } });
      expect(await sql(`select level from follow where post_id = ? and member_id = ?`, [post.id, me!.id])).toEqual([{ level: "STATUS" }]);
    },
  },

  markNotificationsRead: {
    async setup({ me }) {
      const post = await buildPost(app, { author: await someone() });
      const recipient = me ?? (await someone());
      const [row] = await sql<{ id: string }>(
        `insert into notification (recipient_id, source_id, category, kind, post_id, in_app, mail) values (?, gen_random_uuid(), 'STATUS', 'STATUS_CHANGED', ?, true, 'NONE') returning id`,
        [recipient.id, post.id],
      );
      return { id: row.id };
    },
    call: ({ client }, { id }) => client.request(`mutation($id: ID!) { markNotificationsRead(input: { ids: [$id] }) }`, { id }),
    async effect(_cell, { id }, result) {
      expect(result.data.markNotificationsRead).toBe(0);
      expect((await one(`select read_at from notification where id = ?`, [id]))!.read_at).not.toBeNull();
    },
  },

  watchBoard: {
    setup: async () => ({ board: await buildBoard(app) }),
    call: ({ client }, { board }) => client.request(`mutation($id: ID!) { watchBoard(boardId: $id, watch: true) { id viewerWatches } }`, { id: board.id }),
    async effect({ me }, { board }, result) {
      expect(result.data.watchBoard).toEqual({ id: board.id, viewerWatches: true });
      expect(await sql(`select 1 from board_watch where board_id = ? and member_id = ?`, [board.id, me!.id])).toHaveLength(1);
    },
  },

  vote: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) => client.request(`mutation($id: ID!) { vote(postId: $id) { id voteCount viewerHasVoted } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.vote).toEqual({ id: post.id, voteCount: 1, viewerHasVoted: true });
      expect(await sql(`select cast_by_id from vote where post_id = ? and member_id = ?`, [post.id, me!.id])).toEqual([{ cast_by_id: null }]);
      expect((await postRow(post.id))!.vote_count).toBe(1);
    },
  },

  unvote: {
    async setup({ me }) {
      const author = await someone();
      const post = await buildPost(app, { author });
      await buildVote(post, me ?? author);
      return { post };
    },
    call: ({ client }, { post }) => client.request(`mutation($id: ID!) { unvote(postId: $id) { id voteCount viewerHasVoted } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.unvote).toEqual({ id: post.id, voteCount: 0, viewerHasVoted: false });
      expect(await sql(`select 1 from vote where post_id = ? and member_id = ?`, [post.id, me!.id])).toHaveLength(0);
      expect((await postRow(post.id))!.vote_count).toBe(0);
    },
  },

  voteOnBehalf: {
    async setup() {
      const post = await buildPost(app, { author: await someone() });
      return { post, voter: await someone() };
    },
    call: ({ client }, { post, voter }) =>
      client.request(`mutation($p: ID!, $m: ID!) { voteOnBehalf(postId: $p, memberId: $m) { id voteCount } }`, { p: post.id, m: voter.id }),
    async effect({ me }, { post, voter }, result) {
      expect(result.data.voteOnBehalf).toEqual({ id: post.id, voteCount: 1 });
      expect(await sql(`select member_id, cast_by_id from vote where post_id = ?`, [post.id])).toEqual([{ member_id: voter.id, cast_by_id: me!.id }]);
    },
  },

  "addComment (public)": addCommentScenario(false),
  "addComment (internal note)": addCommentScenario(true),

  "editComment (own comment)": editCommentScenario(async ({ me }) => {
    const post = await buildPost(app, { author: await someone() });
    return buildComment(post, me!);
  }),
  "editComment (someone else's comment)": editCommentScenario(async () => {
    const other = await someone();
    return buildComment(await buildPost(app, { author: other }), other);
  }),
  "editComment (someone else's internal note)": editCommentScenario(async () => {
    const other = await someone("MODERATOR");
    return buildComment(await buildPost(app, { author: other }), other, { internal: true });
  }),

  "deleteComment (own comment)": deleteCommentScenario(async ({ me }) => {
    const post = await buildPost(app, { author: await someone() });
    return { post, commentId: await buildComment(post, me!) };
  }),
  "deleteComment (someone else's comment)": deleteCommentScenario(async () => {
    const other = await someone();
    const post = await buildPost(app, { author: other });
    return { post, commentId: await buildComment(post, other) };
  }),
  "deleteComment (someone else's internal note)": deleteCommentScenario(async () => {
    const other = await someone("MANAGER");
    const post = await buildPost(app, { author: await someone() });
    return { post, commentId: await buildComment(post, other, { internal: true }) };
  }),

  setPostStatus: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) =>
      client.request(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED, input: { note: "Coming in Q3" }) { id status } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.setPostStatus).toEqual({ id: post.id, status: "PLANNED" });
      const row = await postRow(post.id);
      expect(row!.status).toBe("PLANNED");
      expect(row!.first_triaged_at).not.toBeNull();
      expect(await events(post.id)).toMatchObject([
        { type: "STATUS_CHANGED", actor_id: me!.id, from_status: "OPEN", to_status: "PLANNED", public_note: "Coming in Q3" },
      ]);
    },
  },

  postUpdate: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) =>
      client.request(`mutation($id: ID!) { postUpdate(postId: $id, input: { note: "Looking into it" }) { id status } }`, { id: post.id }),
    async effect({ me }, { post }, result) {
      expect(result.data.postUpdate).toEqual({ id: post.id, status: "OPEN" });
      expect(await events(post.id)).toMatchObject([{ type: "NOTE", actor_id: me!.id, public_note: "Looking into it" }]);
    },
  },

  tagPost: {
    async setup() {
      return { post: await buildPost(app, { author: await someone() }), tag: await buildTag(app) };
    },
    call: ({ client }, { post, tag }) =>
      client.request(`mutation($p: ID!, $t: ID!) { tagPost(postId: $p, tagId: $t) { id tags { id } } }`, { p: post.id, t: tag.id }),
    async effect(_cell, { post, tag }, result) {
      expect(result.data.tagPost.tags).toEqual([{ id: tag.id }]);
      expect(await sql(`select tag_id from post_tag where post_id = ?`, [post.id])).toEqual([{ tag_id: tag.id }]);
    },
  },

  untagPost: {
    async setup() {
      const post = await buildPost(app, { author: await someone() });
      const tag = await buildTag(app);
      await sql(`insert into post_tag (post_id, tag_id) values (?, ?)`, [post.id, tag.id]);
      return { post, tag };
    },
    call: ({ client }, { post, tag }) =>
      client.request(`mutation($p: ID!, $t: ID!) { untagPost(postId: $p, tagId: $t) { id tags { id } } }`, { p: post.id, t: tag.id }),
    async effect(_cell, { post }, result) {
      expect(result.data.untagPost.tags).toEqual([]);
      expect(await sql(`select tag_id from post_tag where post_id = ?`, [post.id])).toEqual([]);
    },
  },

  movePost: {
    async setup() {
      return { post: await buildPost(app, { author: await someone() }), board: await buildBoard(app) };
    },
    call: ({ client }, { post, board }) =>
      client.request(`mutation($p: ID!, $b: ID!) { movePost(postId: $p, boardId: $b) { id board { id } } }`, { p: post.id, b: board.id }),
    async effect({ me }, { post, board }, result) {
      expect(result.data.movePost.board.id).toBe(board.id);
      expect((await postRow(post.id))!.board_id).toBe(board.id);
      expect(await events(post.id)).toMatchObject([{ type: "BOARD_CHANGED", actor_id: me!.id }]);
    },
  },

  mergePosts: {
    async setup() {
      const voter = await someone();
      const duplicate = await buildPost(app, { author: await someone() });
      const target = await buildPost(app, { author: await someone() });
      await buildVote(duplicate, voter);
      return { duplicate, target, voter };
    },
    call: ({ client }, { duplicate, target }) =>
      client.request(`mutation($d: ID!, $t: ID!) { mergePosts(duplicateId: $d, targetId: $t) { id voteCount } }`, { d: duplicate.id, t: target.id }),
    async effect(_cell, { duplicate, target, voter }, result) {
      expect(result.data.mergePosts).toEqual({ id: target.id, voteCount: 1 });
      expect(await postRow(duplicate.id)).toMatchObject({ merged_into_id: target.id, status: "DUPLICATE", vote_count: 0 });
      expect(await sql(`select post_id from vote where member_id = ?`, [voter.id])).toEqual([{ post_id: target.id }]);
    },
  },

  createBoard: {
    setup: async () => ({ name: `Board ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { name }) => client.request(`mutation($n: String!) { createBoard(input: { name: $n }) { id name slug } }`, { n: name }),
    async effect(_cell, { name }, result) {
      expect(result.data.createBoard.name).toBe(name);
      expect(await one(`select name, slug from board where id = ?`, [result.data.createBoard.id])).toEqual({
        name,
        slug: name.toLowerCase().replace(" ", "-"),
      });
    },
  },

  updateBoard: {
    setup: async () => ({ board: await buildBoard(app), name: `Renamed ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { board, name }) =>
      client.request(`mutation($id: ID!, $n: String!) { updateBoard(id: $id, input: { name: $n, archived: true }) { id name archivedAt } }`, {
        id: board.id,
        n: name,
      }),
    async effect(_cell, { board, name }, result) {
      expect(result.data.updateBoard.archivedAt).not.toBeNull();
      expect(await one(`select name, archived_at is not null as archived from board where id = ?`, [board.id])).toEqual({ name, archived: true });
    },
  },

  createTag: {
    setup: async () => ({ name: `tag ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { name }) => client.request(`mutation($n: String!) { createTag(input: { name: $n, color: "#ff0000" }) { id name color } }`, { n: name }),
    async effect(_cell, { name }, result) {
      expect(await one(`select name, color from tag where id = ?`, [result.data.createTag.id])).toEqual({ name, color: "#ff0000" });
    },
  },

  updateTag: {
    setup: async () => ({ tag: await buildTag(app), name: `renamed-${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { tag, name }) =>
      client.request(`mutation($id: ID!, $n: String!) { updateTag(id: $id, input: { name: $n, color: "#00ff00" }) { id name } }`, { id: tag.id, n: name }),
    async effect(_cell, { tag, name }, result) {
      expect(result.data.updateTag).toEqual({ id: tag.id, name });
      expect(await one(`select name, color from tag where id = ?`, [tag.id])).toEqual({ name, color: "#00ff00" });
    },
  },
  reorderBoards: {
    setup: async () => ({ first: await buildBoard(app), second: await buildBoard(app) }),
    call: ({ client }, { first, second }) => client.request(`mutation($ids: [ID!]!) { reorderBoards(ids: $ids) { id } }`, { ids: [second.id, first.id] }),
    async effect(_cell, { first, second }) {
      expect(await sql(`select id, position from board where id in (?, ?) order by position`, [first.id, second.id])).toEqual([
        { id: second.id, position: 0 },
        { id: first.id, position: 1 },
      ]);
    },
  },

  reorderTags: {
    setup: async () => ({ first: await buildTag(app), second: await buildTag(app) }),
    call: ({ client }, { first, second }) => client.request(`mutation($ids: [ID!]!) { reorderTags(ids: $ids) { id } }`, { ids: [second.id, first.id] }),
    async effect(_cell, { first, second }) {
      expect(await sql(`select id, position from tag where id in (?, ?) order by position`, [first.id, second.id])).toEqual([
        { id: second.id, position: 0 },
        { id: first.id, position: 1 },
      ]);
    },
  },

  createStatus: {
    setup: async () => ({ name: `Needs info ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { name }) =>
      client.request(`mutation($n: String!) { createStatus(input: { nameEn: $n, nameDe: $n, color: "#0891b2", category: ACTIVE, onRoadmap: true }) { key } }`, { n: name }),
    async effect(_cell, { name }, result) {
      expect(await one(`select name_en, category, on_roadmap from post_status where key = ?`, [result.data.createStatus.key])).toEqual({ name_en: name, category: "ACTIVE", on_roadmap: true });
    },
  },

  updateStatus: {
    async setup() {
      const key = `S_${randomUUID().slice(0, 8).toUpperCase()}`;
      await sql(`insert into post_status (key, name_en, name_de, color, category) values (?, 'Old', 'Alt', '#000000', 'ACTIVE')`, [key]);
      return { key };
    },
    call: ({ client }, { key }) => client.request(`mutation($k: PostStatus!) { updateStatus(key: $k, input: { nameDe: "Neu", onRoadmap: true }) { key } }`, { k: key }),
    async effect(_cell, { key }) {
      expect(await one(`select name_en, name_de, on_roadmap from post_status where key = ?`, [key])).toEqual({ name_en: "Old", name_de: "Neu", on_roadmap: true });
    },
  },

  reorderStatuses: {
    async setup() {
      const keys = [`S_${randomUUID().slice(0, 8).toUpperCase()}`, `S_${randomUUID().slice(0, 8).toUpperCase()}`];
      for (const key of keys) await sql(`insert into post_status (key, name_en, name_de, color, category, position) values (?, ?, ?, '#000000', 'ACTIVE', 50)`, [key, key, key]);
      return { keys };
    },
    call: ({ client }, { keys }) => client.request(`mutation($k: [PostStatus!]!) { reorderStatuses(keys: $k) { key } }`, { k: [...keys].reverse() }),
    async effect(_cell, { keys }) {
      expect(await sql(`select key, position from post_status where key in (?, ?) order by position`, keys)).toEqual([
        { key: keys[1], position: 0 },
        { key: keys[0], position: 1 },
      ]);
    },
  },

  createTrackerConnection: {
    setup: async () => ({ name: `Jira ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { name }) =>
      client.request(
        `mutation($input: TrackerConnectionInput!) {
          createTrackerConnection(kind: JIRA, input: $input) { id kind name baseUrl projectKey issueType hasWebhookSecret }
        }`,
        // Nothing listens at DEAD_TRACKER_URL, so the test-before-save would refuse it: save it untested.
        { input: { name, baseUrl: DEAD_TRACKER_URL, apiToken: "jira-token", projectKey: "rt", issueType: "Task", saveUntested: true } },
      ),
    async effect(_cell, { name }, result) {
      const created = result.data.createTrackerConnection;
      expect(created).toMatchObject({ kind: "JIRA", name, baseUrl: DEAD_TRACKER_URL, projectKey: "RT", issueType: "Task", hasWebhookSecret: false });
      const row = await one(`select kind, name, settings, sealed_secrets from tracker_connection where id = ?`, [created.id]);
      expect(row).toMatchObject({ kind: "JIRA", name, settings: { baseUrl: DEAD_TRACKER_URL, projectKey: "RT", issueType: "Task" } });
      expect(row!.sealed_secrets).not.toContain("jira-token"); // encrypted at rest
      expect(JSON.parse(app.running.secrets.open(row!.sealed_secrets))).toEqual({ apiToken: "jira-token", webhookSecret: null });
    },
  },

  updateTrackerConnection: {
    setup: async () => ({ connection: await buildConnection(), name: `Renamed ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { connection, name }) =>
      client.request(`mutation($id: ID!, $n: String!) { updateTrackerConnection(id: $id, input: { name: $n, issueType: "Bug", saveUntested: true }) { id name issueType } }`, {
        id: connection.id,
        n: name,
      }),
    async effect(_cell, { connection, name }, result) {
      expect(result.data.updateTrackerConnection).toEqual({ id: connection.id, name, issueType: "Bug" });
      const row = await one(`select name, settings from tracker_connection where id = ?`, [connection.id]);
      expect(row).toEqual({ name, settings: { baseUrl: DEAD_TRACKER_URL, email: null, projectKey: "RT", issueType: "Bug" } });
    },
  },

  deleteTrackerConnection: {
    async setup() {
      const connection = await buildConnection();
      const post = await buildPost(app, { author: await someone() });
      const linkId = await buildLink(post, connection, { state: "LINKED", issueKey: "RT-1", mappedStatus: "IN_PROGRESS" });
      return { connection, post, linkId };
    },
    call: ({ client }, { connection }) => client.request(`mutation($id: ID!) { deleteTrackerConnection(id: $id) }`, { id: connection.id }),
    async effect(_cell, { connection, post, linkId }, result) {
      expect(result.data.deleteTrackerConnection).toBe(true);
      expect(await sql(`select 1 from tracker_connection where id = ?`, [connection.id])).toHaveLength(0);
      expect(await sql(`select 1 from tracker_link where id = ?`, [linkId])).toHaveLength(0); // its links go with it…
      expect(await postRow(post.id)).toMatchObject({ id: post.id, status: "OPEN" }); // …the post stays
    },
  },

  testTrackerConnection: {
    setup: async () => ({ connection: await buildConnection() }),
    call: ({ client }, { connection }) => client.request(`mutation($id: ID!) { testTrackerConnection(id: $id) { ok message } }`, { id: connection.id }),
    async effect(_cell, { connection }, result) {
      // The dead tracker cannot be reached: a clear answer, not an error.
      expect(result.data.testTrackerConnection.ok).toBe(false);
      expect(result.data.testTrackerConnection.message).toMatch(/\w/);
      expect(result.data.testTrackerConnection.message).not.toContain('"x"');
      expect(await one(`select known_states from tracker_connection where id = ?`, [connection.id])).toEqual({ known_states: [] });
    },
  },

  setTrackerStatusMapping: {
    setup: async () => ({ connection: await buildConnection() }),
    call: ({ client }, { connection }) =>
      client.request(
        `mutation($id: ID!) {
          setTrackerStatusMapping(connectionId: $id, input: { entries: [{ stateId: "10001", status: PLANNED }, { stateId: "3", status: null }] }) { id }
        }`,
        { id: connection.id },
      ),
    async effect(_cell, { connection }, result) {
      expect(result.data.setTrackerStatusMapping).toEqual({ id: connection.id });
      expect(await one(`select status_mapping from tracker_connection where id = ?`, [connection.id])).toEqual({
        status_mapping: { "10001": "PLANNED", "3": null },
      });
    },
  },

  setPostLinkRule: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) => client.request(`mutation($id: ID!) { setPostLinkRule(postId: $id, rule: ANY) { id linkRule } }`, { id: post.id }),
    async effect(_cell, { post }, result) {
      expect(result.data.setPostLinkRule).toEqual({ id: post.id, linkRule: "ANY" });
      expect((await postRow(post.id))!.link_rule).toBe("ANY");
    },
  },

  createTrackerIssue: {
    async setup() {
      return { post: await buildPost(app, { author: await someone() }), connection: await buildConnection() };
    },
    call: ({ client }, { post, connection }) =>
      client.request(`mutation($p: ID!, $c: ID!) { createTrackerIssue(postId: $p, connectionId: $c) { id state connection { id } } }`, {
        p: post.id,
        c: connection.id,
      }),
    async effect({ me }, { post, connection }, result) {
      const link = result.data.createTrackerIssue;
      expect(link).toMatchObject({ state: "PENDING", connection: { id: connection.id } });
      expect(await one(`select post_id, connection_id, state, requested_key, created_by_id from tracker_link where id = ?`, [link.id])).toEqual({
        post_id: post.id,
        connection_id: connection.id,
        state: "PENDING", // the job's first failure against the dead tracker is retryable: still PENDING
        requested_key: null,
        created_by_id: me!.id,
      });
      expect(await queuesForLink(link.id)).toEqual(["tracker.create-issue"]);
      await forgetLink(link.id);
    },
  },

  linkTrackerIssue: {
    async setup() {
      return { post: await buildPost(app, { author: await someone() }), connection: await buildConnection() };
    },
    call: ({ client }, { post, connection }) =>
      client.request(`mutation($p: ID!, $c: ID!) { linkTrackerIssue(postId: $p, input: { keyOrUrl: "RT-7", connectionId: $c }) { id state requestedKey } }`, {
        p: post.id,
        c: connection.id,
      }),
    async effect({ me }, { post, connection }, result) {
      const link = result.data.linkTrackerIssue;
      expect(link).toMatchObject({ state: "PENDING", requestedKey: "RT-7" });
      expect(await one(`select post_id, connection_id, state, requested_key, created_by_id from tracker_link where id = ?`, [link.id])).toEqual({
        post_id: post.id,
        connection_id: connection.id,
        state: "PENDING",
        requested_key: "RT-7",
        created_by_id: me!.id,
      });
      expect(await queuesForLink(link.id)).toEqual(["tracker.fetch-linked-issue"]);
      await forgetLink(link.id);
    },
  },

  unlinkTrackerIssue: {
    async setup() {
      const post = await buildPost(app, { author: await someone() });
      const linkId = await buildLink(post, await buildConnection(), { state: "LINKED", issueKey: "RT-2", mappedStatus: "IN_PROGRESS" });
      return { post, linkId };
    },
    call: ({ client }, { linkId }) => client.request(`mutation($id: ID!) { unlinkTrackerIssue(linkId: $id) { id status trackerLinks { id } } }`, { id: linkId }),
    async effect(_cell, { post, linkId }, result) {
      expect(result.data.unlinkTrackerIssue).toEqual({ id: post.id, status: "OPEN", trackerLinks: [] });
      expect(await sql(`select 1 from tracker_link where id = ?`, [linkId])).toHaveLength(0);
    },
  },

  retryTrackerLink: {
    async setup() {
      const post = await buildPost(app, { author: await someone() });
      return { linkId: await buildLink(post, await buildConnection(), { state: "FAILED", lastError: "Jira rejected the credentials (401)" }) };
    },
    call: ({ client }, { linkId }) => client.request(`mutation($id: ID!) { retryTrackerLink(linkId: $id) { id state lastError } }`, { id: linkId }),
    async effect(_cell, { linkId }, result) {
      expect(result.data.retryTrackerLink).toEqual({ id: linkId, state: "PENDING", lastError: null });
      expect((await one(`select state from tracker_link where id = ?`, [linkId]))!.state).toBe("PENDING");
      expect(await queuesForLink(linkId)).toEqual(["tracker.create-issue"]); // no key: the retry creates the issue
      await forgetLink(linkId);
    },
  },

  replayWebhookDelivery: {
    setup: async () => ({ deliveryId: await buildDelivery(await buildConnection()) }),
    call: ({ client }, { deliveryId }) =>
      client.request(`mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id state detail processedAt } }`, { id: deliveryId }),
    async effect(_cell, { deliveryId }, result) {
      expect(result.data.replayWebhookDelivery).toEqual({ id: deliveryId, state: "RECEIVED", detail: null, processedAt: null });
      // Queued and processed again; its issue is linked to nothing, so this time it is SKIPPED.
      const row = await eventually(async () => {
        const current = await one(`select state, detail, processed_at from webhook_delivery where id = ?`, [deliveryId]);
        return current?.processed_at ? current : undefined;
      }, 10_000, "the replayed delivery to be processed");
      expect(row).toMatchObject({ state: "SKIPPED", detail: expect.stringMatching(/\w/) });
    },
  },

  retryTrackerJob: {
    setup: async () => ({ jobId: await buildFailedJob() }),
    call: ({ client }, { jobId }) => client.request(`mutation($id: ID!) { retryTrackerJob(jobId: $id) }`, { id: jobId }),
    async effect(_cell, { jobId }, result) {
      expect(result.data.retryTrackerJob).toBe(true);
      expect((await jobRow(jobId))!.retry_limit).toBe(3); // pg-boss' retry() raises the limit by one…
      // …and a worker runs it again: the connection it names is gone, so it simply completes.
      await eventually(async () => (await jobRow(jobId))!.state === "completed", 10_000, "the retried job to complete");
    },
    async untouched(_cell, { jobId }) {
      expect(await jobRow(jobId)).toEqual({ state: "failed", retry_limit: 2 });
    },
  },

  createChangelogEntry: {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }), category: (await one(`select id from changelog_category order by position limit 1`))!.id }),
    call: ({ client }, { post, category }) =>
      client.request(`mutation($c: ID!, $p: ID!) { createChangelogEntry(input: { title: "Dark mode", body: "It is here", categoryId: $c, postIds: [$p] }) { id state } }`, { c: category, p: post.id }),
    async effect({ me }, { post }, result) {
      const { id, state } = result.data.createChangelogEntry;
      expect(state).toBe("DRAFT");
      expect(await one(`select title, author_id from changelog_entry where id = ?`, [id])).toEqual({ title: "Dark mode", author_id: me!.id });
      expect(await sql(`select post_id from changelog_entry_post where changelog_entry_id = ?`, [id])).toEqual([{ post_id: post.id }]);
    },
  },

  updateChangelogEntry: {
    setup: async () => ({ entryId: await buildEntry("DRAFT") }),
    call: ({ client }, { entryId }) => client.request(`mutation($id: ID!) { updateChangelogEntry(id: $id, input: { title: "Renamed entry" }) { id title } }`, { id: entryId }),
    async effect(_cell, { entryId }) {
      expect((await entryRow(entryId))!.title).toBe("Renamed entry");
    },
  },

  publishChangelogEntry: {
    setup: async () => {
      const post = await buildPost(app, { author: await someone() });
      await sql(`update post set status = 'DONE_INTERNALLY' where id = ?`, [post.id]);
      return { post, entryId: await buildEntry("DRAFT", [post]) };
    },
    call: ({ client }, { entryId }) => client.request(`mutation($id: ID!) { publishChangelogEntry(id: $id) { id state } }`, { id: entryId }),
    async effect({ me }, { post, entryId }) {
      expect((await entryRow(entryId))!.state).toBe("PUBLISHED");
      expect((await postRow(post.id))!.status).toBe("SHIPPED");
      expect(await events(post.id)).toMatchObject([{ type: "STATUS_CHANGED", actor_id: me!.id, to_status: "SHIPPED", changelog_entry_id: entryId }]);
      expect(await jobsForEntry(entryId)).toEqual([{ name: "changelog.published" }]);
    },
    async untouched(_cell, { entryId }) {
      expect(await jobsForEntry(entryId)).toEqual([]);
    },
  },

  scheduleChangelogEntry: {
    setup: async () => ({ entryId: await buildEntry("DRAFT"), at: new Date(Date.now() + 86_400_000).toISOString() }),
    call: ({ client }, { entryId, at }) => client.request(`mutation($id: ID!, $at: DateTimeISO!) { scheduleChangelogEntry(id: $id, at: $at) { id state } }`, { id: entryId, at }),
    async effect(_cell, { entryId, at }) {
      const row = await entryRow(entryId);
      expect(row!.state).toBe("SCHEDULED");
      expect(new Date(row!.scheduled_for).toISOString()).toBe(at);
      expect(await jobsForEntry(entryId)).toEqual([{ name: "changelog.publish-scheduled" }]);
    },
    async untouched(_cell, { entryId }) {
      expect(await jobsForEntry(entryId)).toEqual([]);
    },
  },

  cancelChangelogSchedule: {
    setup: async () => ({ entryId: await buildEntry("SCHEDULED") }),
    call: ({ client }, { entryId }) => client.request(`mutation($id: ID!) { cancelChangelogSchedule(id: $id) { id state } }`, { id: entryId }),
    async effect(_cell, { entryId }) {
      expect(await entryRow(entryId)).toMatchObject({ state: "DRAFT", scheduled_for: null });
    },
  },

  unpublishChangelogEntry: {
    setup: async () => ({ entryId: await buildEntry("PUBLISHED") }),
    call: ({ client }, { entryId }) => client.request(`mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id state } }`, { id: entryId }),
    async effect(_cell, { entryId }) {
      expect((await entryRow(entryId))!.state).toBe("DRAFT");
    },
  },

  createChangelogCategory: {
    setup: async () => ({ name: `cat ${randomUUID().slice(0, 8)}` }),
    call: ({ client }, { name }) => client.request(`mutation($n: String!) { createChangelogCategory(input: { name: $n }) { id name } }`, { n: name }),
    async effect(_cell, { name }, result) {
      expect(await one(`select name from changelog_category where id = ?`, [result.data.createChangelogCategory.id])).toEqual({ name });
    },
  },

  updateChangelogCategory: {
    setup: async () => {
      const id = randomUUID();
      await sql(`insert into changelog_category (id, name, position) values (?, ?, 9)`, [id, `cat ${id.slice(0, 8)}`]);
      return { id };
    },
    call: ({ client }, { id }) => client.request(`mutation($id: ID!) { updateChangelogCategory(id: $id, input: { archived: true }) { id archivedAt } }`, { id }),
    async effect(_cell, { id }) {
      expect(await one(`select archived_at is not null as archived from changelog_category where id = ?`, [id])).toEqual({ archived: true });
    },
  },

  markChangelogSeen: {
    setup: async () => ({}),
    call: ({ client }) => client.request(`mutation { markChangelogSeen }`),
    async effect({ me }, _state, result) {
      const row = await one<{ changelog_seen_at: string }>(`select changelog_seen_at from member where id = ?`, [me!.id]);
      const stored = new Date(row!.changelog_seen_at);
      expect(stored).toEqual(new Date(result.data.markChangelogSeen));
      expect(Date.now() - stored.getTime()).toBeLessThan(60_000);
    },
  },

  updateChangelogSettings: {
    setup: async () => {
      await sql(`delete from changelog_settings`);
      return {};
    },
    call: ({ client }) => client.request(`mutation { updateChangelogSettings(input: { shippingWaitsForChangelog: false }) { shippingWaitsForChangelog } }`),
    async effect(_cell, _state, result) {
      expect(result.data.updateChangelogSettings).toEqual({ shippingWaitsForChangelog: false });
      expect(await sql(`select shipping_waits_for_changelog from changelog_settings`)).toEqual([{ shipping_waits_for_changelog: false }]);
      await sql(`delete from changelog_settings`); // later cells expect done work to wait again
    },
  },
};

function editPostScenario(makePost: (cell: Cell) => Promise<Post>): Scenario<{ post: Post }> {
  return {
    setup: async (cell) => ({ post: await makePost(cell) }),
    call: ({ client }, { post }) =>
      client.request(`mutation($id: ID!) { editPost(id: $id, input: { title: "Edited title" }) { id title } }`, { id: post.id }),
    async effect(_cell, { post }, result) {
      expect(result.data.editPost).toEqual({ id: post.id, title: "Edited title" });
      expect((await postRow(post.id))!.title).toBe("Edited title");
    },
  };
}

function addCommentScenario(internal: boolean): Scenario<{ post: Post }> {
  return {
    setup: async () => ({ post: await buildPost(app, { author: await someone() }) }),
    call: ({ client }, { post }) =>
      client.request(`mutation($input: AddCommentInput!) { addComment(input: $input) { id visibility body } }`, {
        input: { postId: post.id, body: "Me too", internal },
      }),
    async effect({ me }, { post }, result) {
      const visibility = internal ? "INTERNAL" : "PUBLIC";
      expect(result.data.addComment).toMatchObject({ visibility, body: "Me too" });
      expect(await sql(`select author_id, visibility from comment where post_id = ?`, [post.id])).toEqual([{ author_id: me!.id, visibility }]);
      expect((await postRow(post.id))!.comment_count).toBe(internal ? 0 : 1);
    },
  };
}

function editCommentScenario(makeComment: (cell: Cell) => Promise<string>): Scenario<{ commentId: string }> {
  return {
    setup: async (cell) => ({ commentId: await makeComment(cell) }),
    call: ({ client }, { commentId }) =>
      client.request(`mutation($id: ID!) { editComment(id: $id, input: { body: "Edited" }) { id body editedAt } }`, { id: commentId }),
    async effect(_cell, { commentId }, result) {
      expect(result.data.editComment.body).toBe("Edited");
      const row = await one(`select body, edited_at from comment where id = ?`, [commentId]);
      expect(row!.body).toBe("Edited");
      expect(row!.edited_at).not.toBeNull();
    },
  };
}

function deleteCommentScenario(make: (cell: Cell) => Promise<{ post: Post; commentId: string }>): Scenario<{ post: Post; commentId: string }> {
  return {
    setup: make,
    call: ({ client }, { commentId }) => client.request(`mutation($id: ID!) { deleteComment(id: $id) { id body deletedAt } }`, { id: commentId }),
    async effect(_cell, { post, commentId }, result) {
      expect(result.data.deleteComment).toMatchObject({ id: commentId, body: "" });
      const row = await one(`select body, deleted_at, visibility from comment where id = ?`, [commentId]);
      expect(row!.body).toBe("");
      expect(row!.deleted_at).not.toBeNull();
      expect((await postRow(post.id))!.comment_count).toBe(0);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The cells
// ---------------------------------------------------------------------------------------------

interface CellCase {
  name: string;
  row: RowName;
  actor: Actor;
  outcome: "allowed" | Code;
}

function outcomeOf(row: Expectation, actor: Actor): "allowed" | Code {
  if (row.allowed.includes(actor)) return "allowed";
  if (actor === "ANONYMOUS") return "UNAUTHENTICATED";
  return row.refusalFor?.[actor] ?? row.refusal ?? "FORBIDDEN";
}

const CELLS: CellCase[] = (Object.entries(EXPECTED) as [RowName, Expectation][]).flatMap(([row, expectation]) =>
  (expectation.actors ?? EVERYONE).map((actor) => {
    const outcome = outcomeOf(expectation, actor);
    return { name: `${row} as ${actor} → ${outcome}`, row, actor, outcome };
  }),
);

async function cellFor(actor: Actor): Promise<Cell> {
  if (actor === "ANONYMOUS") return { client: app.client(), me: null, actor };
  const { member, client } = await buildMember(app, { role: actor as Role });
  // Today's visit (trust levels) is written by the first request of the day, not by the call under test.
  await client.ok(`{ me { id } }`);
  return { client, me: member, actor };
}

/** Errors must never carry SQL, stack traces or file paths. */
function expectCleanErrors(result: GraphQLResult) {
  const text = JSON.stringify(result.errors ?? []);
  expect(text).not.toMatch(/stacktrace|\bselect\b|\binsert into\b|\bupdate \S+ set\b|\.ts:\d+|node_modules/i);
}

beforeAll(async () => {
  app = await startTestApp();
  // An existing account, so signUp cells never create the very first (ADMIN) account.
  const admin = await buildMember(app, { role: "ADMIN" as Role });
  // The netiquette warnings cite and new members accept (factory members have accepted it).
  await admin.client.ok(`mutation { publishNetiquette(body: "${NETIQUETTE}", material: true) { version } }`);
});
afterAll(() => app.close());

describe("role matrix", () => {
  it("covers every mutation in the schema (add a row to EXPECTED for a new mutation)", async () => {
    const result = await app.client().ok(`{ __schema { mutationType { fields { name } } } }`);
    const inSchema = result.__schema.mutationType.fields.map((field: { name: string }) => field.name).sort();
    const inTable = [...new Set(Object.keys(EXPECTED).map((row) => row.split(" ")[0]))].sort();
    expect(inTable).toEqual(inSchema);
  });

  it.each(CELLS)("$name", async ({ row, actor, outcome }) => {
    const scenario = SCENARIOS[row];
    const cell = await cellFor(actor);
    const state = await scenario.setup(cell);
    if (outcome === "allowed") {
      const result = await scenario.call(cell, state);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      await scenario.effect(cell, state, result);
    } else {
      const before = await snapshot();
      const result = await scenario.call(cell, state);
      expect(codeOf(result), JSON.stringify(result.errors)).toBe(outcome);
      expect(result.data?.[row.split(" ")[0]] ?? null).toBeNull();
      expectCleanErrors(result);
      expect(await snapshot()).toEqual(before);
      await scenario.untouched?.(cell, state);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Field-level rules
// ---------------------------------------------------------------------------------------------

const VIEWERS: readonly Actor[] = EVERYONE;
const seesStaffOnly = (actor: Actor) => STAFF.includes(actor);

describe("field-level visibility", () => {
  let author: Member;
  let commenter: Member;
  let post: Post;
  let publicCommentId: string;
  let internalCommentId: string;

  beforeAll(async () => {
    author = await someone("MEMBER");
    commenter = await someone("AMBASSADOR");
    const moderator = await someone("MODERATOR");
    post = await buildPost(app, { author });
    publicCommentId = await buildComment(post, commenter);
    internalCommentId = await buildComment(post, moderator, { internal: true });
    await sql(
      `insert into post_event (id, post_id, actor_id, type, source, from_status, to_status, public_note, internal_details)
       values (gen_random_uuid(), ?, null, 'STATUS_CHANGED', 'JIRA', 'OPEN', 'IN_PROGRESS', 'Work started', ?)`,
      [post.id, JSON.stringify({ issueKey: "RT-42", url: "https://jira.example.com/browse/RT-42" })],
    );
  });

  const POST_VIEW = `query($id: ID!) {
    post(id: $id) {
      author { id email }
      commentCount
      comments { id visibility author { id email } }
      timeline { type publicNote internalDetails }
    }
  }`;

  it.each(VIEWERS)("Member.email of someone else as %s", async (actor) => {
    const { client } = await cellFor(actor);
    const { post: view } = await client.ok(POST_VIEW, { id: post.id });
    expect(view.author).toEqual({ id: author.id, email: seesStaffOnly(actor) ? author.email : null });
    const commentAuthor = view.comments.find((comment: { id: string }) => comment.id === publicCommentId).author;
    expect(commentAuthor).toEqual({ id: commenter.id, email: seesStaffOnly(actor) ? commenter.email : null });
  });

  it("Member.email of oneself is visible to a MEMBER, through `me` and through their own post", async () => {
    const client = app.client();
    const { client: signedIn } = await buildMember(app, { email: `self-${randomUUID().slice(0, 6)}@example.com` });
    const me = (await signedIn.ok(`{ me { id email } }`)).me;
    expect(me.email).toMatch(/^self-/);
    const own = await buildPost(app, { author: { id: me.id } as Member });
    expect((await signedIn.ok(`query($id: ID!) { post(id: $id) { author { email } } }`, { id: own.id })).post.author.email).toBe(me.email);
    // …and the same field is null for an anonymous reader of that post.
    expect((await client.ok(`query($id: ID!) { post(id: $id) { author { email } } }`, { id: own.id })).post.author.email).toBeNull();
  });

  it.each(VIEWERS)("INTERNAL comments in post.comments as %s", async (actor) => {
    const { client } = await cellFor(actor);
    const { post: view } = await client.ok(POST_VIEW, { id: post.id });
    const ids = view.comments.map((comment: { id: string }) => comment.id);
    if (seesStaffOnly(actor)) {
      expect(ids).toEqual([publicCommentId, internalCommentId]);
      expect(view.comments[1].visibility).toBe("INTERNAL");
    } else {
      expect(ids).toEqual([publicCommentId]);
    }
    expect(view.commentCount).toBe(1); // internal notes never count
  });

  it.each(VIEWERS)("INTERNAL comments in posts(…).nodes.comments as %s", async (actor) => {
    const { client } = await cellFor(actor);
    const result = await client.ok(`query($a: ID!) { posts(filter: { author: $a }) { nodes { id comments { id visibility } } } }`, { a: author.id });
    const visibilities = result.posts.nodes.flatMap((node: { comments: { visibility: string }[] }) => node.comments.map((c) => c.visibility));
    expect(visibilities).toEqual(seesStaffOnly(actor) ? ["PUBLIC", "INTERNAL"] : ["PUBLIC"]);
  });

  it.each(VIEWERS)("PostEvent.internalDetails as %s", async (actor) => {
    const { client } = await cellFor(actor);
    const { post: view } = await client.ok(POST_VIEW, { id: post.id });
    expect(view.timeline).toHaveLength(1);
    expect(view.timeline[0].publicNote).toBe("Work started");
    if (seesStaffOnly(actor)) {
      expect(JSON.parse(view.timeline[0].internalDetails)).toEqual({ issueKey: "RT-42", url: "https://jira.example.com/browse/RT-42" });
    } else {
      expect(view.timeline[0].internalDetails).toBeNull();
    }
  });

  describe("tracker links", () => {
    let linkAuthor: Member;
    let linkedPost: Post;
    let linkIds: string[];

    beforeAll(async () => {
      linkAuthor = await someone("MEMBER");
      linkedPost = await buildPost(app, { author: linkAuthor });
      const connection = await buildConnection();
      linkIds = [
        await buildLink(linkedPost, connection, { state: "LINKED", issueKey: "RT-10", mappedStatus: "SHIPPED" }),
        await buildLink(linkedPost, connection, { state: "LINKED", issueKey: "RT-11", mappedStatus: "IN_PROGRESS" }),
        await buildLink(linkedPost, connection, { state: "PENDING" }), // not created yet: listed for staff, not counted in progress
      ];
    });

    const TRACKER_VIEW = `trackerLinks { id issueKey issueUrl connection { id } } trackerProgress { total done rule }`;

    function expectTrackerFields(actor: Actor, view: { trackerLinks: { id: string; issueKey: string | null }[] | null; trackerProgress: unknown }) {
      if (seesStaffOnly(actor)) {
        expect(view.trackerLinks!.map((link) => link.id).sort()).toEqual([...linkIds].sort());
        expect(view.trackerLinks!.map((link) => link.issueKey).sort()).toEqual(["RT-10", "RT-11", null]);
      } else {
        expect(view.trackerLinks).toBeNull();
      }
      expect(view.trackerProgress).toEqual({ total: 2, done: 1, rule: "ALL" }); // public: how far, never which issue
    }

    it.each(VIEWERS)("Post.trackerLinks (staff only) and Post.trackerProgress (public) through post(id:) as %s", async (actor) => {
      const { client } = await cellFor(actor);
      const result = await client.request(`query($id: ID!) { post(id: $id) { ${TRACKER_VIEW} } }`, { id: linkedPost.id });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expectTrackerFields(actor, result.data.post);
    });

    it.each(VIEWERS)("Post.trackerLinks (staff only) and Post.trackerProgress (public) through posts(…).nodes as %s", async (actor) => {
      const { client } = await cellFor(actor);
      const result = await client.request(`query($a: ID!) { posts(filter: { author: $a }) { nodes { id ${TRACKER_VIEW} } } }`, { a: linkAuthor.id });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data.posts.nodes).toHaveLength(1);
      expectTrackerFields(actor, result.data.posts.nodes[0]);
    });
  });

  it.each(NON_STAFF.filter((actor) => actor !== "ANONYMOUS"))("a reply to an INTERNAL note as %s is NOT_FOUND and writes nothing", async (actor) => {
    const { client } = await cellFor(actor);
    const before = await snapshot();
    for (const internal of [false, true]) {
      const result = await client.request(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
        input: { postId: post.id, parentId: internalCommentId, body: "peek", internal },
      });
      // internal:true is refused for being non-staff; internal:false must not reveal the note exists
      expect(codeOf(result)).toBe(internal ? "FORBIDDEN" : "NOT_FOUND");
    }
    expect(await snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Who may read the tracker set-up and its sync health
// ---------------------------------------------------------------------------------------------

describe("tracker queries", () => {
  const QUERY_ACCESS = {
    trackerConnections: ["MANAGER", "PRODUCT", "ADMIN"],
    syncHealth: ["MANAGER", "ADMIN"],
  } as const satisfies Record<string, readonly Actor[]>;
  type QueryName = keyof typeof QUERY_ACCESS;

  let connection: TrackerConnection;
  let deliveryId: string;
  let jobId: string;
  beforeAll(async () => {
    connection = await buildConnection();
    deliveryId = await buildDelivery(connection);
    jobId = await buildFailedJob();
  });

  const QUERIES: Record<QueryName, string> = {
    trackerConnections: `{ trackerConnections { id kind name baseUrl projectKey hasWebhookSecret webhookUrl } }`,
    syncHealth: `{ syncHealth(limit: 200) { failedLinks pendingLinks deliveries { id state } jobs { id name state error } } }`,
  };

  async function expectAllowed(name: QueryName, data: any) {
    if (name === "trackerConnections") {
      expect(data.trackerConnections).toContainEqual({
        id: connection.id,
        kind: "JIRA",
        name: connection.name,
        baseUrl: DEAD_TRACKER_URL,
        projectKey: "RT",
        hasWebhookSecret: false,
        webhookUrl: expect.stringMatching(new RegExp(`/webhooks/jira/${connection.id}$`)),
      });
      expect(JSON.stringify(data)).not.toContain(connection.sealedSecrets);
    } else {
      const counts = await sql<{ state: string; n: number }>(`select state, count(*)::int as n from tracker_link group by state`);
      const count = (state: string) => counts.find((row) => row.state === state)?.n ?? 0;
      expect(data.syncHealth).toMatchObject({ failedLinks: count("FAILED"), pendingLinks: count("PENDING") });
      expect(data.syncHealth.deliveries).toContainEqual({ id: deliveryId, state: "FAILED" });
      expect(data.syncHealth.jobs).toContainEqual({ id: jobId, name: "tracker.reconcile", state: "failed", error: expect.stringContaining("503") });
    }
  }

  const CASES = (Object.entries(QUERY_ACCESS) as [QueryName, readonly Actor[]][]).flatMap(([name, allowed]) =>
    EVERYONE.map((actor) => {
      const outcome = allowed.includes(actor) ? "allowed" : actor === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN";
      return { label: `${name} as ${actor} → ${outcome}`, name, actor, outcome };
    }),
  );

  it.each(CASES)("$label", async ({ name, actor, outcome }) => {
    const { client } = await cellFor(actor);
    const result = await client.request(QUERIES[name]);
    if (outcome === "allowed") {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      await expectAllowed(name, result.data);
    } else {
      expect(codeOf(result), JSON.stringify(result.errors)).toBe(outcome);
      expect(result.data ?? null).toBeNull();
      expectCleanErrors(result);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The last ADMIN
// ---------------------------------------------------------------------------------------------

describe("setMemberRole never leaves the community without an ADMIN", () => {
  // A database of its own for each case, starting with exactly one ADMIN.
  let community: TestApp;
  let firstAdmin: SignedInMember;
  beforeEach(async () => {
    community = await startTestApp();
    firstAdmin = await newAdmin();
  });
  afterEach(() => community.close());

  const SET_ROLE = `mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id role } }`;
  const newAdmin = () => buildMember(community, { role: "ADMIN" as Role });
  const stepDown = ({ member, client }: SignedInMember) => client.request(SET_ROLE, { id: member.id, role: "MANAGER" });
  const adminIds = async () =>
    (await community.orm.em.fork().execute<{ id: string }[]>(`select id from member where role = 'ADMIN'`)).map((row) => row.id);

  function expectLastAdminRefusal(result: GraphQLResult) {
    expect(codeOf(result), JSON.stringify(result.errors)).toBe("CONFLICT");
    expect(result.errors![0].message).toBe("Roundtrip needs at least one admin.");
    expect(result.data?.setMemberRole ?? null).toBeNull();
    expectCleanErrors(result);
  }

  it("refuses the only ADMIN stepping down with CONFLICT, whatever the case of their id", async () => {
    expectLastAdminRefusal(await stepDown(firstAdmin));
    expectLastAdminRefusal(await firstAdmin.client.request(SET_ROLE, { id: firstAdmin.member.id.toUpperCase(), role: "MEMBER" }));
    expect(await adminIds()).toEqual([firstAdmin.member.id]);
  });

  it("lets an ADMIN step down or be demoted while another ADMIN remains, then refuses the one left", async () => {
    const second = await newAdmin();
    expect((await firstAdmin.client.ok(SET_ROLE, { id: second.member.id, role: "PRODUCT" })).setMemberRole).toEqual({ id: second.member.id, role: "PRODUCT" });
    const third = await newAdmin();
    expect((await stepDown(firstAdmin)).errors).toBeUndefined();
    expect(await adminIds()).toEqual([third.member.id]);
    expectLastAdminRefusal(await stepDown(third));
    expect(await adminIds()).toEqual([third.member.id]);
  });

  it("of two ADMINs stepping down at the same moment, exactly one succeeds (10 rounds)", async () => {
    let remaining = firstAdmin;
    for (let round = 0; round < 10; round++) {
      const pair = [remaining, await newAdmin()];
      const results = await Promise.all(pair.map(stepDown));
      const refused = results.findIndex((result) => result.errors);
      expect(results.filter((result) => !result.errors), JSON.stringify(results)).toHaveLength(1);
      expectLastAdminRefusal(results[refused]);
      remaining = pair[refused];
      expect(await adminIds()).toEqual([remaining.member.id]);
    }
  });
});
