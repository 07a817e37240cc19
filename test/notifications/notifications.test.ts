/**
 * Who hears about what, once: follow levels, the events that notify, the in-app list, batched
 * instant mail with RFC 8058 headers, digests at the member's hour, and mail that survives an SMTP
 * outage without ever losing the in-app notice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDomainEvent } from "../../server/events/domain-events.js";
import { Role } from "../../server/members/role.js";
import { sendDueDigests } from "../../server/notifications/notification-mail.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SET_STATUS = `mutation($id: ID!, $status: PostStatus!, $input: NoteInput) { setPostStatus(postId: $id, status: $status, input: $input) { status } }`;
const VOTE = `mutation($id: ID!) { vote(postId: $id) { viewerFollow { level reason } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $note: String!) { postUpdate(postId: $id, input: { note: $note }) { id } }`;
const NOTIFICATIONS = `{ unreadNotificationCount notifications(first: 50) { totalCount nodes { id kind category toStatus excerpt readAt post { id title } actor { displayName } commentId } } }`;
const MERGE = `mutation($duplicate: ID!, $target: ID!, $input: NoteInput) { mergePosts(duplicateId: $duplicate, targetId: $target, input: $input) { id } }`;
const MARK_READ = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

/** A header as sent (mailparser folds the List-* headers into one object). */
const headerOf = (mail: { headerLines: readonly { key: string; line: string }[] }, name: string) =>
  mail.headerLines.find((header) => header.key === name)?.line.slice(name.length + 1).trim();

interface Row {
  kind: string;
  category: string;
  mail: string;
  in_app: boolean;
}

describe("notifications", () => {
  let smtp: SmtpReceiver;
  let app: TestApp;
  let manager: SignedInMember;

  /** A member whose address is verified, so notification mail may reach them. */
  async function verifiedMember(role = Role.MEMBER): Promise<SignedInMember> {
    const built = await buildMember(app, { role });
    await app.orm.em.fork().getConnection().execute(`update member set email_verified_at = now() where id = ?`, [built.member.id]);
    return built;
  }
  const notificationsOf = (member: SignedInMember, postId: string): Promise<Row[]> =>
    app.orm.em.fork().getConnection().execute(
      `select kind, category, mail, in_app from notification where recipient_id = ? and post_id = ? order by created_at`,
      [member.member.id, postId],
    );
  /** Waits until every queued domain event has been delivered (no job of those queues left). */
  const settled = () =>
    eventually(async () => {
      const [{ open }] = await app.orm.em.fork().getConnection().execute(
        `select count(*)::int as open from pgboss.job where name in ('post.created', 'post.status-changed', 'post.updated', 'comment.created') and state in ('created', 'retry', 'active')`,
      );
      return open === 0;
    }, 15_000, "domain events delivered");

  beforeAll(async () => {
    // Started at once: a port left unbound while "down" could be taken by another test file's server.
    smtp = await new SmtpReceiver(await freePort()).start();
    app = await startTestApp({ smtpUrl: smtp.url, mailRetryBaseMs: 200, mailBatchSeconds: 2 });
    manager = await verifiedMember(Role.MANAGER);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("while SMTP refuses for now the in-app notice is there at once, and the mail arrives once it accepts", async () => {
    const author = await verifiedMember();
    smtp.refuse.set(author.member.email, 450);
    const post = await buildPost(app, { author: author.member });
    await app.orm.em.fork().getConnection().execute(`insert into follow (post_id, member_id, reason, level) values (?, ?, 'AUTHOR', 'ALL')`, [post.id, author.member.id]);
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });

    const listed = await eventually(async () => {
      const data = await author.client.ok<any>(NOTIFICATIONS);
      // Both fields resolve side by side: wait until the fan-out committed before either was read.
      return data.notifications.totalCount === 1 && data.unreadNotificationCount === 1 && data;
    });
    expect(listed.notifications.nodes[0]).toMatchObject({ kind: "STATUS_CHANGED", category: "STATUS", toStatus: "PLANNED", post: { id: post.id }, actor: { displayName: manager.member.displayName } });
    await eventually(async () => {
      const [mail] = await app.orm.em.fork().getConnection().execute(`select status from outbox_mail where to_address = ? and category = 'NOTIFICATION'`, [author.member.email]);
      return mail?.status === "RETRYING";
    }, 15_000, "the mail to be retried");

    smtp.refuse.delete(author.member.email);
    const mail = await smtp.waitForMail(author.member.email, 1, 15_000);
    expect(mail.subject).toBe(`Planned: ${post.title}`);
    expect(mail.text).toContain(`${app.url}/posts/${post.id}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to(author.member.email)).toHaveLength(1);
  });

  it("a status change tells followers once, never the actor, a muted follower, or a member who cannot see the post; unverified addresses get no mail", async () => {
    const author = await verifiedMember();
    const voter = await verifiedMember();
    const muted = await verifiedMember();
    const unverified = await buildMember(app);
    const moderator = await verifiedMember(Role.MODERATOR);
    const post = await buildPost(app, { author: author.member });
    await app.orm.em.fork().getConnection().execute(`insert into follow (post_id, member_id, reason, level) values (?, ?, 'AUTHOR', 'ALL')`, [post.id, author.member.id]);
    expect((await voter.client.ok<any>(VOTE, { id: post.id })).vote.viewerFollow).toEqual({ level: "STATUS", reason: "VOTE" });
    for (const member of [muted, unverified, moderator, manager]) await member.client.ok(VOTE, { id: post.id });
    await muted.client.ok(`mutation($id: ID!) { unfollowPost(id: $id) { viewerFollows } }`, { id: post.id });
    // Voting again after muting does not follow again.
    await muted.client.ok(`mutation($id: ID!) { unvote(postId: $id) { id } }`, { id: post.id });
    expect((await muted.client.ok<any>(VOTE, { id: post.id })).vote.viewerFollow).toEqual({ level: "NONE", reason: "MANUAL" });

    await manager.client.ok(SET_STATUS, { id: post.id, status: "IN_PROGRESS", input: { note: "Started this sprint." } });
    await settled();
    expect(await notificationsOf(author, post.id)).toEqual([{ kind: "STATUS_CHANGED", category: "STATUS", mail: "PENDING", in_app: true }]);
    expect(await notificationsOf(voter, post.id)).toEqual([{ kind: "STATUS_CHANGED", category: "STATUS", mail: "PENDING", in_app: true }]);
    expect(await notificationsOf(unverified, post.id)).toEqual([{ kind: "STATUS_CHANGED", category: "STATUS", mail: "NONE", in_app: true }]);
    expect(await notificationsOf(moderator, post.id)).toHaveLength(1);
    expect(await notificationsOf(muted, post.id)).toEqual([]);
    expect(await notificationsOf(manager, post.id)).toEqual([]);

    // A status the community does not see: only staff and the post's author hear of it.
    await app.orm.em.fork().getConnection().execute(
      `insert into post_status (key, name_en, name_de, color, category, position, on_roadmap, public) values ('STAFF_REVIEW', 'Staff review', 'Interne Prüfung', '#777777', 'ACTIVE', 50, false, false) on conflict do nothing`,
    );
    await manager.client.ok(SET_STATUS, { id: post.id, status: "STAFF_REVIEW" });
    await settled();
    expect(await notificationsOf(voter, post.id)).toHaveLength(1);
    expect(await notificationsOf(author, post.id)).toHaveLength(2);
    expect(await notificationsOf(moderator, post.id)).toHaveLength(2);

    // "Notify nobody": recorded on the timeline, told to no one.
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED", input: { notifyFollowers: false } });
    await settled();
    expect(await notificationsOf(author, post.id)).toHaveLength(2);
  });

  it("a merge tells the duplicate's followers, unless staff chose to tell nobody", async () => {
    const author = await verifiedMember();
    const [quiet, told, target] = await Promise.all([buildPost(app, { author: author.member }), buildPost(app, { author: author.member }), buildPost(app, { author: manager.member })]);
    for (const post of [quiet, told]) {
      await app.orm.em.fork().getConnection().execute(`insert into follow (post_id, member_id, reason, level) values (?, ?, 'AUTHOR', 'ALL')`, [post.id, author.member.id]);
    }
    await manager.client.ok(MERGE, { duplicate: quiet.id, target: target.id, input: { notifyFollowers: false } });
    await manager.client.ok(MERGE, { duplicate: told.id, target: target.id });
    await settled();
    expect(await notificationsOf(author, quiet.id)).toEqual([]);
    expect(await notificationsOf(author, told.id)).toEqual([{ kind: "MERGED", category: "STATUS", mail: "PENDING", in_app: true }]);
  });

  it("comments: the parent's author hears of a reply, followers at ALL of a new comment, voters of neither; an internal note tells nobody", async () => {
    const author = await verifiedMember();
    const commenter = await verifiedMember();
    const voter = await verifiedMember();
    const replier = await verifiedMember();
    const post = await buildPost(app, { author: author.member });
    await app.orm.em.fork().getConnection().execute(`insert into follow (post_id, member_id, reason, level) values (?, ?, 'AUTHOR', 'ALL')`, [post.id, author.member.id]);
    await voter.client.ok(VOTE, { id: post.id });
    const { addComment: first } = await commenter.client.ok<any>(COMMENT, { input: { postId: post.id, body: "I need this   for\nmy team." } });
    await replier.client.ok(COMMENT, { input: { postId: post.id, body: "Same here", parentId: first.id } });
    await manager.client.ok(COMMENT, { input: { postId: post.id, body: "Internal: costly", internal: true } });
    await settled();

    expect((await notificationsOf(author, post.id)).map((row) => row.kind)).toEqual(["COMMENT", "COMMENT"]);
    expect(await notificationsOf(commenter, post.id)).toEqual([{ kind: "REPLY", category: "REPLIES", mail: "PENDING", in_app: true }]);
    expect(await notificationsOf(voter, post.id)).toEqual([]);
    expect(await notificationsOf(replier, post.id)).toEqual([]);
    // New comments are in-app only unless the member asks for mail (DEFAULT_CHANNELS).
    expect((await notificationsOf(author, post.id))[0]).toMatchObject({ category: "COMMENTS", mail: "NONE" });
    const listed = await author.client.ok<any>(NOTIFICATIONS);
    expect(listed.notifications.nodes.find((n: any) => n.post.id === post.id && n.excerpt === "I need this for my team.")).toMatchObject({ commentId: first.id });
  });

  it("an official update tells followers at STATUS; a retried delivery tells nobody twice", async () => {
    const voter = await verifiedMember();
    const post = await buildPost(app, { author: manager.member });
    await voter.client.ok(VOTE, { id: post.id });
    await manager.client.ok(UPDATE, { id: post.id, note: "We are testing a fix." });
    await settled();
    expect(await notificationsOf(voter, post.id)).toMatchObject([{ kind: "OFFICIAL_UPDATE", category: "STATUS" }]);

    const [event] = await app.orm.em.fork().getConnection().execute(`select id from post_event where post_id = ? and type = 'NOTE'`, [post.id]);
    await app.orm.em.fork().getConnection().execute(`delete from domain_event_delivery where event_id = ?`, [event.id]);
    await deliverDomainEvent(app.orm, { name: "post.updated", eventId: event.id, postId: post.id }, { queue: app.running.queue, config: app.config });
    expect(await notificationsOf(voter, post.id)).toHaveLength(1);
  });

  it("three changes inside the batch window make one mail, with one-click unsubscribe headers that work", async () => {
    const voter = await verifiedMember();
    const post = await buildPost(app, { author: manager.member });
    await voter.client.ok(VOTE, { id: post.id });
    for (const status of ["UNDER_REVIEW", "PLANNED", "IN_PROGRESS"]) await manager.client.ok(SET_STATUS, { id: post.id, status });

    const mail = await smtp.waitForMail(voter.member.email, 1, 15_000);
    expect(mail.subject).toBe("3 updates on posts you follow");
    expect(mail.text).toContain("is now Under review");
    expect(mail.text).toContain("is now In progress");
    expect(mail.html).toContain(`${app.url}/posts/${post.id}`);
    expect(headerOf(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.to(voter.member.email)).toHaveLength(1);

    const link = /^<([^>]+)>$/.exec(headerOf(mail, "list-unsubscribe")!)![1];
    const response = await fetch(link, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(200);
    await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" });
    await settled();
    const rows = await notificationsOf(voter, post.id);
    expect(rows.at(-1)).toEqual({ kind: "STATUS_CHANGED", category: "STATUS", mail: "NONE", in_app: true });
  });

  it("a daily digest goes out at the member's hour in their time zone with every change, and an empty one is not sent", async () => {
    const voter = await verifiedMember();
    await voter.client.ok(`mutation { updateNotificationPreferences(input: { emailCadence: DAILY, digestHour: 7, timeZone: "Europe/Berlin" }) { emailCadence } }`);
    const post = await buildPost(app, { author: manager.member });
    await voter.client.ok(VOTE, { id: post.id });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await manager.client.ok(UPDATE, { id: post.id, note: "Design is ready." });
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 2500)); // past the batch window: digests are not batches
    expect(smtp.to(voter.member.email)).toHaveLength(0);

    const { queue } = app.running;
    // 06:00 UTC on a winter day is 07:00 in Berlin; 07:00 UTC is 08:00 there.
    expect(await sendDueDigests(app.orm, queue, app.config, new Date("2026-12-03T07:00:00Z"))).toBe(0);
    expect(await sendDueDigests(app.orm, queue, app.config, new Date("2026-12-03T06:00:00Z"))).toBe(1);
    const mail = await smtp.waitForMail(voter.member.email);
    expect(mail.subject).toBe("Your daily digest: 2 updates");
    expect(mail.text).toContain("Design is ready.");
    expect(await sendDueDigests(app.orm, queue, app.config, new Date("2026-12-04T06:00:00Z"))).toBe(0);
  });

  it("the list is the viewer's own: marking read changes only their notifications", async () => {
    const voter = await verifiedMember();
    const other = await verifiedMember();
    const post = await buildPost(app, { author: manager.member });
    await voter.client.ok(VOTE, { id: post.id });
    await other.client.ok(VOTE, { id: post.id });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await manager.client.ok(SET_STATUS, { id: post.id, status: "IN_PROGRESS" });
    await settled();
    const mine = await voter.client.ok<any>(NOTIFICATIONS);
    const theirs = await other.client.ok<any>(NOTIFICATIONS);
    expect(mine.unreadNotificationCount).toBe(2);

    const refused = await other.client.request(MARK_READ, { input: { ids: mine.notifications.nodes.map((n: any) => n.id) } });
    expect(refused.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await voter.client.ok<any>(MARK_READ, { input: { ids: [mine.notifications.nodes[0].id] } })).markNotificationsRead).toBe(1);
    expect((await voter.client.ok<any>(MARK_READ, { input: { all: true } })).markNotificationsRead).toBe(0);
    expect((await other.client.ok<any>(NOTIFICATIONS)).unreadNotificationCount).toBe(theirs.unreadNotificationCount);
    expect(await app.client().request(NOTIFICATIONS)).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
  });

  it("the preview counts who a status change will tell and how, exactly as it is then sent", async () => {
    const post = await buildPost(app, { author: manager.member });
    const instant = await verifiedMember();
    const digest = await verifiedMember();
    const unverified = await buildMember(app);
    const noMail = await verifiedMember();
    const muted = await verifiedMember();
    for (const member of [instant, digest, unverified, noMail, muted]) await member.client.ok(VOTE, { id: post.id });
    await digest.client.ok(`mutation { updateNotificationPreferences(input: { emailCadence: WEEKLY }) { emailCadence } }`);
    await noMail.client.ok(`mutation { updateNotificationPreferences(input: { categories: [{ category: STATUS, inApp: true, email: false }] }) { emailCadence } }`);
    await muted.client.ok(`mutation($id: ID!) { setFollowLevel(postId: $id, level: NONE) { id } }`, { id: post.id });

    const PREVIEW = `query($id: ID!) { notificationPreview(postId: $id) { total emailNow emailDigest inAppOnly } }`;
    const { notificationPreview } = await manager.client.ok<any>(PREVIEW, { id: post.id });
    expect(notificationPreview).toEqual({ total: 4, emailNow: 1, emailDigest: 1, inAppOnly: 2 });
    expect((await instant.client.request(PREVIEW, { id: post.id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await settled();
    const [sent] = await app.orm.em.fork().getConnection().execute(
      `select count(*)::int as total, count(*) filter (where mail = 'PENDING' or mail = 'SENT')::int as by_mail, count(*) filter (where mail = 'NONE')::int as in_app_only
       from notification where post_id = ?`,
      [post.id],
    );
    expect(sent).toEqual({ total: 4, by_mail: 2, in_app_only: 2 });
  });

  it("the preview of several posts is the sum of each post's preview, and what a bulk status change of them then sends", async () => {
    const [first, second] = await Promise.all([buildPost(app, { author: manager.member }), buildPost(app, { author: manager.member })]);
    const both = await verifiedMember();
    const digest = await verifiedMember();
    const unverified = await buildMember(app);
    await digest.client.ok(`mutation { updateNotificationPreferences(input: { emailCadence: DAILY }) { emailCadence } }`);
    for (const post of [first, second]) await both.client.ok(VOTE, { id: post.id });
    await digest.client.ok(VOTE, { id: first.id });
    await unverified.client.ok(VOTE, { id: second.id });

    const PREVIEW = `query($postId: ID, $postIds: [ID!]) { notificationPreview(postId: $postId, postIds: $postIds) { total emailNow emailDigest inAppOnly } }`;
    const preview = async (variables: Record<string, unknown>) => (await manager.client.ok<any>(PREVIEW, variables)).notificationPreview;
    const one = await preview({ postId: first.id });
    const two = await preview({ postId: second.id });
    expect(one).toEqual({ total: 2, emailNow: 1, emailDigest: 1, inAppOnly: 0 });
    expect(two).toEqual({ total: 2, emailNow: 1, emailDigest: 0, inAppOnly: 1 });
    const together = await preview({ postIds: [first.id, second.id] });
    // Notifications, not people: the member following both posts hears of each change.
    expect(together).toEqual({ total: one.total + two.total, emailNow: one.emailNow + two.emailNow, emailDigest: one.emailDigest + two.emailDigest, inAppOnly: one.inAppOnly + two.inAppOnly });
    // One post is its single preview; the same post twice is still one change.
    expect(await preview({ postIds: [first.id] })).toEqual(one);
    expect(await preview({ postIds: [first.id, second.id, first.id.toUpperCase()] })).toEqual(together);
    expect((await both.client.request(PREVIEW, { postIds: [first.id, second.id] })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    // The triage inbox's bulk status change: one change per selected post.
    for (const post of [first, second]) await manager.client.ok(SET_STATUS, { id: post.id, status: "PLANNED" });
    await settled();
    const [sent] = await app.orm.em.fork().getConnection().execute(
      `select count(*)::int as total, count(*) filter (where mail <> 'NONE')::int as by_mail, count(*) filter (where mail = 'NONE')::int as in_app_only
       from notification where post_id in (?, ?)`,
      [first.id, second.id],
    );
    expect(sent).toEqual({ total: together.total, by_mail: together.emailNow + together.emailDigest, in_app_only: together.inAppOnly });
    const [digested] = await app.orm.em.fork().getConnection().execute(
      `select count(*)::int as pending from notification where post_id in (?, ?) and recipient_id = ? and mail = 'PENDING'`,
      [first.id, second.id, digest.member.id],
    );
    expect(digested.pending).toBe(together.emailDigest);
  });
});
