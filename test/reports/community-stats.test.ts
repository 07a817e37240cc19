import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const STATS = `query($weeks: Int) { communityStats(weeks: $weeks) {
  weeks { weekStart ideas bugs usability votes comments shipped }
  medianHoursToFirstTriage medianDaysToShip topPostsLinkedShare topUnlinkedPosts { title }
} }`;

describe("community stats", () => {
  let app: TestApp;
  let manager: SignedInMember;
  beforeAll(async () => {
    app = await startTestApp();
    manager = await buildMember(app, { role: Role.MANAGER });
    const author = await buildMember(app);
    const em = app.orm.em.fork();
    // This week: 2 ideas, 1 bug, 1 usability; triaged after 2, 4 and 6 hours; one shipped after 3 days.
    const a = await buildPost(app, { author: author.member, kind: PostKind.IDEA, title: "Top idea" });
    const b = await buildPost(app, { author: author.member, kind: PostKind.IDEA, title: "Second idea" });
    const c = await buildPost(app, { author: author.member, kind: PostKind.BUG, title: "A bug" });
    await buildPost(app, { author: author.member, kind: PostKind.USABILITY, title: "A usability report" });
    // All four in the current week, whatever weekday the suite runs on.
    await em.execute(`update post set created_at = date_trunc('week', now()) + interval '1 hour'`);
    await em.execute(`update post set first_triaged_at = created_at + interval '2 hours', vote_count = 5 where id = ?`, [a.id]);
    await em.execute(`update post set first_triaged_at = created_at + interval '4 hours', vote_count = 3 where id = ?`, [b.id]);
    await em.execute(`update post set first_triaged_at = created_at + interval '6 hours', status = 'SHIPPED', shipped_at = created_at + interval '3 days' where id = ?`, [c.id]);
  });
  afterAll(() => app.close());

  it("reports weekly submissions by kind, medians, and the top posts not yet linked to a tracker", async () => {
    const { communityStats } = await manager.client.ok(STATS, { weeks: 4 });
    expect(communityStats.weeks).toHaveLength(4);
    const thisWeek = communityStats.weeks.at(-1);
    expect(thisWeek).toMatchObject({ ideas: 2, bugs: 1, usability: 1 });
    expect(communityStats.weeks.slice(0, 3).every((week: { ideas: number }) => week.ideas === 0)).toBe(true);
    expect(communityStats.medianHoursToFirstTriage).toBe(4);
    expect(communityStats.medianDaysToShip).toBeCloseTo(3, 0);
    expect(communityStats.topPostsLinkedShare).toBe(0);
    expect(communityStats.topUnlinkedPosts.map((post: { title: string }) => post.title).slice(0, 2)).toEqual(["Top idea", "Second idea"]);
  });

  it("is for staff only and checks its range", async () => {
    const member = await buildMember(app);
    expect((await member.client.request(STATS, { weeks: 4 })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await app.client().request(STATS, { weeks: 4 })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await manager.client.request(STATS, { weeks: 0 })).errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "weeks" });
  });
});
