/**
 * The demo community looks lived-in right after seeding: nothing happened in the future, and the
 * newest shipped post was not shipped "2 minutes ago" (at seeding time).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../server/db/seed.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

describe("demo data", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoData(app.orm.em.fork());
  });
  afterAll(() => app.close());

  it("has a few flagged items and held posts in the moderation queue, one comment hidden by its flags", async () => {
    const moderator = app.client();
    await moderator.ok(`mutation { logIn(input: { email: "moderator@roundtrip.demo", password: "roundtrip-demo" }) { id } }`);
    const { moderationQueue, moderationSummary } = await moderator.ok(`{
      moderationSummary { held heldOverdue flagged }
      moderationQueue(first: 20) { nodes { kind held hidden hiddenReason overdue score flags { reason } } }
    }`);
    expect(moderationSummary).toEqual({ held: 2, heldOverdue: 1, flagged: 3 });
    expect(moderationQueue.nodes[0]).toMatchObject({ kind: "POST", held: true, overdue: true });
    const hidden = moderationQueue.nodes.filter((node: { hidden: boolean }) => node.hidden);
    expect(hidden).toEqual([expect.objectContaining({ kind: "COMMENT", hiddenReason: null, score: 6 })]);
    expect(moderationQueue.nodes.filter((node: { flags: unknown[] }) => node.flags.length)).toHaveLength(3);
  });

  it("has no post, event or shipment in the future or at seeding time", async () => {
    const { posts } = await app.client().ok(`{ posts(first: 100, sort: NEW, filter: { status: [SHIPPED] }) { nodes { createdAt shippedAt timeline { createdAt } } } }`);
    const seededAt = Date.now();
    expect(posts.nodes.length).toBeGreaterThan(0);
    for (const post of posts.nodes) {
      expect(Date.parse(post.shippedAt)).toBeLessThan(seededAt - 3_600_000);
      for (const event of post.timeline) expect(Date.parse(event.createdAt)).toBeLessThan(seededAt);
    }
    const [latest] = await app.orm.em.fork().getConnection().execute(`select max(created_at) as at from post_event`);
    expect(new Date(latest.at).getTime()).toBeLessThan(seededAt);
  });

  it("has a published changelog answering shipped posts, and this week's draft waiting with the work done since", async () => {
    const { changelog } = await app.client().ok(`{ changelog(first: 10) { totalCount nodes { title publishedAt author { displayName } posts { status } } } }`);
    expect(changelog.totalCount).toBe(3);
    for (const entry of changelog.nodes) {
      expect(entry.author.displayName).toBe("Priya Product");
      expect(entry.posts.length).toBeGreaterThan(0);
      expect(entry.posts.every((post: { status: string }) => post.status === "SHIPPED")).toBe(true);
      expect(Date.parse(entry.publishedAt)).toBeLessThan(Date.now());
    }
    const product = app.client();
    await product.ok(`mutation { logIn(input: { email: "product@roundtrip.demo", password: "roundtrip-demo" }) { id } }`);
    const { changelogDrafts } = await product.ok(`{ changelogDrafts { title state author { id } body category { name } posts { title status } } }`);
    expect(changelogDrafts).toHaveLength(1);
    const [draft] = changelogDrafts;
    expect(draft).toMatchObject({ state: "DRAFT", author: null, title: expect.stringMatching(/^Shipped: /), category: { name: "New" } });
    expect(draft.posts.map((post: { status: string }) => post.status)).toEqual(["DONE_INTERNALLY", "DONE_INTERNALLY"]);
    expect(draft.body.split("\n")).toHaveLength(2);
  });

  it("has community guidelines of a few clauses that every demo account accepted, so nobody is asked to", async () => {
    const { netiquette } = await app.client().ok(`{ netiquette { version clauses { anchor } } }`);
    expect(netiquette.version).toBe(1);
    expect(netiquette.clauses.map((clause: { anchor: string }) => clause.anchor)).toEqual(["be-kind", "stay-on-topic", "be-specific", "respect-privacy", "no-spam-or-self-promotion"]);
    const member = app.client();
    await member.ok(`mutation { logIn(input: { email: "member@roundtrip.demo", password: "roundtrip-demo" }) { id } }`);
    expect((await member.ok(`{ me { netiquetteDue } }`)).me.netiquetteDue).toBeNull();
    const [{ missing }] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as missing from member m where not exists (select 1 from netiquette_acceptance a where a.member_id = m.id)`);
    expect(missing).toBe(0);
  });
});
