/**
 * The Atom, RSS and JSON feeds of the changelog, parsed back with a feed parser: exactly the
 * published entries, newest first, linking the entry pages, and cacheable.
 */
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const CREATE = `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { id publishedAt } }`;

interface Published {
  id: string;
  title: string;
  publishedAt: string;
}

describe("changelog feeds", () => {
  let app: TestApp;
  let product: SignedInMember;
  let categoryName: string;
  /** Newest first, as the feeds list them. */
  const published: Published[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    product = await buildMember(app, { role: Role.PRODUCT, displayName: "Priya Product" });
    const { changelogCategories } = await app.client().ok(`{ changelogCategories { id name } }`);
    const categoryId = changelogCategories[1].id;
    categoryName = changelogCategories[1].name;
    const post = await buildPost(app, { author: product.member });
    const entry = async (title: string, body = "") =>
      (await product.client.ok(CREATE, { input: { title, body, categoryId, postIds: [post.id] } })).createChangelogEntry.id as string;

    for (const title of ["CSV export", "Dark mode"]) {
      const id = await entry(title, `**${title}** is here <script>alert(1)</script>`);
      const { publishChangelogEntry } = await product.client.ok(PUBLISH, { id });
      published.unshift({ id, title, publishedAt: publishChangelogEntry.publishedAt });
    }
    await entry("Still a draft");
    const scheduled = await entry("Scheduled for tomorrow");
    await product.client.ok(`mutation($id: ID!, $at: DateTimeISO!) { scheduleChangelogEntry(id: $id, at: $at) { id } }`, {
      id: scheduled,
      at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const withdrawn = await entry("Published, then withdrawn");
    await product.client.ok(PUBLISH, { id: withdrawn });
    await product.client.ok(`mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id } }`, { id: withdrawn });
  });
  afterAll(() => app.close());

  const fetchFeed = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
  // fetch() adds "Cache-Control: no-cache" to a conditional request of its own unless one is given.
  const revalidate = (path: string, etag: string) => fetchFeed(path, { "if-none-match": etag, "cache-control": "max-age=0" });
  const entryUrl = (id: string) => `${app.config.publicUrl}/changelog/${id}`;

  it("Atom: only the published entries, newest first, with link, dates, category, author and safe HTML", async () => {
    const response = await fetchFeed("/changelog.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseAtomFeed(await response.text());
    expect(feed.entries?.map((entry) => entry.title?.value)).toEqual(published.map((entry) => entry.title));
    for (const [index, entry] of (feed.entries ?? []).entries()) {
      expect(entry.links?.[0]?.href).toBe(entryUrl(published[index].id));
      expect(Date.parse(entry.published!)).toBe(Date.parse(published[index].publishedAt));
      expect(entry.categories?.[0]?.term).toBe(categoryName);
      expect(entry.authors?.[0]?.name).toBe("Priya Product");
      expect(entry.content?.value).toContain(`<strong>${published[index].title}</strong> is here`);
      expect(entry.content?.value).not.toContain("<script");
    }
  });

  it("RSS: the same entries with links, publication dates and categories", async () => {
    const response = await fetchFeed("/changelog.rss");
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const feed = parseRssFeed(await response.text());
    expect(feed.items?.map((item) => item.title)).toEqual(published.map((entry) => entry.title));
    for (const [index, item] of (feed.items ?? []).entries()) {
      expect(item.link).toBe(entryUrl(published[index].id));
      expect(Date.parse(item.pubDate!)).toBe(Math.floor(Date.parse(published[index].publishedAt) / 1000) * 1000);
      expect(item.categories?.[0]?.name).toBe(categoryName);
    }
  });

  it("JSON Feed: the same entries with urls, dates, tags and HTML", async () => {
    const response = await fetchFeed("/changelog.json");
    expect(response.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = parseJsonFeed(await response.text());
    expect(feed.items?.map((item) => item.title)).toEqual(published.map((entry) => entry.title));
    for (const [index, item] of (feed.items ?? []).entries()) {
      expect(item.url).toBe(entryUrl(published[index].id));
      expect(Date.parse(item.date_published!)).toBe(Date.parse(published[index].publishedAt));
      expect(item.tags).toEqual([categoryName]);
      expect(item.content_html).not.toContain("<script");
    }
  });

  it("answers 304 to a reader that has the current feed, and a new body once an entry is published", async () => {
    const first = await fetchFeed("/changelog.atom");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(Date.parse(first.headers.get("last-modified")!)).toBeGreaterThan(0);
    expect((await revalidate("/changelog.atom", etag!)).status).toBe(304);

    const { changelogCategories } = await app.client().ok(`{ changelogCategories { id } }`);
    const { createChangelogEntry } = await product.client.ok(CREATE, { input: { title: "Webhooks", categoryId: changelogCategories[0].id } });
    const { publishChangelogEntry } = await product.client.ok(PUBLISH, { id: createChangelogEntry.id });
    published.unshift({ id: createChangelogEntry.id, title: "Webhooks", publishedAt: publishChangelogEntry.publishedAt });
    const changed = await revalidate("/changelog.atom", etag!);
    expect(changed.status).toBe(200);
    expect(parseAtomFeed(await changed.text()).entries?.[0]?.title?.value).toBe("Webhooks");
  });

  it("ignores malformed query strings", async () => {
    for (const path of ["/changelog.rss?%E0%A4%A", "/changelog.json?a[b][c]=1&a=2", "/changelog.atom?%%%"]) {
      const response = await fetchFeed(path);
      expect(response.status, path).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(0);
    }
  });
});
