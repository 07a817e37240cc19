/**
 * The changelog as members see it, in a real browser: hostile Markdown in an entry runs nothing, a
 * product person publishing the drafted entry reaches a member's open post page live ("Shipped",
 * "Answered in …"), the header's "What's new" counts until the changelog is opened, and the
 * changelog works at phone width in German (filters in the URL, load more, no sideways scrolling).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { ChangelogEntryState } from "../../server/changelog/changelog.entity.js";
import { Role } from "../../server/members/role.js";
import { buildBoard, buildChangelogEntry, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const CREATE = `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { id state } }`;
/** Browser steps on a shared 2-core machine. */
const STEP_TIMEOUT = 60_000;
const SET_STATUS = `mutation($id: ID!, $status: PostStatus!) { setPostStatus(postId: $id, status: $status) { status } }`;

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "the changelog in the browser" : `the changelog in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let product: SignedInMember;
  let categoryId: string;
  const errors: string[] = [];

  async function contextFor(client: GraphQLClient | null, viewport = DESKTOP, locale = "en-US"): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, locale, reducedMotion: "reduce" });
    context.setDefaultTimeout(10_000);
    context.on("page", (page) => page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`)));
    if (client) {
      const url = new URL(app.url);
      await context.addCookies([{ name: "rt_session", value: client.cookie("rt_session") ?? "", domain: url.hostname, path: "/", httpOnly: true }]);
    }
    return context;
  }

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    product = await buildMember(app, { role: Role.PRODUCT, displayName: "Pia Product" });
    categoryId = (await app.client().ok(`{ changelogCategories { id } }`)).changelogCategories[0].id;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows an entry whose Markdown carries scripts, handlers, javascript: and data: links and SVG, and none of it runs", async () => {
    const body = [
      "Hostile payloads, all inert:",
      "<script>window.pwned = 'script'; alert('script')</script>",
      `<img src=x onerror="window.pwned = 'img'; alert('img')">`,
      "[x](javascript:window.pwned='link';alert('link'))",
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      `<svg onload="window.pwned = 'svg'; alert('svg')"><script>window.pwned = 'svg script'</script></svg>`,
      "[a fine link](https://example.com/docs)",
    ].join("\n\n");
    const { createChangelogEntry: entry } = await product.client.ok(CREATE, {
      input: { title: "Hostile Markdown", body, categoryId, coverImageUrl: `${app.url}/cover.png` },
    });
    await product.client.ok(PUBLISH, { id: entry.id });

    const context = await contextFor(null);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${app.url}/changelog/${entry.id}`);
    await page.getByRole("heading", { level: 1, name: "Hostile Markdown" }).waitFor();
    expect(await page.title()).toBe("Hostile Markdown · Roundtrip");
    const markdown = page.locator("article .markdown");
    await markdown.getByText("Hostile payloads, all inert:").waitFor();
    expect(await page.locator("article img.cover").getAttribute("src")).toBe(`${app.url}/cover.png`);

    // Clicking what is left of the hostile links runs nothing either.
    await markdown.getByText("x", { exact: true }).click();
    await markdown.getByText("data", { exact: true }).click();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${app.url}/changelog/${entry.id}`);
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await markdown.locator("script, img, svg, iframe, object, embed, [onload], [onerror]").count()).toBe(0);

    const links = await markdown.locator("a").evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute("href"), rel: a.getAttribute("rel") })));
    expect(links.filter((link) => link.href)).toEqual([{ href: "https://example.com/docs", rel: "noopener nofollow ugc" }]);
    expect(links.every((link) => !/^(javascript|data):/i.test(link.href ?? ""))).toBe(true);
    expect(await seriousA11yViolations(page), "axe on the entry page").toEqual([]);
    await screenshot(page, "changelog-entry-hostile");
    await context.close();
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);

  it("a product person publishes the drafted entry and the member's open post page shows Shipped and Answered in, live; What's new counts until the changelog is opened", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const member = await buildMember(app, { displayName: "Mo Member" });
    const post = await buildPost(app, { author: member.member, title: "Export to CSV" });
    // Done in the tracker (here: by hand) waits for the changelog; Roundtrip drafts the entry itself.
    expect((await manager.client.ok(SET_STATUS, { id: post.id, status: "SHIPPED" })).setPostStatus.status).toBe("DONE_INTERNALLY");
    const draft = await (async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const { changelogDrafts } = await product.client.ok(`{ changelogDrafts { id title posts { id } } }`);
        const found = changelogDrafts.find((entry: { posts: { id: string }[] }) => entry.posts.some((linked) => linked.id === post.id));
        if (found) return found as { id: string; title: string };
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error("Roundtrip wrote no draft for the done post");
    })();

    const memberContext = await contextFor(member.client);
    const page = await memberContext.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    const header = page.locator("article.main header");
    await header.getByText("Done internally — shipping soon").waitFor();
    await page.getByTestId("live-status").getByText("Live").waitFor();
    expect(await page.getByTestId("answered-in").count()).toBe(0);
    const badgeBefore = await page.getByTestId("whats-new").count();

    // The product person, in a browser of their own, publishes through the API the editor uses.
    const productContext = await contextFor(product.client);
    const productPage = await productContext.newPage();
    await productPage.goto(`${app.url}/changelog/${draft.id}`);
    await productPage.getByRole("heading", { level: 1, name: draft.title }).waitFor();
    const published = await productPage.evaluate(async ({ query, id }) => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { id } }) });
      return (await response.json()) as { data?: { publishChangelogEntry: { state: string } } };
    }, { query: PUBLISH, id: draft.id });
    expect(published.data?.publishChangelogEntry.state).toBe("PUBLISHED");

    // Without a reload: the status, the answer and the timeline row naming the entry.
    await header.getByText("Shipped", { exact: true }).waitFor({ timeout: 15_000 });
    const answered = page.getByTestId("answered-in");
    await answered.getByRole("link", { name: draft.title }).waitFor();
    expect(await answered.innerText()).toMatch(/^Answered in:/);
    expect(await answered.getByRole("link").getAttribute("href")).toBe(`/changelog/${draft.id}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    expect(await timeline.getByText("Shipped with").count()).toBe(1);
    expect(await timeline.getByRole("link", { name: draft.title }).getAttribute("href")).toBe(`/changelog/${draft.id}`);
    // The header does not poll: the badge it showed before publishing is the one it shows now.
    expect(await page.getByTestId("whats-new").count()).toBe(badgeBefore);
    expect(await seriousA11yViolations(page), "axe on the shipped post").toEqual([]);
    await screenshot(page, "changelog-post-answered-live");

    // On the next page load the header counts it, until the changelog is opened.
    await page.reload();
    const badge = page.getByTestId("whats-new");
    await badge.waitFor();
    expect(await badge.getAttribute("aria-label")).toMatch(/^What’s new: \d+ updates? since your last visit$/);
    await answered.getByRole("link", { name: draft.title }).click();
    await page.getByRole("heading", { level: 1, name: draft.title }).waitFor();
    await page.getByRole("region", { name: "Posts this answers" }).getByRole("link", { name: "Export to CSV" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Changelog" }).click();
    await page.getByRole("heading", { level: 1, name: "Changelog" }).waitFor();
    await badge.waitFor({ state: "detached" });
    await expect.poll(async () => (await member.client.ok<{ whatsNewCount: number }>(`{ whatsNewCount }`)).whatsNewCount).toBe(0);
    await page.goto(`${app.url}/posts/${post.id}`);
    await header.getByText("Shipped", { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await badge.count()).toBe(0);

    await Promise.all([memberContext.close(), productContext.close()]);
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);

  it("a visitor's browser remembers the visit: What's new shows a new entry once, and not after the changelog", async () => {
    const context = await contextFor(null);
    const page = await context.newPage();
    await page.goto(`${app.url}/changelog`);
    await page.getByTestId("changelog-entry").first().waitFor();
    await page.goto(`${app.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId("whats-new").count()).toBe(0);

    await buildChangelogEntry(app, { title: "Keyboard shortcuts" });
    await page.reload();
    const badge = page.getByTestId("whats-new");
    await badge.waitFor();
    expect(await badge.getAttribute("aria-label")).toBe("What’s new: 1 update since your last visit");
    await badge.click();
    await page.getByRole("heading", { level: 2, name: "Keyboard shortcuts" }).waitFor();
    await page.goto(`${app.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    expect(await badge.count()).toBe(0);
    await context.close();
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);

  it("at phone width in German: the filters work from the URL, older entries load, nothing scrolls sideways", async () => {
    const board = await buildBoard(app, { name: "Mobile-App für Android und iOS", slug: "mobile-app" });
    const author = (await buildMember(app)).member;
    const onBoard = await buildPost(app, { author, board, title: "Dunkler Modus" });
    const day = 86_400_000;
    await buildChangelogEntry(app, {
      title: "Dunkler Modus für die mobile App, endlich auch auf sehr kleinen Bildschirmen verfügbar",
      body: "Ein sehr langes Wort: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen, und ein Link: https://example.com/ein/sehr/langer/pfad/der/nicht/umbrechen/will",
      category: "Improved",
      posts: [onBoard],
      publishedAt: new Date(Date.now() + day),
    });
    for (let i = 0; i < 11; i++) await buildChangelogEntry(app, { title: `Behoben Nr. ${i + 1}`, category: "Fixed", publishedAt: new Date(Date.now() - (i + 1) * day) });
    await buildChangelogEntry(app, { title: "Noch ein Entwurf", state: ChangelogEntryState.DRAFT });

    const reader = await buildMember(app);
    const context = await contextFor(reader.client, PHONE, "de-DE");
    const page = await context.newPage();
    await page.goto(`${app.url}/changelog`);
    await page.getByRole("heading", { level: 1, name: "Neuigkeiten" }).waitFor();
    const entries = page.getByTestId("changelog-entry");
    await entries.first().waitFor();
    expect(await entries.count()).toBe(10);
    expect(await page.getByText("Noch ein Entwurf").count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "changelog-phone-de");

    // Every entry by e-mail, not only those answering followed posts: the member's notification preference.
    const everyUpdate = page.getByRole("switch", { name: "Jede Neuigkeit per E-Mail bekommen" });
    expect(await everyUpdate.isChecked()).toBe(false);
    await everyUpdate.check();
    await expect
      .poll(async () => (await reader.client.ok<{ notificationPreferences: { allChangelogEntries: boolean } }>(`{ notificationPreferences { allChangelogEntries } }`)).notificationPreferences.allChangelogEntries)
      .toBe(true);

    await page.getByRole("button", { name: "Ältere Neuigkeiten zeigen" }).click();
    await expect.poll(() => entries.count()).toBeGreaterThan(10);

    await page.getByLabel("Kategorie", { exact: true }).selectOption({ label: "Improved" });
    await page.waitForURL(/[?&]category=/);
    await expect.poll(() => entries.count()).toBe(1);
    await entries.getByRole("heading", { name: /Dunkler Modus/ }).waitFor();
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect.poll(() => entries.count()).toBe(10);

    await page.getByLabel("Bereich", { exact: true }).selectOption({ label: "Mobile-App für Android und iOS" });
    await page.waitForURL(/[?&]board=mobile-app/);
    await expect.poll(() => entries.count()).toBe(1);
    await entries.getByRole("link", { name: "Dunkler Modus", exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousA11yViolations(page), "axe on the filtered changelog").toEqual([]);

    // The filtered URL opens as it was left, in a fresh tab.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.getByTestId("changelog-entry").first().waitFor();
    expect(await shared.getByTestId("changelog-entry").count()).toBe(1);
    expect(await shared.getByLabel("Bereich", { exact: true }).inputValue()).toBe("mobile-app");
    await screenshot(shared, "changelog-phone-de-filtered");
    await context.close();
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);
});
