/**
 * Flags and the moderation queue over HTTP against the real server: the weighted score hides content
 * exactly at the configured threshold (and once, when flags race), one open flag per member and item,
 * the trust level and the daily limit, what each viewer then reads of a hidden comment, and every
 * queue action with its audit row and the author's mail.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildComment, buildHeldPost, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const FLAG = `mutation($kind: ContentKind!, $id: ID!, $reason: FlagReason!, $message: String) {
  flagContent(target: { kind: $kind, id: $id }, reason: $reason, message: $message) { id reason weight }
}`;
const COMMENTS = `query($id: ID!) { post(id: $id) { id comments { id body bodyHtml hiddenAt hiddenReason viewerHasFlagged viewerCan { flag } } } }`;
const POST = `query($id: ID!) { post(id: $id) { id moderationState moderationReason viewerHasFlagged viewerCan { flag } } }`;
const QUEUE = `query($filter: ModerationQueueFilter) {
  moderationQueue(filter: $filter, first: 50) {
    totalCount
    nodes { kind id held hidden hiddenReason score overdue authorFlagCount author { id activity { posts } } post { id title } comment { id body } flags { reason message weight flagger { id } } }
  }
}`;
const SETTINGS = `mutation($threshold: Float!, $levels: [FlagLevelInput!]!) { updateFlagSettings(input: { hideThreshold: $threshold, levels: $levels }) { hideThreshold levels { trustLevel weight dailyLimit } } }`;
const RESOLVE = `mutation($kind: ContentKind!, $id: ID!, $resolution: FlagResolution!, $message: String) {
  resolveFlags(target: { kind: $kind, id: $id }, resolution: $resolution, messageToAuthor: $message) { kind id held hidden hiddenReason }
}`;
const HIDE = `mutation($kind: ContentKind!, $id: ID!, $reason: String!) { hideContent(target: { kind: $kind, id: $id }, reason: $reason) { hidden hiddenReason } }`;
const RESTORE = `mutation($kind: ContentKind!, $id: ID!) { restoreContent(target: { kind: $kind, id: $id }) { hidden } }`;
const APPROVE = `mutation($id: ID!, $message: String) { approvePost(postId: $id, messageToAuthor: $message) { held hidden } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectPost(postId: $id, reason: $reason) { held hidden hiddenReason } }`;
const DELETE = `mutation($id: ID!) { deleteFlaggedComment(commentId: $id) { id } }`;
const SUSPEND = `mutation($kind: ContentKind!, $id: ID!, $reason: String!) { agreeAndSuspend(target: { kind: $kind, id: $id }, reason: $reason) { hidden } }`;

const DEFAULT_LEVELS = [
  { trustLevel: 1, weight: 1, dailyLimit: 20 },
  { trustLevel: 2, weight: 1.5, dailyLimit: 30 },
  { trustLevel: 3, weight: 2, dailyLimit: 50 },
  { trustLevel: 4, weight: 3, dailyLimit: 100 },
];

let app: TestApp;
let admin: SignedInMember;
let moderator: SignedInMember;
let author: SignedInMember;

const sql = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> => app.orm.em.fork().execute(query, params) as Promise<T[]>;
const member = (role = "MEMBER", trustLevel = 1) => buildMember(app, { role: role as Role, trustLevel });
const members = (count: number, trustLevel = 1) => Promise.all(Array.from({ length: count }, () => member("MEMBER", trustLevel)));
const extensionsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? {};
const flagComment = (who: SignedInMember, id: string, reason = "SPAM", message?: string) => who.client.request(FLAG, { kind: "COMMENT", id, reason, message });
const commentAs = async (who: SignedInMember | null, postId: string, commentId: string) =>
  ((await (who?.client ?? app.client()).ok(COMMENTS, { id: postId })).post.comments as any[]).find((c) => c.id === commentId);
const auditActions = (targetId: string) => sql<{ action: string }>(`select action from audit_entry where target_id = ? order by created_at`, [targetId]).then((rows) => rows.map((row) => row.action));

async function flaggedComment(body = "Buy cheap watches at example.com") {
  const post = await buildPost(app, { author: admin.member });
  const comment = await buildComment(app, { post, author: author.member, body });
  return { post, comment };
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await member("ADMIN");
  moderator = await member("MODERATOR", 0);
  author = await member();
});
afterAll(() => app.close());
beforeEach(async () => {
  await admin.client.ok(SETTINGS, { threshold: 6, levels: DEFAULT_LEVELS });
});

describe("the flag threshold", () => {
  it("hides exactly at the configured score: five basic members' flags leave a comment shown, the sixth hides it", async () => {
    const { post, comment } = await flaggedComment();
    const flaggers = await members(6);
    for (const flagger of flaggers.slice(0, 5)) expect((await flagComment(flagger, comment.id)).errors).toBeUndefined();
    expect(await commentAs(null, post.id, comment.id)).toMatchObject({ body: comment.body, hiddenAt: null });

    await flaggers[5].client.ok(FLAG, { kind: "COMMENT", id: comment.id, reason: "ABUSE" });
    // Everyone else: the comment keeps its place, without its text.
    const anonymous = await commentAs(null, post.id, comment.id);
    expect(anonymous).toMatchObject({ body: "", bodyHtml: "", hiddenReason: null });
    expect(anonymous.hiddenAt).not.toBeNull();
    expect(await commentAs(flaggers[0], post.id, comment.id)).toMatchObject({ body: "", viewerHasFlagged: true });
    // Its author and staff still read it.
    expect(await commentAs(author, post.id, comment.id)).toMatchObject({ body: comment.body, viewerHasFlagged: false, viewerCan: { flag: false } });
    expect(await commentAs(moderator, post.id, comment.id)).toMatchObject({ body: comment.body });
  });

  it("follows the settings: with threshold 3, one regular's flag (weight 2) does not hide, a second does", async () => {
    await admin.client.ok(SETTINGS, { threshold: 3, levels: DEFAULT_LEVELS });
    const { post, comment } = await flaggedComment();
    const [first, second] = await members(2, 3);
    expect((await first.client.ok(FLAG, { kind: "COMMENT", id: comment.id, reason: "OFF_TOPIC" })).flagContent.weight).toBe(2);
    expect((await commentAs(null, post.id, comment.id)).hiddenAt).toBeNull();
    await second.client.ok(FLAG, { kind: "COMMENT", id: comment.id, reason: "OFF_TOPIC" });
    expect((await commentAs(null, post.id, comment.id)).hiddenAt).not.toBeNull();
  });

  it("hides a post for everyone but its author and staff; a moderator's flag counts fully", async () => {
    const post = await buildPost(app, { author: author.member });
    const flag = await moderator.client.ok(FLAG, { kind: "POST", id: post.id, reason: "SPAM" });
    expect(flag.flagContent.weight).toBe(6);
    expect((await app.client().ok(POST, { id: post.id })).post).toBeNull();
    expect((await author.client.ok(POST, { id: post.id })).post).toMatchObject({ moderationState: "HIDDEN", moderationReason: null });
  });

  it("hides once when flags reaching the threshold arrive at the same moment", async () => {
    const { comment } = await flaggedComment();
    const flaggers = await members(8);
    const results = await Promise.all(flaggers.map((flagger) => flagComment(flagger, comment.id)));
    expect(results.every((result) => !result.errors)).toBe(true);
    const [row] = await sql(`select hidden_at, (select sum(weight) from flag where comment_id = c.id and resolved_at is null) as score from comment c where id = ?`, [comment.id]);
    expect(row.hidden_at).not.toBeNull();
    expect(Number(row.score)).toBe(8);
  });
});

describe("flagging", () => {
  it("needs a message for ILLEGAL and OTHER, in the API and in the database", async () => {
    const { comment } = await flaggedComment();
    const flagger = await member();
    for (const reason of ["ILLEGAL", "OTHER"]) {
      const result = await flagComment(flagger, comment.id, reason, "   ");
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(extensionsOf(result)).toMatchObject({ field: "message", reason: "REQUIRED" });
    }
    await expect(sql(`insert into flag (id, comment_id, flagger_id, reason, weight) values (gen_random_uuid(), ?, ?, 'ILLEGAL', 1)`, [comment.id, flagger.member.id])).rejects.toThrow(/flag_message_when_required/);
    expect((await flagComment(flagger, comment.id, "ILLEGAL", "Sells counterfeit goods")).errors).toBeUndefined();
  });

  it("allows one open flag per member and item: a second one, also at the same moment, is CONFLICT", async () => {
    const { comment } = await flaggedComment();
    const flagger = await member();
    const results = await Promise.all(Array.from({ length: 5 }, () => flagComment(flagger, comment.id)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const refused of results.filter((result) => result.errors)) expect(extensionsOf(refused)).toMatchObject({ code: "CONFLICT", reason: "ALREADY_FLAGGED" });
    expect((await sql(`select count(*)::int as n from flag where comment_id = ?`, [comment.id]))[0].n).toBe(1);
  });

  it("needs trust level 1 and someone else's content; the capability says so", async () => {
    const { post, comment } = await flaggedComment();
    const newcomer = await member("MEMBER", 0);
    expect(await commentAs(newcomer, post.id, comment.id)).toMatchObject({ viewerCan: { flag: false } });
    expect(codeOf(await flagComment(newcomer, comment.id))).toBe("FORBIDDEN");
    expect(codeOf(await flagComment(author, comment.id))).toBe("FORBIDDEN");
    expect(codeOf(await app.client().request(FLAG, { kind: "COMMENT", id: comment.id, reason: "SPAM" }))).toBe("UNAUTHENTICATED");
    expect(await commentAs(await member(), post.id, comment.id)).toMatchObject({ viewerCan: { flag: true } });
  });

  it("stops at the trust level's daily limit with the seconds until the oldest flag of the day leaves it", async () => {
    await admin.client.ok(SETTINGS, { threshold: 6, levels: [{ trustLevel: 1, weight: 1, dailyLimit: 2 }, ...DEFAULT_LEVELS.slice(1)] });
    const flagger = await member();
    const comments = await Promise.all([1, 2, 3].map(() => flaggedComment()));
    for (const { comment } of comments.slice(0, 2)) expect((await flagComment(flagger, comment.id)).errors).toBeUndefined();
    const refused = await flagComment(flagger, comments[2].comment.id);
    expect(codeOf(refused)).toBe("RATE_LIMITED");
    expect(Number(extensionsOf(refused).retryAfter)).toBeGreaterThan(86_000);
    // A regular (trust level 3) has a larger budget.
    const regular = await member("MEMBER", 3);
    for (const { comment } of comments) expect((await flagComment(regular, comment.id)).errors).toBeUndefined();
  });
});

describe("the moderation queue", () => {
  it("lists flagged items with their flags, score and author's history; ambassadors only held posts", async () => {
    const { comment } = await flaggedComment();
    const flagger = await member("MEMBER", 2);
    await flagComment(flagger, comment.id, "OTHER", "Looks like an advert");
    const flaggedPost = await buildPost(app, { author: author.member, title: "Flagged but shown" });
    await flagger.client.ok(FLAG, { kind: "POST", id: flaggedPost.id, reason: "OFF_TOPIC" });
    const held = await buildHeldPost(app, { author: author.member, title: "Held for approval", since: new Date(Date.now() - 25 * 3_600_000) });

    const { moderationQueue } = await moderator.client.ok(QUEUE, { filter: "ALL" });
    expect(moderationQueue.nodes[0]).toMatchObject({ kind: "POST", id: held.id, held: true, overdue: true });
    const item = moderationQueue.nodes.find((node: any) => node.id === comment.id);
    expect(item).toMatchObject({
      kind: "COMMENT",
      hidden: false,
      score: 1.5,
      comment: { body: comment.body },
      author: { id: author.member.id },
      flags: [{ reason: "OTHER", message: "Looks like an advert", weight: 1.5, flagger: { id: flagger.member.id } }],
    });
    expect(item.authorFlagCount).toBeGreaterThanOrEqual(2);
    expect(moderationQueue.nodes.find((node: any) => node.id === flaggedPost.id)).toMatchObject({ kind: "POST", held: false, hidden: false, overdue: false, score: 1.5, comment: null });

    const ambassador = await member("AMBASSADOR");
    const seen = (await ambassador.client.ok(QUEUE, { filter: "ALL" })).moderationQueue.nodes;
    expect(seen.every((node: any) => node.held)).toBe(true);
    expect(seen.map((node: any) => node.id)).toContain(held.id);
    const summary = (await ambassador.client.ok(`{ moderationSummary { held heldOverdue flagged } }`)).moderationSummary;
    expect(summary).toMatchObject({ flagged: null });
    expect(summary.heldOverdue).toBeGreaterThanOrEqual(1);
    const plain = await member();
    expect(codeOf(await plain.client.request(QUEUE, {}))).toBe("FORBIDDEN");
    expect(codeOf(await plain.client.request(`{ moderationSummary { held } }`))).toBe("FORBIDDEN");
    expect(codeOf(await moderator.client.request(`{ flagSettings { hideThreshold } }`))).toBe("FORBIDDEN");
    expect((await moderator.client.ok(`{ moderationSummary { flagged } }`)).moderationSummary.flagged).toBeGreaterThanOrEqual(2);
  });

  it("dismissing shows again what flags alone hid; agreeing hides; each action is one audit row", async () => {
    const { post, comment } = await flaggedComment();
    for (const flagger of await members(6)) await flagComment(flagger, comment.id);
    expect((await moderator.client.ok(RESOLVE, { kind: "COMMENT", id: comment.id, resolution: "DISMISSED" })).resolveFlags).toMatchObject({ hidden: false });
    expect(await commentAs(null, post.id, comment.id)).toMatchObject({ body: comment.body, hiddenAt: null });
    // Nothing open any more: a second moderator acting on the same flags is told.
    expect(extensionsOf(await moderator.client.request(RESOLVE, { kind: "COMMENT", id: comment.id, resolution: "AGREED" }))).toMatchObject({ reason: "ALREADY_MODERATED" });

    await flagComment(await member(), comment.id);
    expect((await moderator.client.ok(RESOLVE, { kind: "COMMENT", id: comment.id, resolution: "AGREED" })).resolveFlags).toMatchObject({ hidden: true, hiddenReason: null });
    expect(await auditActions(comment.id)).toEqual(["RESOLVE_FLAGS", "RESOLVE_FLAGS"]);
  });

  it("hides with a public reason, restores, approves and rejects held posts, deletes comments: audited, the author told in their language", async () => {
    const german = await buildMember(app, { trustLevel: 1 });
    await sql(`update member set language = 'DE' where id = ?`, [german.member.id]);
    const post = await buildPost(app, { author: admin.member });
    const comment = await buildComment(app, { post, author: german.member, body: "Rude words" });

    expect((await moderator.client.ok(HIDE, { kind: "COMMENT", id: comment.id, reason: "Insults another member" })).hideContent).toEqual({ hidden: true, hiddenReason: "Insults another member" });
    expect(await commentAs(null, post.id, comment.id)).toMatchObject({ body: "", hiddenReason: "Insults another member" });
    expect(await commentAs(german, post.id, comment.id)).toMatchObject({ body: "Rude words", hiddenReason: "Insults another member" });
    expect((await moderator.client.ok(RESTORE, { kind: "COMMENT", id: comment.id })).restoreContent).toEqual({ hidden: false });
    expect(codeOf(await moderator.client.request(RESTORE, { kind: "COMMENT", id: comment.id }))).toBe("CONFLICT");
    await moderator.client.ok(DELETE, { id: comment.id });
    expect(await commentAs(null, post.id, comment.id)).toMatchObject({ body: "" });
    expect(await auditActions(comment.id)).toEqual(["HIDE_CONTENT", "RESTORE_CONTENT", "DELETE_COMMENT"]);

    const ambassador = await member("AMBASSADOR");
    const held = await buildHeldPost(app, { author: german.member, title: "Bitte freigeben" });
    expect((await ambassador.client.ok(APPROVE, { id: held.id, message: "Danke, passt!" })).approvePost).toEqual({ held: false, hidden: false });
    expect((await app.client().ok(POST, { id: held.id })).post).toMatchObject({ moderationState: null });
    const [mail] = await sql(`select subject, text from outbox_mail where recipient_id = ? and template = 'moderation-approved'`, [german.member.id]);
    expect(mail.subject).toBe("Eine Nachricht vom Moderationsteam");
    expect(mail.text).toContain("Danke, passt!");
    expect(mail.text).toContain("„Bitte freigeben“");

    const another = await buildHeldPost(app, { author: german.member });
    expect((await ambassador.client.ok(REJECT, { id: another.id, reason: "Duplicate of an existing idea" })).rejectPost).toEqual({ held: false, hidden: true, hiddenReason: "Duplicate of an existing idea" });
    expect(codeOf(await ambassador.client.request(HIDE, { kind: "POST", id: held.id, reason: "No" }))).toBe("FORBIDDEN");
    expect(await auditActions(held.id)).toEqual(["APPROVE_POST"]);
    expect(await auditActions(another.id)).toEqual(["REJECT_POST"]);
  });

  it("agrees and suspends in one step, or does neither", async () => {
    const { comment } = await flaggedComment();
    await flagComment(await member(), comment.id);
    await moderator.client.ok(SUSPEND, { kind: "COMMENT", id: comment.id, reason: "Spam account" });
    const [sanction] = await sql(`select kind, reason, ends_at from sanction where member_id = ?`, [author.member.id]);
    expect(sanction).toMatchObject({ kind: "SUSPEND", reason: "Spam account", ends_at: null });
    expect((await sql(`select resolution from flag where comment_id = ?`, [comment.id])).map((row) => row.resolution)).toEqual(["AGREED"]);
    expect(await auditActions(comment.id)).toEqual(["RESOLVE_FLAGS"]);

    // A moderator may not suspend an admin: the flags stay open, nothing is hidden.
    const post = await buildPost(app, { author: admin.member });
    const adminsComment = await buildComment(app, { post, author: admin.member });
    await flagComment(await member(), adminsComment.id);
    expect(codeOf(await moderator.client.request(SUSPEND, { kind: "COMMENT", id: adminsComment.id, reason: "No" }))).toBe("FORBIDDEN");
    expect((await sql(`select resolved_at, (select hidden_at from comment where id = ?) as hidden_at from flag where comment_id = ?`, [adminsComment.id, adminsComment.id]))[0]).toEqual({ resolved_at: null, hidden_at: null });
    expect(await auditActions(adminsComment.id)).toEqual([]);
  });
});


describe("the member's moderation record", () => {
  it("counts flags they gave and got, those agreed with, and their content hidden now: for staff only", async () => {
    const writer = await member();
    const flagger = await member();
    const post = await buildPost(app, { author: admin.member });
    const first = await buildComment(app, { post, author: writer.member, body: "Cheap watches here" });
    const second = await buildComment(app, { post, author: writer.member, body: "More cheap watches" });
    await flagComment(flagger, first.id);
    await flagComment(flagger, second.id, "OFF_TOPIC");
    await moderator.client.ok(RESOLVE, { kind: "COMMENT", id: first.id, resolution: "AGREED" });
    await moderator.client.ok(RESOLVE, { kind: "COMMENT", id: second.id, resolution: "DISMISSED" });
    const RECORD = `query($id: ID!) { member(id: $id) { moderationRecord { flagsGiven flagsGivenAgreed flagsReceived flagsReceivedAgreed hiddenPosts hiddenComments } } }`;
    expect((await moderator.client.ok(RECORD, { id: writer.member.id })).member.moderationRecord).toEqual({
      flagsGiven: 0, flagsGivenAgreed: 0, flagsReceived: 2, flagsReceivedAgreed: 1, hiddenPosts: 0, hiddenComments: 1,
    });
    expect((await moderator.client.ok(RECORD, { id: flagger.member.id })).member.moderationRecord).toMatchObject({ flagsGiven: 2, flagsGivenAgreed: 1, flagsReceived: 0 });
    expect((await writer.client.ok(RECORD, { id: writer.member.id })).member.moderationRecord).toBeNull();
  });
});
