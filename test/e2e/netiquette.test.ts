/**
 * The netiquette in a real browser: a newcomer cannot sign up without accepting the guidelines, and
 * does with one tick; after a material change a member is asked to accept before their comment is
 * sent, and it is sent once they do; the guidelines page in German at phone width, a clause's link
 * landing on its heading; the admin's editor and history; a moderator's warning citing a clause.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { PHONE, chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const GUIDELINES = (extra = "") => `Roundtrip is where customers and the team meet.

## 1. Be kind

Disagree with ideas, not with people.

## 2. Stay on topic

One idea per post.${"\n\nSearch before you post. ".repeat(30)}

## 3. Respect privacy

No personal data.${extra}`;

/** Whether the element's top edge is inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const top = document.querySelector(css)?.getBoundingClientRect().top;
    return top !== undefined && top >= 0 && top < innerHeight;
  }, selector);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "the netiquette in the browser" : `the netiquette in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let admin: SignedInMember;
  const errors: string[] = [];
  const sql = (query: string, params: unknown[] = []) => app.orm.em.fork().execute(query, params);
  const publish = (body: string, material: boolean) =>
    admin.client.ok(`mutation($body: String!, $material: Boolean!) { publishNetiquette(body: $body, material: $material) { version } }`, { body, material });

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    admin = await buildMember(app, { role: "ADMIN" as Role, displayName: "Ada Admin" });
    await publish(GUIDELINES(), true);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a newcomer signs up only after accepting the guidelines, which open beside the form", async () => {
    const context = await openContext(browser, app, { errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/signup`);
    await page.getByLabel("Display name").fill("Nora Newcomer");
    await page.getByLabel("Email").fill("nora@example.com");
    await page.getByLabel("Password").fill("long enough pw");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByText("Please accept the community guidelines to join.").waitFor();
    expect(await sql(`select 1 from member where email = 'nora@example.com'`)).toEqual([]);

    const [guidelines] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "community guidelines", exact: true }).click()]);
    await guidelines.getByRole("heading", { name: "1. Be kind" }).waitFor();
    await guidelines.close();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("I have read and accept the community guidelines").check();
    await screenshot(page, "netiquette-sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Welcome, Nora Newcomer!").waitFor();
    expect(await sql(`select v.version from netiquette_acceptance a join member m on m.id = a.member_id join netiquette_version v on v.id = a.version_id where m.email = 'nora@example.com'`)).toEqual([{ version: 1 }]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("after a material change a member is asked to accept before their comment is sent, and it is sent once they do", async () => {
    const member = await buildMember(app, { displayName: "Mia Member" });
    const post = await buildPost(app, { author: admin.member, title: "Dark mode for the app" });
    const { publishNetiquette } = await publish(GUIDELINES("\n\n## 4. No spam\n\nNo ads, no referral links."), true);

    const context = await openContext(browser, app, { errors, as: member.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    await page.getByTestId("netiquette-banner").getByText("The community guidelines have changed. Please read and accept them before you next post or comment.").waitFor();
    await page.getByLabel("Add a comment").fill("Yes please, my eyes hurt at night.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();

    const dialog = page.getByRole("dialog", { name: "The community guidelines have changed" });
    await dialog.getByText(`Please read version ${publishNetiquette.version} and accept it before you next post or comment.`).waitFor();
    await dialog.getByRole("heading", { name: "4. No spam" }).waitFor();
    expect(await sql(`select 1 from comment where author_id = ?`, [member.member.id])).toEqual([]);
    await dialog.getByRole("button", { name: "Accept" }).click();
    await dialog.getByRole("alert").getByText("Please tick the box to accept.").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "netiquette-accept-dialog");
    await dialog.getByLabel("I have read and accept the community guidelines").check();
    await dialog.getByRole("button", { name: "Accept" }).click();

    await page.getByText("Thank you! You can post and comment again.").waitFor();
    await page.getByText("Yes please, my eyes hurt at night.").first().waitFor();
    await page.getByTestId("netiquette-banner").waitFor({ state: "detached" });
    expect(await sql(`select body from comment where author_id = ?`, [member.member.id])).toEqual([{ body: "Yes please, my eyes hurt at night." }]);
    expect(await sql(`select v.version from netiquette_acceptance a join netiquette_version v on v.id = a.version_id where a.member_id = ? order by v.version`, [member.member.id])).toEqual([
      { version: publishNetiquette.version - 1 },
      { version: publishNetiquette.version },
    ]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("shows the guidelines in German at phone width, each section linkable", async () => {
    const context = await openContext(browser, app, { errors, locale: "de-DE", viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${app.url}/netiquette#section-respect-privacy`);
    await page.getByRole("heading", { name: "Community-Richtlinien", level: 1 }).waitFor();
    await page.getByText(/^Fassung \d+, veröffentlicht am \d+\. \w+ \d{4}$/).waitFor();
    // The link named a section: the page opens there once the text has arrived.
    await page.waitForFunction(() => {
      const top = document.getElementById("section-respect-privacy")?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < innerHeight;
    });
    expect(await inViewport(page, "#section-be-kind")).toBe(false);
    const contents = page.getByRole("navigation", { name: "Abschnitte" });
    await contents.getByRole("link", { name: "1. Be kind" }).click();
    await page.waitForURL("**/netiquette#section-be-kind");
    expect(await inViewport(page, "#section-be-kind")).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "netiquette-page-de-phone");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("an admin publishes a material change from settings and reads the history; a moderator's warning cites a clause from it", async () => {
    const context = await openContext(browser, app, { errors, as: admin.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/settings/netiquette`);
    await page.getByRole("heading", { name: "Guidelines", level: 1 }).waitFor();
    const editor = page.getByLabel("Guidelines (Markdown)");
    expect(await editor.inputValue()).toContain("## 4. No spam");
    const versionsBefore = await page.getByTestId("netiquette-version").count();
    const next = versionsBefore + 1;
    await page.getByRole("button", { name: `Publish version ${next}` }).click();
    await page.getByRole("alert").getByText("This is the current version word for word.").waitFor();
    await editor.fill(`${await editor.inputValue()}\n\n## 5. Be patient\n\nThe team answers within a week.`);
    await page.getByRole("checkbox", { name: /Material change: everyone accepts again/ }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: `Publish version ${next}` }).click();
    await page.getByText(`Version ${next} published.`).waitFor();
    const newest = page.getByTestId("netiquette-version").first();
    await newest.getByText(new RegExp(`^Version ${next}, published `)).waitFor();
    await newest.getByText("Material change", { exact: true }).waitFor();
    await newest.getByText("by Ada Admin").waitFor();
    await newest.getByText("5 sections").waitFor();
    expect(await page.getByTestId("netiquette-version").count()).toBe(versionsBefore + 1);
    await screenshot(page, "netiquette-settings");
    await context.close();

    const moderator = await buildMember(app, { role: "MODERATOR" as Role, displayName: "Mo Moderator" });
    const target = await buildMember(app, { displayName: "Olli Offtopic" });
    const modContext = await openContext(browser, app, { errors, as: moderator.client });
    const modPage = await modContext.newPage();
    await modPage.goto(`${app.url}/members/${target.member.id}`);
    await modPage.getByRole("button", { name: "Warn, silence or suspend" }).click();
    const dialog = modPage.getByRole("dialog", { name: "Sanction Olli Offtopic" });
    await dialog.getByLabel("Guideline section it cites (optional)").selectOption({ label: "2. Stay on topic" });
    await dialog.getByLabel("Reason (the member sees it)").fill("One idea per post, please");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await modPage.getByText("Warn: Olli Offtopic has been told.").waitFor();
    const cites = modPage.getByTestId("member-sanctions").getByRole("link", { name: "cites “stay-on-topic”" });
    expect(await cites.getAttribute("href")).toBe("/netiquette#section-stay-on-topic");
    expect(await sql(`select clause from sanction where member_id = ?`, [target.member.id])).toEqual([{ clause: "stay-on-topic" }]);
    await modContext.close();
    expect(errors).toEqual([]);
  });
});
