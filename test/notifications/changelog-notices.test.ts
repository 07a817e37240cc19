/**
 * Publishing a changelog entry tells the people who cared, once: followers of its posts (however
 * many of them they follow) and members who follow the whole changelog; the preview counts exactly
 * those; unpublishing and publishing again tells nobody a second time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const CREATE = `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { state } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishChangelogEntry(id: $id) { state } }`;
const PREVIEW = `query($id: ID!) { changelogNotificationPreview(id: $id) { total emailNow emailDigest inAppOnly } }`;
const SET_STATUS = `mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status) { status } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { nodes { kind category excerpt post { id } changelogEntry { id title } } } }`;
const PREFERENCES = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { allChangelogEntries } }`;

describe("changelog notices", () => {
  let smtp: SmtpReceiver;
  let app: TestApp;
  let product: SignedInMember;
  let manager: SignedInMember;
  let categoryId: string;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute<T[]>(query, params);
  async function verifiedMember(role = Role.MEMBER): Promise<SignedInMember> {
    const built = await buildMember(app, { role });
    await sql(`update member set email_verified_at = now() where id = ?`, [built.member.id]);
    return built;
  }
  const follow = (member: SignedInMember, postId: string, level = "STATUS") =>
    sql(`insert into follow (post_id, member_id, reason, level) values (?, ?, 'MANUAL', ?::follow_level)`, [postId, member.member.id, level]);
  /** Notices about the entry, by recipient. */
  const noticesOf = (entryId: string) =>
    sql<{ recipient_id: string; kind: string; category: string; mail: string; post_id: string | null }>(
      `select recipient_id, kind, category, mail, post_id from notification where changelog_entry_id = ?`,
      [entryId],
    );
  const settled = () =>
    eventually(async () => {
      const [{ open }] = await sql<{ open: number }>(
        `select count(*)::int as open from pgboss.job where name in ('changelog.published', 'post.status-changed') and state in ('created', 'retry', 'active')`,
      );
      return open === 0;
    }, 15_000, "domain events delivered");

  beforeAll(async () => {
    smtp = await new SmtpReceiver(await freePort()).start();
    app = await startTestApp({ smtpUrl: smtp.url, mailBatchSeconds: 1 });
    product = await verifiedMember(Role.PRODUCT);
    manager = await verifiedMember(Role.MANAGER);
    categoryId = (await app.client().ok(`{ changelogCategories { id } }`)).changelogCategories[0].id;
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("tells each follower of its posts once, and changelog subscribers; the preview counts exactly them; republishing tells nobody again", async () => {
    const posts = await Promise.all([1, 2, 3].map(() => buildPost(app, { author: manager.member })));
    for (const post of posts) expect((await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" })).setPostStatus.status).toBe("DONE_INTERNALLY");
    const hidden = await buildPost(app, { author: manager.member });
    await sql(
      `insert into post_status (key, name_en, name_de, color, category, position, on_roadmap, public) values ('STAFF_REVIEW', 'Staff review', 'Interne Prüfung', '#777777', 'ACTIVE', 50, false, false)`,
    );
    await sql(`update post set status = 'STAFF_REVIEW' where id = ?`, [hidden.id]);

    const fan = await verifiedMember(); // follows all three posts
    const subscriber = await verifiedMember(); // follows nothing, hears of every entry
    const muted = await verifiedMember();
    const outsider = await verifiedMember(); // follows only a post they cannot see
    const digestReader = await verifiedMember();
    for (const post of posts) await follow(fan, post.id);
    await follow(muted, posts[0].id, "NONE");
    await follow(outsider, hidden.id);
    await follow(digestReader, posts[1].id, "ALL");
    await follow(product, posts[2].id); // the publisher
    expect((await subscriber.client.ok(PREFERENCES, { input: { allChangelogEntries: true } })).updateNotificationPreferences.allChangelogEntries).toBe(true);
    await digestReader.client.ok(PREFERENCES, { input: { emailCadence: "DAILY" } });

    const { id } = (await product.client.ok(CREATE, { input: { title: "CSV export is here", body: "Export any board as CSV.", categoryId, postIds: [...posts.map((post) => post.id), hidden.id] } })).createChangelogEntry;
    const preview = (await product.client.ok(PREVIEW, { id })).changelogNotificationPreview;
    expect(preview).toEqual({ total: 3, emailNow: 2, emailDigest: 1, inAppOnly: 0 });

    await product.client.ok(PUBLISH, { id });
    await settled();
    const notices = await noticesOf(id);
    expect(notices.map((notice) => notice.recipient_id).sort()).toEqual([fan, subscriber, digestReader].map((member) => member.member.id).sort());
    expect(notices).toHaveLength(preview.total);
    expect(notices.every((notice) => notice.kind === "CHANGELOG_PUBLISHED" && notice.category === "CHANGELOG")).toBe(true);
    // Shipping the posts does not tell their followers a second time.
    const statusNotices = await sql(`select 1 from notification where post_id in (?) and kind = 'STATUS_CHANGED' and created_at > now() - interval '1 minute' and recipient_id = ?`, [posts.map((post) => post.id), fan.member.id]);
    expect(statusNotices).toEqual([]);

    const { nodes } = (await fan.client.ok(NOTIFICATIONS)).notifications;
    expect(nodes[0]).toMatchObject({ kind: "CHANGELOG_PUBLISHED", excerpt: "Export any board as CSV.", post: null, changelogEntry: { id, title: "CSV export is here" } });
    const mail = await smtp.waitForMail(fan.member.email, 1, 15_000);
    expect(mail.subject).toBe("Shipped: CSV export is here");
    expect(mail.text).toContain(`${app.url}/changelog/${id}`);
    await smtp.waitForMail(subscriber.member.email, 1, 15_000);

    await product.client.ok(UNPUBLISH, { id });
    expect((await product.client.ok(PREVIEW, { id })).changelogNotificationPreview.total).toBe(0);
    await product.client.ok(PUBLISH, { id });
    await settled();
    expect(await noticesOf(id)).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to(fan.member.email)).toHaveLength(1);
    // Once unpublished, a notice no longer leads to the entry.
    await product.client.ok(UNPUBLISH, { id });
    expect((await fan.client.ok(NOTIFICATIONS)).notifications.nodes[0].changelogEntry).toBeNull();
  });

  it("a changelog subscriber who turned the category off hears nothing", async () => {
    const quiet = await verifiedMember();
    await quiet.client.ok(PREFERENCES, { input: { allChangelogEntries: true, categories: [{ category: "CHANGELOG", inApp: false, email: false }] } });
    const { id } = (await product.client.ok(CREATE, { input: { title: "Dark mode", categoryId } })).createChangelogEntry;
    await product.client.ok(PUBLISH, { id });
    await settled();
    expect((await noticesOf(id)).map((notice) => notice.recipient_id)).not.toContain(quiet.member.id);
  });
});
