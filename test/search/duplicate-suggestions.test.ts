/**
 * Duplicate suggestions while a member types a new post: only posts that really look alike, at most
 * five — a post that merely shares a common word ("app") is not offered as a duplicate.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SIMILAR = `query($title: String!, $body: String!) { similarPosts(input: { title: $title, body: $body }) { title } }`;

describe("duplicate suggestions", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const { member } = await buildMember(app);
    await buildPost(app, { author: member, title: "App crashes when uploading a photo", body: "Every time I pick a large photo the app closes." });
    await buildPost(app, { author: member, title: "Dark mode for the mobile app", body: "Easier on the eyes at night." });
    await buildPost(app, { author: member, title: "Export reports as CSV", body: "We paste numbers into spreadsheets." });
  });
  afterAll(() => app.close());

  const titles = async (title: string, body = "") =>
    (await app.client().ok(SIMILAR, { title, body })).similarPosts.map((post: { title: string }) => post.title) as string[];

  it("offers the look-alike, not a post that only shares a common word", async () => {
    const found = await titles("App crashes when uploading photos from the gallery");
    expect(found[0]).toBe("App crashes when uploading a photo");
    expect(found).not.toContain("Dark mode for the mobile app");
    expect(found).not.toContain("Export reports as CSV");
  });

  it("offers nothing for an unrelated title, and never more than five", async () => {
    expect(await titles("Weekly digest e-mail for team leads")).toEqual([]);
    const { member } = await buildMember(app);
    for (let i = 1; i <= 7; i++) await buildPost(app, { author: member, title: `Photo upload fails on Android ${i}`, body: "The photo upload stops." });
    expect(await titles("Photo upload fails")).toHaveLength(5);
    expect(await titles("dark mdoe")).toEqual(["Dark mode for the mobile app"]);
  });
});
