/**
 * Holding posts and watched words in a real browser: a manager makes a board hold every post and a
 * moderator adds a watched word on Settings → Moderation (German, phone width); a member's new post
 * there says it awaits review, on the card and on its page, while a second member's browser sees
 * nothing of it; a blocked word is refused next to the field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildBoard, buildMember, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { PHONE, chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "holding posts in the browser" : `holding posts in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let manager: SignedInMember;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    manager = await buildMember(app, { role: "MANAGER" as Role, displayName: "Mara Manager" });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a board that holds every post: the author sees 'awaiting review', another member sees nothing, a blocked word is refused", async () => {
    await buildBoard(app, { name: "Beta program" });
    const staffContext = await openContext(browser, app, { errors, as: manager.client, viewport: PHONE, locale: "de-DE" });
    const settings = await staffContext.newPage();
    await settings.goto(`${app.url}/settings/moderation`);
    await settings.getByRole("heading", { name: "Beiträge, die auf Freigabe warten" }).waitFor();
    await settings.getByRole("combobox", { name: "Wer auf Beta program wartet" }).selectOption("EVERYONE");
    await settings.getByText("Gespeichert.").waitFor();
    await settings.getByLabel("Wort oder Wendung").fill("Frobnicate");
    await settings.getByLabel("Was es bewirkt").selectOption("BLOCK");
    await settings.getByRole("button", { name: "Hinzufügen" }).click();
    await settings.getByText("„frobnicate“ wird jetzt beobachtet.").waitFor();
    await settings.getByRole("list", { name: "Beobachtete Wörter" }).getByText("frobnicate").waitFor();
    expect(await horizontalOverflow(settings)).toBe(0);
    expect(await seriousA11yViolations(settings)).toEqual([]);
    await screenshot(settings, "holding-settings-de-phone");

    const author = await buildMember(app, { displayName: "Nora Newcomer" });
    const context = await openContext(browser, app, { errors, as: author.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/new`);
    await page.getByText("Idea", { exact: true }).click();
    await page.getByRole("combobox", { name: /^Board/ }).selectOption({ label: "Beta program" });
    await page.getByLabel("Title").fill("Let me frobnicate the beta builds");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByText("This contains a word that is not allowed here. Please rephrase it.").first().waitFor();
    expect(page.url()).toBe(`${app.url}/new`);

    await page.getByLabel("Title").fill("Let me opt out of the beta builds");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.waitForURL(/\/posts\/[^/]+$/);
    const postUrl = page.url();
    await page.getByText("Thanks! A moderator will look at your post before others see it.").waitFor();
    await page.getByTestId("held-notice").getByText(/^Awaiting review: a moderator looks at this post/).waitFor();
    await screenshot(page, "holding-author-post");
    await page.goto(`${app.url}/`);
    const card = page.getByRole("article", { name: "Let me opt out of the beta builds" });
    await card.getByText("Awaiting review").waitFor();

    // Another member, in a browser of their own: not in the list, and the link is a missing post.
    const other = await buildMember(app, { displayName: "Otto Other" });
    const otherContext = await openContext(browser, app, { errors, as: other.client });
    const otherPage = await otherContext.newPage();
    await otherPage.goto(`${app.url}/`);
    await otherPage.getByRole("button", { name: "Account menu for Otto Other" }).waitFor();
    await otherPage.getByRole("article").first().or(otherPage.getByText(/No posts/)).first().waitFor();
    expect(await otherPage.getByRole("article", { name: "Let me opt out of the beta builds" }).count()).toBe(0);
    await otherPage.goto(postUrl);
    await otherPage.getByText("This post doesn’t exist or was removed.").waitFor();

    expect(errors).toEqual([]);
    await Promise.all([staffContext.close(), context.close(), otherContext.close()]);
  });
});
