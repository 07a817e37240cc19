/**
 * Trust levels over HTTP against the real server, with the clock under the test's control (only
 * `Date` is faked: the server reads time from it, never from PostgreSQL): a new member's limits and
 * looser ones higher up, levels earned by visiting, reading and contributing, a level staff set and
 * keep, the same text twice refused (also when sent at once), sign-ups per address and blocked
 * domains, related accounts, and one budget shared by two server processes on one database.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSession } from "../../server/members/auth.service.js";
import { Role } from "../../server/members/role.js";
import { promoteMembers } from "../../server/trust/trust.service.js";
import { DEFAULT_TRUST_LEVELS } from "../../server/trust/trust.entity.js";
import { buildBoard, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { GraphQLClient, codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { startSecondProcess, type SecondProcess } from "../support/second-process.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const COMMENT = `mutation($postId: ID!, $body: String!) { addComment(input: { postId: $postId, body: $body }) { id } }`;
const SUBMIT = `mutation($boardId: ID!, $title: String!, $body: String!) { submitPost(input: { boardId: $boardId, kind: IDEA, title: $title, body: $body }) { id } }`;
const VOTE = `mutation($id: ID!) { vote(postId: $id) { id } }`;
const SET_LEVEL = `mutation($id: ID!, $level: Int!, $reason: String!, $keep: Boolean) { setTrustLevel(memberId: $id, level: $level, reason: $reason, keep: $keep) { id trustLevel trustLevelOrigin { setByStaff kept reason setBy { id } } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`;
const LEVEL = `query($id: ID!) { member(id: $id) { trustLevel trustLevelOrigin { since setByStaff setBy { id } reason } } }`;
const UPDATE_SETTINGS = `mutation($input: TrustSettingsInput!) { updateTrustSettings(input: $input) { accountsPerIpPerDay blockedEmailDomains levels { level postsPerDay } } }`;

const START = new Date("2026-12-01T09:00:00Z");
let now = START.getTime();
/** Moves the faked clock forward. */
const advance = (ms: number) => vi.setSystemTime((now += ms));
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;

describe("trust levels", () => {
  let app: TestApp;
  let admin: SignedInMember;
  let moderator: SignedInMember;
  let author: SignedInMember;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    app = await startTestApp({}, { trustDefaults: true });
    admin = await buildMember(app, { role: Role.ADMIN });
    moderator = await buildMember(app, { role: Role.MODERATOR });
    author = await buildMember(app, { role: Role.MANAGER });
  });
  // The clock moves by weeks, past the staff's sessions: each test signs them in anew.
  beforeEach(async () => {
    for (const staff of [admin, moderator, author]) staff.client.setSessionCookie((await startSession(app.orm.em.fork(), app.config, staff.member)).token);
  });
  afterAll(async () => {
    await app?.close();
    vi.useRealTimers();
  });

  it("a new member: at most 2 links, 30 s between comments and 10 a day, 2 minutes between posts and 3 a day, 50 votes a day", async () => {
    const member = await buildMember(app);
    const board = await buildBoard(app);
    const post = await buildPost(app, { author: author.member, board });

    const links = await member.client.request(COMMENT, { postId: post.id, body: "See https://a.example, https://b.example and https://c.example" });
    expect(codeOf(links)).toBe("BAD_USER_INPUT");
    expect(links.errors?.[0].extensions).toMatchObject({ field: "body", reason: "TOO_MANY_LINKS", max: 2 });

    await member.client.ok(COMMENT, { postId: post.id, body: "Two links are fine: https://a.example https://b.example" });
    const tooSoon = await member.client.request(COMMENT, { postId: post.id, body: "And one more thought" });
    expect(codeOf(tooSoon)).toBe("RATE_LIMITED");
    expect(tooSoon.errors?.[0].extensions?.retryAfter).toBe(30);
    for (let n = 2; n <= 10; n++) {
      advance(31 * SECOND);
      await member.client.ok(COMMENT, { postId: post.id, body: `Thought number ${n}` });
    }
    advance(31 * SECOND);
    expect(codeOf(await member.client.request(COMMENT, { postId: post.id, body: "The eleventh" }))).toBe("RATE_LIMITED");

    await member.client.ok(SUBMIT, { boardId: board.id, title: "First idea", body: "" });
    expect(codeOf(await member.client.request(SUBMIT, { boardId: board.id, title: "Second idea", body: "" }))).toBe("RATE_LIMITED");
    advance(2 * MINUTE);
    await member.client.ok(SUBMIT, { boardId: board.id, title: "Second idea", body: "" });
    advance(2 * MINUTE);
    await member.client.ok(SUBMIT, { boardId: board.id, title: "Third idea", body: "" });
    advance(2 * MINUTE);
    expect(codeOf(await member.client.request(SUBMIT, { boardId: board.id, title: "Fourth idea", body: "" }))).toBe("RATE_LIMITED");

    const posts = await Promise.all(Array.from({ length: 51 }, () => buildPost(app, { author: author.member, board })));
    for (const target of posts.slice(0, 50)) await member.client.ok(VOTE, { id: target.id });
    expect(codeOf(await member.client.request(VOTE, { id: posts[50].id }))).toBe("RATE_LIMITED");

    // A day later the budgets are back.
    advance(DAY);
    await member.client.ok(COMMENT, { postId: post.id, body: "The eleventh" });
    await member.client.ok(SUBMIT, { boardId: board.id, title: "Fourth idea", body: "" });
    await member.client.ok(VOTE, { id: posts[50].id });
  });

  it("a higher level is looser; staff set it with a reason, it is kept from rules, and audited once", async () => {
    const member = await buildMember(app);
    const board = await buildBoard(app);
    const set = await moderator.client.ok(SET_LEVEL, { id: member.member.id, level: 3, reason: "Helps everyone in the forum" });
    expect(set.setTrustLevel).toMatchObject({ trustLevel: 3, trustLevelOrigin: { setByStaff: true, kept: true, reason: "Helps everyone in the forum", setBy: { id: moderator.member.id } } });

    const idea = (await member.client.ok(SUBMIT, { boardId: board.id, title: "Idea one", body: "[a](https://a.example) [b](https://b.example) [c](https://c.example)" })).submitPost;
    advance(15 * SECOND);
    await member.client.ok(SUBMIT, { boardId: board.id, title: "Idea two", body: "" });

    // The member sees their level and why; another member does not.
    expect((await member.client.ok(LEVEL, { id: member.member.id })).member.trustLevelOrigin.reason).toBe("Helps everyone in the forum");
    expect((await moderator.client.ok(LEVEL, { id: member.member.id })).member.trustLevel).toBe(3);
    const other = await buildMember(app, { role: Role.AMBASSADOR });
    const seenByOther = await other.client.ok(`query($id: ID!) { post(id: $id) { author { trustLevel trustLevelOrigin { reason } } } }`, { id: idea.id });
    expect(seenByOther.post.author).toEqual({ trustLevel: null, trustLevelOrigin: null });

    // Rules leave a level staff chose alone, even one below what the member earned.
    await moderator.client.ok(SET_LEVEL, { id: member.member.id, level: 0, reason: "Spam wave" });
    advance(60 * DAY);
    await promoteMembers(app.orm.em.fork(), new Date());
    const session = await startSession(app.orm.em.fork(), app.config, member.member);
    member.client.setSessionCookie(session.token);
    expect((await member.client.ok(LEVEL, { id: member.member.id })).member.trustLevel).toBe(0);
    // …until staff let the rules decide again.
    for (const staff of [admin, moderator]) staff.client.setSessionCookie((await startSession(app.orm.em.fork(), app.config, staff.member)).token);
    const released = await moderator.client.ok(SET_LEVEL, { id: member.member.id, level: 0, reason: "Calmer now", keep: false });
    expect(released.setTrustLevel.trustLevelOrigin).toMatchObject({ setByStaff: true, kept: false });
    await app.orm.em.fork().getConnection().execute(`insert into post_read (member_id, post_id, read_at) select ?, id, now() from post limit 5`, [member.member.id]);
    await promoteMembers(app.orm.em.fork(), new Date());
    expect((await member.client.ok(LEVEL, { id: member.member.id })).member).toMatchObject({ trustLevel: 1, trustLevelOrigin: { setByStaff: false, setBy: null, reason: null } });
    for (const staff of [admin, moderator]) staff.client.setSessionCookie((await startSession(app.orm.em.fork(), app.config, staff.member)).token);

    const audit = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetMember: $id }) { nodes { action reason before after actor { id } } } }`, { id: member.member.id });
    expect(audit.auditLog.nodes.map((entry: { action: string; reason: string }) => [entry.action, entry.reason])).toEqual([
      ["SET_TRUST_LEVEL", "Calmer now"],
      ["SET_TRUST_LEVEL", "Spam wave"],
      ["SET_TRUST_LEVEL", "Helps everyone in the forum"],
    ]);
    expect(JSON.parse(audit.auditLog.nodes[1].before)).toEqual({ trustLevel: 3, locked: true });
    expect(JSON.parse(audit.auditLog.nodes[0].after)).toEqual({ trustLevel: 0, locked: false });

    // A moderator does not set staff's levels; an admin does.
    expect(codeOf(await moderator.client.request(SET_LEVEL, { id: author.member.id, level: 4, reason: "Lead" }))).toBe("FORBIDDEN");
    await admin.client.ok(SET_LEVEL, { id: author.member.id, level: 4, reason: "Lead" });
    expect(codeOf(await moderator.client.request(SET_LEVEL, { id: member.member.id, level: 5, reason: "Too high" }))).toBe("BAD_USER_INPUT");
  });

  it("levels are earned: 1 after 3 days, 5 posts read and an accepted contribution; 2 after 15 days visited and 5 accepted contributions", async () => {
    const member = await buildMember(app);
    const board = await buildBoard(app);
    const posts = await Promise.all(Array.from({ length: 5 }, () => buildPost(app, { author: author.member, board })));
    const level = async () => (await member.client.ok(LEVEL, { id: member.member.id })).member;

    for (const post of posts) await member.client.ok(`query($id: ID!) { post(id: $id) { id } }`, { id: post.id });
    await member.client.ok(COMMENT, { postId: posts[0].id, body: "Counts as a contribution" });
    await promoteMembers(app.orm.em.fork(), new Date());
    expect((await level()).trustLevel).toBe(0);

    advance(3 * DAY);
    await promoteMembers(app.orm.em.fork(), new Date());
    expect(await level()).toMatchObject({ trustLevel: 1, trustLevelOrigin: { since: new Date(now).toISOString(), setByStaff: false, setBy: null, reason: null } });

    // A hidden contribution is not accepted: 4 accepted so far.
    for (let n = 0; n < 3; n++) await buildPost(app, { author: member.member, board });
    const hidden = await buildPost(app, { author: member.member, board });
    await app.orm.em.fork().getConnection().execute(`update post set moderation_state = 'HIDDEN', moderated_at = now() where id = ?`, [hidden.id]);
    // The first request of each day is a visit (days 0 and 3 so far), and checks the rules for that member at once.
    for (let day = 1; day <= 13; day++) {
      advance(DAY);
      await member.client.ok(`{ me { id } }`);
    }
    const visits = await app.orm.em.fork().getConnection().execute(`select count(*)::int as count from member_visit where member_id = ?`, [member.member.id]);
    expect(visits[0].count).toBe(15);
    expect((await level()).trustLevel).toBe(1);

    await buildPost(app, { author: member.member, board });
    advance(DAY);
    await member.client.ok(`{ me { id } }`);
    expect((await level()).trustLevel).toBe(2);
  });

  it("a visit is written once a day, not per request", async () => {
    const member = await buildMember(app);
    const { queries } = await app.countQueries(async () => {
      await member.client.ok(`{ me { id } }`);
      await member.client.ok(`{ me { id } }`);
      await member.client.ok(`{ me { id } }`);
    });
    expect(queries.filter((sql) => sql.includes("member_visit") && sql.startsWith("with visit"))).toHaveLength(1);
  });

  it("the same text from the same member within 5 minutes is refused, also when both are sent at once", async () => {
    const member = await buildMember(app);
    await moderator.client.ok(SET_LEVEL, { id: member.member.id, level: 4, reason: "No waits in this test" });
    await admin.client.ok(UPDATE_SETTINGS, { input: { levels: DEFAULT_TRUST_LEVELS.map((level) => ({ ...level, secondsBetweenComments: 0, secondsBetweenPosts: 0 })) } });
    const board = await buildBoard(app);
    const post = await buildPost(app, { author: author.member, board });

    await member.client.ok(COMMENT, { postId: post.id, body: "Same words" });
    const again = await member.client.request(COMMENT, { postId: post.id, body: "  same   WORDS " });
    expect(codeOf(again)).toBe("CONFLICT");
    expect(reasonOf(again)).toBe("REPEATED_TEXT");

    await member.client.ok(SUBMIT, { boardId: board.id, title: "Dark mode", body: "Please" });
    expect(reasonOf(await member.client.request(SUBMIT, { boardId: board.id, title: "Dark mode", body: "please" }))).toBe("REPEATED_TEXT");

    const body = `At once ${randomUUID()}`;
    const results = await Promise.all([member.client.request(COMMENT, { postId: post.id, body }), member.client.request(COMMENT, { postId: post.id, body })]);
    expect(results.map(codeOf).sort()).toEqual(["CONFLICT", undefined]);
    const stored = await app.orm.em.fork().getConnection().execute(`select count(*)::int as count from comment where body = ?`, [body]);
    expect(stored[0].count).toBe(1);

    advance(5 * MINUTE + SECOND);
    await member.client.ok(COMMENT, { postId: post.id, body: "Same words" });
    await admin.client.ok(UPDATE_SETTINGS, { input: { levels: DEFAULT_TRUST_LEVELS } });
  });

  it("settings: ADMIN only, each number checked against its range", async () => {
    const tooMany = DEFAULT_TRUST_LEVELS.map((level) => (level.level === 0 ? { ...level, postsPerDay: -1 } : level));
    const refused = await admin.client.request(UPDATE_SETTINGS, { input: { levels: tooMany } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "levels.0.postsPerDay", reason: "OUT_OF_RANGE" });
    const noRule = DEFAULT_TRUST_LEVELS.map((level) => (level.level === 1 ? { ...level, promotion: null } : level));
    expect((await admin.client.request(UPDATE_SETTINGS, { input: { levels: noRule } })).errors?.[0].extensions?.field).toBe("levels.1.promotion");
    expect((await admin.client.request(UPDATE_SETTINGS, { input: { blockedEmailDomains: ["not a domain"] } })).errors?.[0].extensions?.field).toBe("blockedEmailDomains.0");
    expect(codeOf(await moderator.client.request(UPDATE_SETTINGS, { input: { accountsPerIpPerDay: 5 } }))).toBe("FORBIDDEN");
    const read = await admin.client.ok(`{ trustSettings { accountsPerIpPerDay levels { level linksPerPost promotion { daysSinceJoined } } } }`);
    expect(read.trustSettings.accountsPerIpPerDay).toBe(3);
    expect(read.trustSettings.levels[0]).toEqual({ level: 0, linksPerPost: 2, promotion: null });
  });

  it("at most 3 new accounts per address a day; blocked e-mail domains; related accounts for staff, the address only for ADMIN", async () => {
    const signUp = (email: string) => app.client().request(SIGN_UP, { input: { email, password: "long enough password", displayName: "New" } });
    const suffix = randomUUID().slice(0, 8);
    const ids: string[] = [];
    for (let n = 1; n <= 3; n++) ids.push((await signUp(`user${n}-${suffix}@family-${suffix}.example`)).data!.signUp.id);
    const fourth = await signUp(`user4-${suffix}@family-${suffix}.example`);
    expect(codeOf(fourth)).toBe("RATE_LIMITED");

    await admin.client.ok(UPDATE_SETTINGS, { input: { blockedEmailDomains: ["Spam.example"] } });
    advance(DAY + SECOND);
    const blocked = await signUp(`bot-${suffix}@mail.spam.example`);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email", reason: "BLOCKED_EMAIL_DOMAIN" });
    expect((await signUp(`user4-${suffix}@family-${suffix}.example`)).data?.signUp.id).toBeTruthy();
    // A common provider relates nobody.
    ids.push((await signUp(`someone-${suffix}@gmail.com`)).data!.signUp.id);

    const RELATED = `query($id: ID!) { member(id: $id) { signUpIp relatedAccounts { member { id } sameSignUpIp sameEmailDomain } } }`;
    const seenByModerator = (await moderator.client.ok(RELATED, { id: ids[0] })).member;
    expect(seenByModerator.signUpIp).toBeNull();
    const byId = new Map(seenByModerator.relatedAccounts.map((related: { member: { id: string } }) => [related.member.id, related]));
    expect(byId.get(ids[1])).toMatchObject({ sameSignUpIp: true, sameEmailDomain: true });
    expect(byId.get(ids[3])).toMatchObject({ sameSignUpIp: true, sameEmailDomain: false });
    expect((await admin.client.ok(RELATED, { id: ids[0] })).member.signUpIp).toMatch(/127\.0\.0\.1/);
    const gmail = (await moderator.client.ok(RELATED, { id: ids[3] })).member.relatedAccounts;
    expect(gmail.every((related: { sameEmailDomain: boolean }) => !related.sameEmailDomain)).toBe(true);
    await admin.client.ok(UPDATE_SETTINGS, { input: { blockedEmailDomains: [] } });
  });
});

describe("trust budgets across two server processes", () => {
  let first: TestApp;
  let second: SecondProcess;
  let secondUrl: string;

  beforeAll(async () => {
    first = await startTestApp({}, { trustDefaults: true });
    second = await startSecondProcess(first, { TRUST_PROMOTION_CRON: "" });
    secondUrl = second.url;
  }, 90_000);
  afterAll(async () => {
    second?.stop();
    await first?.close();
  });

  it("a comment through one process spends the budget the other checks", async () => {
    const author = await buildMember(first, { role: Role.MANAGER });
    const member = await buildMember(first);
    const post = await buildPost(first, { author: author.member });
    await member.client.ok(COMMENT, { postId: post.id, body: "Through the first process" });
    const onSecond = new GraphQLClient(secondUrl);
    onSecond.setSessionCookie(member.client.cookie("rt_session")!);
    const refused = await onSecond.request(COMMENT, { postId: post.id, body: "Through the second process" });
    expect(codeOf(refused)).toBe("RATE_LIMITED");
  });
});
