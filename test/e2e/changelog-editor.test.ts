/**
 * The changelog editor in a real browser: a product person opens the draft Roundtrip wrote, types
 * at human speed while the server's preview keeps up (slow answers to older text never win), links
 * another post, schedules in their own time zone, cancels, sees how many members publishing will
 * notify, and publishes with a double click that publishes once. A member gets the "not for you" sentence; the German editor fits a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const DRAFTS = `{ changelogDrafts { id title state } }`;
const ENTRY = `query($id: ID!) { changelogEntry(id: $id) { state scheduledFor body posts { title } } }`;

/** The GraphQL operation names a page sent, in order. */
function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const name = /(?:query|mutation)\s+(\w+)/.exec(String(request.postDataJSON()?.query ?? ""))?.[1];
    if (name) sent.push(name);
  });
  return sent;
}

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "changelog editor in the browser" : `changelog editor in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let product: SignedInMember;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    product = await buildMember(app, { role: Role.PRODUCT });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a product person edits the weekly draft with a live server preview, schedules, cancels and publishes once", async () => {
    const author = await buildMember(app);
    const darkMode = await buildPost(app, { author: author.member, title: "Dark mode for the mobile app" });
    const offline = await buildPost(app, { author: author.member, title: "Offline mode for saved lists" });
    for (const [voter, posts] of [[await buildMember(app), [darkMode, offline]], [await buildMember(app), [darkMode]]] as const) {
      for (const post of posts) await voter.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: post.id });
    }
    // Work done: the post waits as done internally, and Roundtrip drafts the week's entry.
    await product.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: "SHIPPED") { status } }`, { id: darkMode.id });
    const draft = await eventually(async () => (await product.client.ok(DRAFTS)).changelogDrafts[0], 15_000, "the weekly draft");
    expect(draft.title).toBe("Shipped: Dark mode for the mobile app");

    const context = await openContext(browser, app, { as: product.client, timezoneId: "Europe/Berlin", errors });
    const page = await context.newPage();
    const operations = recordOperations(page);
    // Writers reach their drafts from the changelog they read.
    await page.goto(`${app.url}/changelog`);
    await page.getByRole("link", { name: "All drafts" }).click();
    await page.waitForURL("**/changelog/drafts");
    const listed = page.getByTestId("changelog-draft");
    await listed.getByText("Written by Roundtrip").waitFor();
    await listed.getByRole("link", { name: draft.title }).click();
    await page.waitForURL(`**/changelog/${draft.id}/edit`);
    const preview = page.getByTestId("changelog-preview");
    // The drafted line, as the server rendered it.
    await preview.locator(".markdown strong", { hasText: "Dark mode for the mobile app" }).waitFor();
    expect(await seriousA11yViolations(page), "axe on the editor").toEqual([]);

    // Idle: the open editor sends nothing (no polling for the preview).
    await page.waitForTimeout(600);
    const settled = operations.length;
    await page.waitForTimeout(2000);
    expect(operations.slice(settled)).toEqual([]);

    // Older preview answers come back late: the first request typed is held longest.
    let held = 0;
    await page.route("**/graphql", async (route) => {
      if (String(route.request().postDataJSON()?.query ?? "").includes("PreviewMarkdown") && held++ === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    // Every text the preview showed, in order.
    await page.evaluate(() => {
      const shown: { all: string; typed: string }[] = [];
      (window as unknown as { shownPreviews: typeof shown }).shownPreviews = shown;
      const box = document.querySelector('[data-testid="changelog-preview"]')!;
      const record = () => shown.push({ all: box.querySelector(".markdown")?.textContent ?? "", typed: box.querySelector(".markdown > p:last-child")?.textContent ?? "" });
      new MutationObserver(record).observe(box, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel("Text", { exact: true }).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n\n", { delay: 80 });
    const words = ["It", "follows", "your", "system", "setting."];
    for (const word of words) {
      await page.keyboard.type(`${word} `, { delay: 70 });
      await page.waitForTimeout(450); // a person pausing between words: the debounced preview goes out
    }
    await page.keyboard.type("**Try it tonight.**", { delay: 60 });
    await preview.locator("strong", { hasText: "Try it tonight." }).waitFor();
    await page.waitForTimeout(1800); // the held first answer has arrived by now, and must not win
    expect(await preview.locator("strong", { hasText: "Try it tonight." }).count()).toBe(1);
    const shown = await page.evaluate(() => (window as unknown as { shownPreviews: { all: string; typed: string }[] }).shownPreviews);
    expect(shown.length).toBeGreaterThan(2);
    // No flicker: the drafted list stays up throughout. No revert: the typed paragraph only grows.
    expect(shown.every(({ all }) => all.includes("Dark mode for the mobile app"))).toBe(true);
    const typed = shown.map((each) => each.typed.replace(/\*/g, "").trim());
    for (let index = 1; index < typed.length; index++) expect(typed[index].length, JSON.stringify(typed)).toBeGreaterThanOrEqual(typed[index - 1].length);
    expect(typed.at(-1)).toBe("It follows your system setting. Try it tonight.");
    await page.unroute("**/graphql");

    // Link a second post through the picker, then save.
    await page.getByLabel("Find a post to link").fill("Offline");
    await page.getByRole("button", { name: "Link “Offline mode for saved lists”" }).click();
    await page.getByTestId("unsaved").waitFor();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved.").waitFor();
    expect(await page.getByTestId("unsaved").count()).toBe(0);
    const stored = (await product.client.ok(ENTRY, { id: draft.id })).changelogEntry;
    expect(stored.body).toContain("It follows your system setting. **Try it tonight.**");
    expect(stored.posts.map((post: { title: string }) => post.title).sort()).toEqual([darkMode.title, offline.title]);

    // Schedule in the person's own time zone (Berlin, summer time: UTC+2), then cancel.
    await page.getByLabel("Publish at").fill("2030-06-01T09:30");
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.getByTestId("entry-state").getByText("Scheduled", { exact: true }).waitFor();
    expect((await product.client.ok(ENTRY, { id: draft.id })).changelogEntry).toMatchObject({ state: "SCHEDULED", scheduledFor: "2030-06-01T07:30:00.000Z" });
    await page.getByRole("button", { name: "Cancel schedule" }).click();
    await page.getByTestId("entry-state").getByText("Draft", { exact: true }).waitFor();
    expect((await product.client.ok(ENTRY, { id: draft.id })).changelogEntry).toMatchObject({ state: "DRAFT", scheduledFor: null });

    // Publish behind a confirm; a double click on it publishes once.
    await page.getByRole("button", { name: "Publish…" }).click();
    const dialog = page.getByTestId("publish-dialog");
    // Two voters follow the linked posts, one of them both: each hears once.
    await dialog.getByText(/^This will notify 2 members: /).waitFor();
    expect(await seriousA11yViolations(page), "axe with the publish dialog open").toEqual([]);
    await dialog.getByRole("button", { name: "Publish now" }).dblclick();
    await page.getByTestId("entry-state").getByText("Published", { exact: true }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByTestId("unsaved").count(), "nothing left to save after publishing").toBe(0);
    expect(operations.filter((name) => name === "PublishChangelogEntry")).toHaveLength(1);
    expect((await product.client.ok(ENTRY, { id: draft.id })).changelogEntry.state).toBe("PUBLISHED");
    const sql = (query: string) => app.orm.em.fork().execute(query, [draft.id]);
    expect(await sql(`select name from pgboss.job where name = 'changelog.published' and data->>'entryId' = ?`)).toHaveLength(1);
    expect(await sql(`select type from post_event where changelog_entry_id = ? and type = 'STATUS_CHANGED'`)).toHaveLength(1);
    const { post } = await author.client.ok(`query($id: ID!) { post(id: $id) { status } }`, { id: darkMode.id });
    expect(post.status).toBe("SHIPPED");
    await screenshot(page, "changelog-editor");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a member gets the not-for-you sentence at /changelog/new; the German editor fits a phone and starts an entry", async () => {
    const member = await buildMember(app);
    const memberContext = await openContext(browser, app, { as: member.client, errors });
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/changelog/new`);
    await memberPage.getByText("Writing the changelog is for the product team.").waitFor();
    expect(await memberPage.getByTestId("changelog-form").count()).toBe(0);
    await memberPage.goto(`${app.url}/changelog`);
    // The subscription switch renders once the viewer is known, as the writer links would.
    await memberPage.getByRole("switch", { name: "Get every update by e-mail" }).waitFor();
    expect(await memberPage.getByRole("link", { name: /^(New entry|All drafts)$/ }).count(), "a member sees no writer links").toBe(0);
    await memberContext.close();

    const context = await openContext(browser, app, { as: product.client, viewport: PHONE, locale: "de-DE", errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/changelog/new`);
    await page.getByRole("heading", { name: "Neuer Changelog-Eintrag" }).waitFor();
    await page.getByText("Speichere den Entwurf, um ihn zu planen oder zu veröffentlichen.").waitFor();
    await page.getByRole("textbox", { name: /^Titel\b/ }).fill("CSV-Export für Berichte");
    await page.getByLabel("Kategorie").selectOption({ label: "Improved" });
    await page.getByLabel("Text", { exact: true }).fill("Jetzt **überall**.");
    await page.getByTestId("changelog-preview").locator("strong", { hasText: "überall" }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousA11yViolations(page), "axe on the German editor on a phone").toEqual([]);
    await screenshot(page, "changelog-editor-de-phone");
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await page.waitForURL(/\/changelog\/[0-9a-f-]{36}\/edit$/);
    await page.getByTestId("entry-state").getByText("Entwurf", { exact: true }).waitFor();
    const id = /\/changelog\/([0-9a-f-]{36})\/edit$/.exec(page.url())![1];
    expect((await product.client.ok(ENTRY, { id })).changelogEntry).toMatchObject({ state: "DRAFT", body: "Jetzt **überall**." });
    expect(errors).toEqual([]);
    await context.close();
  });
});
