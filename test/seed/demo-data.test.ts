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
});
