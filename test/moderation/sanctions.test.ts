/**
 * Sanctions over HTTP against the real server: a suspension stops a session and an API token opened
 * before it, at once, and says why and until when; a silence stops posts and comments but not votes;
 * both end by themselves; who may sanction whom; the mail through a real SMTP server; the staff note;
 * and exactly one audit row per staff action. The "every mutation refuses a suspended member" check
 * walks the schema, so a new mutation is covered without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { getSchema } from "../../server/graphql/schema.js";
import { permissionOf } from "../../server/graphql/authorization.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { callWithSampleArguments } from "../support/sample-calls.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { subscriptionClient } from "../support/live-client.js";

const SUSPEND = `mutation($id: ID!, $until: DateTimeISO, $reason: String!) { suspendMember(memberId: $id, until: $until, reason: $reason) { id kind endsAt active } }`;
const SILENCE = `mutation($id: ID!, $until: DateTimeISO!, $reason: String!) { silenceMember(memberId: $id, until: $until, reason: $reason) { id kind endsAt active } }`;
const WARN = `mutation($id: ID!, $clause: String, $message: String!) { warnMember(memberId: $id, clause: $clause, message: $message) { id kind clause active } }`;
const LIFT = `mutation($id: ID!, $reason: String) { liftSanction(sanctionId: $id, reason: $reason) { id liftedAt active } }`;
const NOTE = `mutation($id: ID!, $note: String!) { setMemberStaffNote(memberId: $id, note: $note) { id staffNote } }`;
const VOTE = `mutation($id: ID!) { vote(postId: $id) { voteCount viewerHasVoted } }`;
const COMMENT = `mutation($postId: ID!) { addComment(input: { postId: $postId, body: "Hello there" }) { id } }`;
const SUBMIT = `mutation($boardId: ID!) { submitPost(input: { boardId: $boardId, kind: IDEA, title: "A brand new idea" }) { id } }`;
const LOG_IN = `mutation($email: String!) { logIn(input: { email: $email, password: "${FACTORY_PASSWORD}" }) { id } }`;
const AUDIT = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { action targetType targetId reason before after actor { id } targetMember { id } }
  }
}`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const extensionsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? {};

let app: TestApp;
let smtp: SmtpReceiver;
let admin: SignedInMember;
let moderator: SignedInMember;

const sql = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> => app.orm.em.fork().execute(query, params) as Promise<T[]>;
const auditRows = (memberId: string) => sql(`select action, target_type, reason, before, after, actor_id from audit_entry where target_member_id = ? order by created_at`, [memberId]);
const member = (role = "MEMBER") => buildMember(app, { role: role as Role });

beforeAll(async () => {
  smtp = await new SmtpReceiver(await freePort()).start();
  app = await startTestApp({ smtpUrl: smtp.url });
  admin = await member("ADMIN");
  // The guidelines warnings cite; members built from here on have accepted them.
  await admin.client.ok(`mutation { publishNetiquette(body: "## 1. Be kind\\n\\nNo insults.", material: true) { version } }`);
  moderator = await member("MODERATOR");
});
afterAll(async () => {
  await app.close();
  await smtp.stop();
});

describe("suspension", () => {
  it("stops a session and an API token opened before it, at once, saying why and until when; mails the member; one audit row", async () => {
    const target = await member();
    const post = await buildPost(app, { author: admin.member });
    const { createApiToken } = await target.client.ok(`mutation { createApiToken(input: { name: "script" }) { secret } }`);
    const script = app.client();
    script.bearerToken = createApiToken.secret;
    expect((await script.ok(`{ me { id } }`)).me.id).toBe(target.member.id);

    const until = inDays(7);
    const { suspendMember } = await moderator.client.ok(SUSPEND, { id: target.member.id, until, reason: "Repeated insults" });
    expect(suspendMember).toMatchObject({ kind: "SUSPEND", endsAt: until, active: true });

    // The session from before: `me` says why, every write is refused the same way, public reads go on as a visitor.
    const me = await target.client.request(`{ me { id } }`);
    expect(codeOf(me)).toBe("FORBIDDEN");
    expect(extensionsOf(me)).toMatchObject({ reason: "SUSPENDED", until, explanation: "Repeated insults" });
    expect(me.errors![0].message).toBe(`Your account is suspended until ${until}: Repeated insults`);
    const vote = await target.client.request(VOTE, { id: post.id });
    expect(codeOf(vote)).toBe("FORBIDDEN");
    expect(extensionsOf(vote)).toMatchObject({ reason: "SUSPENDED", until });
    expect((await sql(`select count(*)::int as n from vote where member_id = ?`, [target.member.id]))[0].n).toBe(0);
    expect(extensionsOf(await target.client.request(`{ myApiTokens { id } }`))).toMatchObject({ reason: "SUSPENDED" });
    expect((await target.client.ok(`query($id: ID!) { post(id: $id) { id viewerHasVoted } }`, { id: post.id })).post).toEqual({ id: post.id, viewerHasVoted: false });

    // The API token: the whole request is refused, with HTTP 403.
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${createApiToken.secret}` },
      body: JSON.stringify({ query: `{ posts(first: 1) { totalCount } }` }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "SUSPENDED", until });

    // Signing in again says why too (only to someone who knows the password).
    const signIn = await app.client().request(LOG_IN, { email: target.member.email });
    expect(extensionsOf(signIn)).toMatchObject({ code: "FORBIDDEN", reason: "SUSPENDED", until, explanation: "Repeated insults" });
    const wrong = await app.client().request(`mutation($email: String!) { logIn(input: { email: $email, password: "not the password" }) { id } }`, { email: target.member.email });
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    // …and signing out still works.
    expect((await target.client.ok(`mutation { logOut }`)).logOut).toBe(true);

    const mail = await smtp.waitForMail(target.member.email);
    expect(mail.subject).toBe("Your account is suspended");
    expect(mail.text).toContain("Reason: Repeated insults");
    expect(mail.text).toMatch(/until \d+ \w+ \d{4} at \d\d:\d\d UTC|until \d+ \w+ \d{4}, \d\d:\d\d UTC/);

    const rows = await auditRows(target.member.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "SUSPEND_MEMBER", target_type: "SANCTION", reason: "Repeated insults", actor_id: moderator.member.id, before: null });
    expect(rows[0].after).toMatchObject({ kind: "SUSPEND", endsAt: until });
  });

  it("is refused by every mutation in the schema except logIn and logOut", async () => {
    const target = await member();
    await moderator.client.ok(SUSPEND, { id: target.member.id, until: null, reason: "Spam account" });
    const fields = Object.values((await getSchema()).getMutationType()!.getFields());
    const refusedBy: string[] = [];
    // logOut ends the session, so it goes last: the way out stays open.
    const exempt = ["logIn", "logOut"];
    for (const field of [...fields.filter((field) => !exempt.includes(field.name)), ...fields.filter((field) => exempt.includes(field.name))]) {
      const result = await callWithSampleArguments(target.client, field);
      if (codeOf(result) === "FORBIDDEN" && extensionsOf(result).reason === "SUSPENDED") refusedBy.push(field.name);
    }
    const allowed = fields.map((field) => field.name).filter((name) => !refusedBy.includes(name));
    expect(allowed.sort()).toEqual(exempt);
    expect(fields.length).toBeGreaterThan(60);
  });

  it("ends by itself at its end, exactly, and when lifted; a lifted one cannot be lifted again", async () => {
    const target = await member();
    const { suspendMember } = await moderator.client.ok(SUSPEND, { id: target.member.id, until: inDays(1), reason: "Cool down" });
    expect(codeOf(await target.client.request(`{ me { id } }`))).toBe("FORBIDDEN");
    // Moved into the past (as if a day went by): the same session works again, with no job involved.
    await sql(`update sanction set starts_at = now() - interval '2 days', ends_at = now() - interval '1 second' where id = ?`, [suspendMember.id]);
    expect((await target.client.ok(`{ me { id activeSanction { id } } }`)).me).toEqual({ id: target.member.id, activeSanction: null });
    await sql(`update sanction set ends_at = now() + interval '1 minute' where id = ?`, [suspendMember.id]);
    expect(codeOf(await target.client.request(`{ me { id } }`))).toBe("FORBIDDEN");

    const lifted = await moderator.client.ok(LIFT, { id: suspendMember.id, reason: "Apologised" });
    expect(lifted.liftSanction).toMatchObject({ id: suspendMember.id, active: false });
    expect((await target.client.ok(`{ me { id } }`)).me.id).toBe(target.member.id);
    const again = await moderator.client.request(LIFT, { id: suspendMember.id });
    expect(extensionsOf(again)).toMatchObject({ code: "CONFLICT", reason: "SANCTION_NOT_ACTIVE" });
    expect((await auditRows(target.member.id)).map((row) => row.action)).toEqual(["SUSPEND_MEMBER", "LIFT_SANCTION"]);
  });

  it("refuses a suspended member's session over WebSocket too, saying why", async () => {
    const target = await member();
    await moderator.client.ok(SUSPEND, { id: target.member.id, until: null, reason: "Spam account" });
    const ws = subscriptionClient(app, target);
    const answer = await new Promise<unknown>((resolve) => {
      ws.subscribe({ query: `subscription { notificationAdded { id } }` }, { next: resolve, error: resolve, complete: () => resolve("completed") });
    });
    expect(JSON.stringify(answer)).toMatch(/"code":"FORBIDDEN","reason":"SUSPENDED","until":null,"explanation":"Spam account"/);
    await ws.dispose();
  });

  it("drops the notification mail still waiting for a member when they are suspended", async () => {
    const target = await member();
    const post = await buildPost(app, { author: admin.member });
    await sql(`insert into notification (recipient_id, source_id, category, kind, post_id, in_app, mail) values (?, gen_random_uuid(), 'STATUS', 'STATUS_CHANGED', ?, true, 'PENDING')`, [target.member.id, post.id]);
    await moderator.client.ok(SUSPEND, { id: target.member.id, until: inDays(1), reason: "Spam" });
    expect(await sql(`select mail from notification where recipient_id = ?`, [target.member.id])).toEqual([{ mail: "NONE" }]);
  });

  it("keeps notifications from a suspended member", async () => {
    const suspended = await member();
    const other = await member();
    const manager = await member("MANAGER");
    const post = await buildPost(app, { author: manager.member });
    for (const follower of [suspended, other]) await follower.client.ok(`mutation($id: ID!) { followPost(id: $id) { viewerFollows } }`, { id: post.id });
    await moderator.client.ok(SUSPEND, { id: suspended.member.id, until: inDays(1), reason: "Spam" });
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED) { status } }`, { id: post.id });
    const told = (id: string) => sql(`select 1 from notification where recipient_id = ? and post_id = ?`, [id, post.id]);
    await eventually(async () => (await told(other.member.id)).length === 1, 10_000, "the other follower's notification");
    expect(await told(suspended.member.id)).toEqual([]);
  });
});

describe("silence", () => {
  it("lets a member read, vote and follow but not post or comment, saying until when; the member sees it", async () => {
    const target = await member();
    const post = await buildPost(app, { author: admin.member });
    const until = inDays(1);
    await moderator.client.ok(SILENCE, { id: target.member.id, until, reason: "Off-topic flood" });

    expect((await target.client.ok(VOTE, { id: post.id })).vote.viewerHasVoted).toBe(true);
    await target.client.ok(`mutation($id: ID!) { followPost(id: $id) { viewerFollows } }`, { id: post.id });
    const me = await target.client.ok(`{ me { id activeSanction { kind reason endsAt } } }`);
    expect(me.me.activeSanction).toEqual({ kind: "SILENCE", reason: "Off-topic flood", endsAt: until });

    for (const [query, variables] of [[SUBMIT, { boardId: post.board.id }], [COMMENT, { postId: post.id }]] as const) {
      const result = await target.client.request(query, variables);
      expect(codeOf(result)).toBe("FORBIDDEN");
      expect(extensionsOf(result)).toMatchObject({ reason: "SILENCED", until, explanation: "Off-topic flood" });
      expect(result.errors![0].message).toBe(`You may not post or comment until ${until}: Off-topic flood`);
    }
    expect((await sql(`select count(*)::int as n from comment where author_id = ?`, [target.member.id]))[0].n).toBe(0);

    const mail = await smtp.waitForMail(target.member.email);
    expect(mail.subject).toBe("You cannot post or comment for a while");
    expect(mail.text).toContain("Reason: Off-topic flood");
  });

  it("is refused by every mutation that writes a post or comment, and by no other", async () => {
    const target = await member();
    await moderator.client.ok(SILENCE, { id: target.member.id, until: inDays(1), reason: "Flood" });
    const refusedBy: string[] = [];
    for (const field of Object.values((await getSchema()).getMutationType()!.getFields())) {
      if (field.name === "logOut") continue;
      const result = await callWithSampleArguments(target.client, field);
      if (extensionsOf(result).reason === "SILENCED") refusedBy.push(field.name);
    }
    // Deleting their own comment is not: a silenced member may still take their words back.
    expect(refusedBy.sort()).toEqual(["addComment", "editComment", "editPost", "submitPost"]);
    // The same set the policy files mark as contributing content.
    const marked = Object.values((await getSchema()).getMutationType()!.getFields()).filter((field) => permissionOf(field)?.contributes);
    expect(marked.map((field) => field.name).sort()).toEqual(refusedBy.sort());
  });

  it("tells a silenced member's client that they may vote but not comment or edit (the capabilities agree with the refusals)", async () => {
    const target = await member("MODERATOR");
    const post = await buildPost(app, { author: target.member });
    await sql(`insert into comment (id, post_id, author_id, body) values (gen_random_uuid(), ?, ?, 'mine')`, [post.id, target.member.id]);
    await sql(`update post set comment_count = 1 where id = ?`, [post.id]);
    const CAN = `query($id: ID!) { post(id: $id) { viewerCan { vote follow comment edit writeInternalNote } comments { viewerCan { edit delete } } } }`;
    expect((await target.client.ok(CAN, { id: post.id })).post).toEqual({
      viewerCan: { vote: true, follow: true, comment: true, edit: true, writeInternalNote: true },
      comments: [{ viewerCan: { edit: true, delete: true } }],
    });
    await admin.client.ok(SILENCE, { id: target.member.id, until: inDays(1), reason: "Heated" });
    expect((await target.client.ok(CAN, { id: post.id })).post).toEqual({
      viewerCan: { vote: true, follow: true, comment: false, edit: false, writeInternalNote: false },
      comments: [{ viewerCan: { edit: false, delete: true } }],
    });
    const [{ id }] = await sql<{ id: string }>(`select id from comment where author_id = ?`, [target.member.id]);
    await target.client.ok(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id });
    expect(await sql(`select body from comment where id = ? and deleted_at is not null`, [id])).toEqual([{ body: "" }]);
  });

  it("refuses a silence without a future end", async () => {
    const target = await member();
    const result = await moderator.client.request(SILENCE, { id: target.member.id, until: new Date(Date.now() - 1000).toISOString(), reason: "Late" });
    expect(extensionsOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "until", reason: "OUT_OF_RANGE" });
    expect(await auditRows(target.member.id)).toEqual([]);
  });
});

describe("who may sanction whom", () => {
  const cases: [string, string, boolean][] = [
    ["MODERATOR", "MEMBER", true],
    ["MODERATOR", "AMBASSADOR", true],
    ["MODERATOR", "MODERATOR", false],
    ["MODERATOR", "MANAGER", false],
    ["MANAGER", "MODERATOR", false],
    ["MANAGER", "PRODUCT", false],
    ["ADMIN", "MANAGER", true],
    ["ADMIN", "MODERATOR", true],
    ["ADMIN", "ADMIN", false],
    ["MANAGER", "ADMIN", false],
  ];
  it.each(cases)("%s warning a %s → %s", async (actorRole, targetRole, allowed) => {
    const actor = await member(actorRole);
    const target = await member(targetRole);
    const result = await actor.client.request(WARN, { id: target.member.id, clause: "be-kind", message: "Please stay on topic" });
    const viewerCan = (await actor.client.ok(`query($id: ID!) { member(id: $id) { viewerCanSanction } }`, { id: target.member.id })).member.viewerCanSanction;
    expect(viewerCan).toBe(allowed);
    if (allowed) expect(result.data!.warnMember).toMatchObject({ kind: "WARN", clause: "be-kind", active: false });
    else expect(codeOf(result)).toBe("FORBIDDEN");
    expect(await auditRows(target.member.id)).toHaveLength(allowed ? 1 : 0);
  });

  it("nobody sanctions themselves", async () => {
    const result = await moderator.client.request(WARN, { id: moderator.member.id, message: "Note to self" });
    expect(codeOf(result)).toBe("FORBIDDEN");
  });
});

describe("warning", () => {
  it("mails the member in their language with the clause, changes nothing else, and shows in their sanctions to staff only", async () => {
    const target = await member();
    await sql(`update member set language = 'DE' where id = ?`, [target.member.id]);
    await moderator.client.ok(WARN, { id: target.member.id, clause: "be-kind", message: "Bitte bleib freundlich" });
    const mail = await smtp.waitForMail(target.member.email);
    expect(mail.subject).toBe("Eine Verwarnung vom Community-Team");
    expect(mail.text).toContain("das Community-Team hat dich verwarnt: Bitte bleib freundlich");
    expect(mail.text).toContain("„1. Be kind“");
    expect(mail.text).toContain(`${app.url}/netiquette#section-be-kind`);
    expect((await target.client.ok(`{ me { activeSanction { id } } }`)).me.activeSanction).toBeNull();

    const VIEW = `query($id: ID!) { member(id: $id) { sanctions { kind reason clause active actor { id } } staffNote } }`;
    expect((await moderator.client.ok(VIEW, { id: target.member.id })).member.sanctions).toEqual([
      { kind: "WARN", reason: "Bitte bleib freundlich", clause: "be-kind", active: false, actor: { id: moderator.member.id } },
    ]);
    expect((await target.client.ok(VIEW, { id: target.member.id })).member).toEqual({ sanctions: null, staffNote: null });
  });
});

describe("staff note", () => {
  it("is kept per member for staff, with each change in the audit log (before and after)", async () => {
    const target = await member();
    await moderator.client.ok(NOTE, { id: target.member.id, note: "Knows the product well" });
    const { setMemberStaffNote } = await admin.client.ok(NOTE, { id: target.member.id, note: "Knows the product well; short-tempered" });
    expect(setMemberStaffNote.staffNote).toBe("Knows the product well; short-tempered");
    await admin.client.ok(NOTE, { id: target.member.id, note: "Knows the product well; short-tempered" }); // unchanged: no row
    await admin.client.ok(NOTE, { id: target.member.id, note: "" });
    expect((await moderator.client.ok(`query($id: ID!) { member(id: $id) { staffNote } }`, { id: target.member.id })).member.staffNote).toBe("");
    const rows = await auditRows(target.member.id);
    expect(rows.map((row) => [row.action, row.before, row.after])).toEqual([
      ["SET_STAFF_NOTE", { note: "" }, { note: "Knows the product well" }],
      ["SET_STAFF_NOTE", { note: "Knows the product well" }, { note: "Knows the product well; short-tempered" }],
      ["SET_STAFF_NOTE", { note: "Knows the product well; short-tempered" }, { note: "" }],
    ]);
  });
});

describe("staff actions in the member history", () => {
  it("lists the audit log's part about the member for moderators and up, newest first; null for the member and other members", async () => {
    const target = await member();
    await moderator.client.ok(WARN, { id: target.member.id, message: "Please stay on topic" });
    await admin.client.ok(NOTE, { id: target.member.id, note: "Second warning would be a silence" });
    const ACTIONS = `query($id: ID!) { member(id: $id) { staffActions { action reason actor { id } } } }`;
    for (const staff of [moderator, admin]) {
      expect((await staff.client.ok(ACTIONS, { id: target.member.id })).member.staffActions).toEqual([
        { action: "SET_STAFF_NOTE", reason: null, actor: { id: admin.member.id } },
        { action: "WARN_MEMBER", reason: "Please stay on topic", actor: { id: moderator.member.id } },
      ]);
    }
    expect((await target.client.ok(ACTIONS, { id: target.member.id })).member.staffActions).toBeNull();
  });
});

describe("audit log", () => {
  it("lists staff actions newest first, filtered by actor, member, action and time, page by page", async () => {
    const target = await member();
    const otherModerator = await member("MODERATOR");
    const start = new Date().toISOString();
    await moderator.client.ok(WARN, { id: target.member.id, message: "First" });
    await otherModerator.client.ok(WARN, { id: target.member.id, message: "Second" });
    const { silenceMember } = await moderator.client.ok(SILENCE, { id: target.member.id, until: inDays(1), reason: "Third" });
    await otherModerator.client.ok(LIFT, { id: silenceMember.id, reason: "Fourth" });

    const all = (await admin.client.ok(AUDIT, { filter: { targetMember: target.member.id } })).auditLog;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((node: { reason: string }) => node.reason)).toEqual(["Fourth", "Third", "Second", "First"]);
    expect(all.nodes[0]).toMatchObject({ action: "LIFT_SANCTION", targetType: "SANCTION", targetId: silenceMember.id, actor: { id: otherModerator.member.id }, targetMember: { id: target.member.id } });
    expect(JSON.parse(all.nodes[0].before)).toMatchObject({ kind: "SILENCE", liftedAt: null });
    expect(JSON.parse(all.nodes[0].after).liftedAt).toEqual(expect.any(String));

    const byActor = (await admin.client.ok(AUDIT, { filter: { targetMember: target.member.id, actor: otherModerator.member.id } })).auditLog;
    expect(byActor.nodes.map((node: { reason: string }) => node.reason)).toEqual(["Fourth", "Second"]);
    const byAction = (await admin.client.ok(AUDIT, { filter: { targetMember: target.member.id, action: "WARN_MEMBER" } })).auditLog;
    expect(byAction.totalCount).toBe(2);
    const inWindow = (await admin.client.ok(AUDIT, { filter: { actor: otherModerator.member.id, from: start, to: new Date(Date.now() + 60_000).toISOString() } })).auditLog;
    expect(inWindow.totalCount).toBe(2);
    const before = (await admin.client.ok(AUDIT, { filter: { actor: otherModerator.member.id, to: start } })).auditLog;
    expect(before.totalCount).toBe(0);

    const first = (await admin.client.ok(AUDIT, { filter: { targetMember: target.member.id }, first: 3 })).auditLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await admin.client.ok(AUDIT, { filter: { targetMember: target.member.id }, first: 3, after: first.pageInfo.endCursor })).auditLog;
    expect(second.nodes.map((node: { reason: string }) => node.reason)).toEqual(["First"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("is append-only in the database; a deleted staff account leaves its rows, without the name", async () => {
    const target = await member();
    const doomed = await member("MODERATOR");
    await doomed.client.ok(WARN, { id: target.member.id, message: "Mind the tone" });
    await expect(sql(`update audit_entry set reason = 'rewritten' where target_member_id = ?`, [target.member.id])).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_entry where target_member_id = ?`, [target.member.id])).rejects.toThrow(/append-only/);
    await sql(`delete from member where id = ?`, [doomed.member.id]);
    expect(await auditRows(target.member.id)).toMatchObject([{ action: "WARN_MEMBER", reason: "Mind the tone", actor_id: null }]);
  });

  it("is for ADMIN only", async () => {
    expect(codeOf(await moderator.client.request(AUDIT))).toBe("FORBIDDEN");
    expect(codeOf(await app.client().request(AUDIT))).toBe("UNAUTHENTICATED");
  });
});

