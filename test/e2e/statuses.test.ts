/**
 * Statuses as data in a real browser: an ADMIN renames a status and adds one shown on the roadmap in
 * Settings → Statuses; a member reading German on a phone sees the new name on the roadmap and the
 * post, and the new roadmap column. The triage inbox's quick actions follow the statuses' categories.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { Role } from "../../server/members/role.js";
import { chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);


describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "statuses in the browser" : `statuses in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("an ADMIN renames a status and adds a roadmap column; a member sees both in German on a phone", async () => {
    const admin = await buildMember(app, { role: Role.ADMIN });
    const member = await buildMember(app);
    const planned = await buildPost(app, { author: member.member, title: "Export to CSV" });
    const beta = await buildPost(app, { author: member.member, title: "Dark mode" });

    const adminContext = await openContext(browser, app, { as: admin.client, errors });
    const page = await adminContext.newPage();
    await page.goto(`${app.url}/settings/statuses`);
    const plannedItem = page.getByTestId("status-item").filter({ has: page.locator("code", { hasText: /^PLANNED$/ }) });
    await plannedItem.getByLabel("Name (German)").fill("Demnächst");
    await plannedItem.getByRole("button", { name: "Save “Planned”" }).click();
    await page.getByText("“Planned” saved.").waitFor();

    const create = page.locator("form[aria-labelledby='new-status']");
    await create.getByLabel("Name (English)").fill("Beta");
    await create.getByLabel("Name (German)").fill("Beta-Test");
    await create.getByLabel("Category").selectOption("ACTIVE");
    await create.getByLabel("Column on the roadmap").check();
    await create.getByRole("button", { name: "Add" }).click();
    await page.getByTestId("status-item").filter({ has: page.locator("code", { hasText: /^BETA$/ }) }).waitFor();
    expect(await seriousA11yViolations(page), "axe on Settings → Statuses").toEqual([]);
    await screenshot(page, "statuses-settings");

    // A manager puts posts in both (through the API: the triage screens have their own tests).
    const setStatus = `mutation($id: ID!, $s: PostStatus!) { setPostStatus(postId: $id, status: $s) { id } }`;
    await admin.client.ok(setStatus, { id: planned.id, s: "PLANNED" });
    await admin.client.ok(setStatus, { id: beta.id, s: "BETA" });

    const memberContext = await openContext(browser, app, { as: member.client, viewport: PHONE, locale: "de-DE", errors });
    const phone = await memberContext.newPage();
    await phone.goto(`${app.url}/roadmap`);
    const columns = phone.locator("section.column h2");
    await phone.getByRole("link", { name: "Dark mode" }).waitFor();
    // Columns in the statuses' order: the seeded four (work done internally waits for the changelog), then the new one.
    expect((await columns.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
      "Demnächst 1", "In Arbeit 0", "Intern erledigt – bald verfügbar 0", "Veröffentlicht 0", "Beta-Test 1",
    ]);
    await phone.getByRole("region", { name: /Beta-Test/ }).getByRole("link", { name: "Dark mode" }).waitFor();
    expect(await horizontalOverflow(phone)).toBe(0);
    expect(await seriousA11yViolations(phone), "axe on the German roadmap").toEqual([]);
    await screenshot(phone, "statuses-phone-roadmap-de");

    await phone.goto(`${app.url}/posts/${planned.id}`);
    await phone.locator(".badge", { hasText: "Demnächst" }).first().waitFor();
    await adminContext.close();
    await memberContext.close();
    expect(errors).toEqual([]);
  });

  it("the triage inbox's quick actions pick statuses by category: Review the first ACTIVE one, Plan the first ACTIVE one on the roadmap", async () => {
    const admin = await buildMember(app, { role: Role.ADMIN });
    const manager = await buildMember(app, { role: Role.MANAGER });
    const first = await buildPost(app, { author: manager.member, title: "Offline mode" });
    const second = await buildPost(app, { author: manager.member, title: "Keyboard shortcuts" });
    const statusOf = async (id: string) => (await admin.client.ok(`query($id: ID!) { post(id: $id) { status } }`, { id })).post.status;
    const quick = (page: Page, title: string, action: string) =>
      page.getByRole("group", { name: `Quick actions for “${title}”` }).getByRole("button", { name: action }).click();

    const context = await openContext(browser, app, { as: manager.client, errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/triage`);
    await quick(page, "Offline mode", "Review");
    await page.getByText("Updated 1 post.").waitFor();
    expect(await statusOf(first.id)).toBe("UNDER_REVIEW");

    // Planned leaves the roadmap: the first ACTIVE status still on it is In progress, and Plan follows.
    await admin.client.ok(`mutation { updateStatus(key: PLANNED, input: { onRoadmap: false }) { key } }`);
    await page.reload();
    await quick(page, "Keyboard shortcuts", "Plan");
    await page.getByText("Updated 1 post.").waitFor();
    expect(await statusOf(second.id)).toBe("IN_PROGRESS");
    await admin.client.ok(`mutation { updateStatus(key: PLANNED, input: { onRoadmap: true }) { key } }`);
    await context.close();
    expect(errors).toEqual([]);
  });
});
