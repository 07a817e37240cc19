/**
 * Trust levels in a real browser: a moderator sets a member's level from the member page and sees the
 * reason kept with it, and the related account opened from the same address; an admin changes a limit
 * under Settings → Trust levels and finds it saved after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildMember, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "trust levels in the browser" : `trust levels in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let moderator: SignedInMember;
  let admin: SignedInMember;
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    admin = await buildMember(app, { role: "ADMIN" as Role, displayName: "Ada Admin" });
    moderator = await buildMember(app, { role: "MODERATOR" as Role, displayName: "Mo Moderator" });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a moderator sets a member's trust level with a reason, and sees an account opened from the same address", async () => {
    const target = await buildMember(app, { displayName: "Helga Helper" });
    const twin = await buildMember(app, { displayName: "Helga Again" });
    await app.orm.em.fork().getConnection().execute(`update member set sign_up_ip = '198.51.100.4' where id in (?, ?)`, [target.member.id, twin.member.id]);

    const context = await openContext(browser, app, { errors, as: moderator.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/members/${target.member.id}`);
    const trust = page.getByTestId("member-trust");
    await trust.getByRole("strong").getByText("Level 0 · New").waitFor();
    await page.getByTestId("member-related").getByRole("link", { name: "Helga Again" }).waitFor();
    await trust.getByLabel("Level").selectOption({ label: "Level 3 · Regular" });
    await trust.getByLabel("Why").fill("Answers newcomers every day");
    await trust.getByRole("button", { name: "Set level" }).click();
    await page.getByText("Trust level saved.").waitFor();
    await trust.getByRole("strong").getByText("Level 3 · Regular").waitFor();
    await trust.getByText("Answers newcomers every day").waitFor();
    await trust.getByText(/Set by Mo Moderator on/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "member-trust");
    await context.close();
  });

  it("an admin changes a level's limit under Settings → Trust levels", async () => {
    const context = await openContext(browser, app, { errors, as: admin.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/settings/trust`);
    await page.getByRole("heading", { name: "Trust levels" }).waitFor();
    const postsPerDay = page.getByLabel("Posts a day, Level 0 · New");
    await postsPerDay.fill("5");
    await page.getByLabel("Blocked e-mail domains (one per line)").fill("spam.example\n");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Trust settings saved.").waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel("Posts a day, Level 0 · New").inputValue()).toBe("5");
    expect(await page.getByLabel("Blocked e-mail domains (one per line)").inputValue()).toBe("spam.example");
    await screenshot(page, "trust-settings");
    await context.close();
    expect(errors).toEqual([]);
  });
});
