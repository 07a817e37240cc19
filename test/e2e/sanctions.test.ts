/**
 * Sanctions in a real browser: a moderator suspends a member from the member page; the member, whose
 * page was open from before, sees why and until when, and the sign-in page says the same; a silenced
 * member reads it in German; the admin finds the action in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { FACTORY_PASSWORD, buildMember, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "sanctions in the browser" : `sanctions in the browser (${SKIP_MESSAGE})`, () => {
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

  it("a moderator suspends a member from the member page; the member sees why and until when, and cannot sign in", async () => {
    const target = await buildMember(app, { displayName: "Trudy Troll" });
    // The member's tab is open from before the suspension.
    const memberContext = await openContext(browser, app, { errors, as: target.client });
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/`);
    await memberPage.getByRole("button", { name: "Account menu for Trudy Troll" }).waitFor();

    const context = await openContext(browser, app, { errors, as: moderator.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/members/${target.member.id}`);
    await page.getByRole("heading", { name: "Trudy Troll" }).waitFor();
    await page.getByTestId("member-sanctions").getByText("No warnings, silences or suspensions.").waitFor();
    await page.getByRole("button", { name: "Warn, silence or suspend" }).click();
    const dialog = page.getByRole("dialog", { name: "Sanction Trudy Troll" });
    await dialog.getByLabel("Suspend").check();
    await dialog.getByLabel("For how long").selectOption({ label: "7 days" });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Apply" }).click();
    await dialog.getByRole("alert").getByText("Required").waitFor();
    await dialog.getByLabel("Reason (the member sees it)").fill("Repeated insults in the comments");
    await screenshot(page, "sanction-dialog");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await page.getByText("Suspend: Trudy Troll has been told.").waitFor();
    const list = page.getByTestId("member-sanctions");
    await list.getByText("Repeated insults in the comments").waitFor();
    await list.getByText("In force").waitFor();
    await list.getByText("by Mo Moderator").waitFor();
    await screenshot(page, "sanction-member-page");

    // The member's open tab: the next page load says why and until when; their name is gone from the header.
    await memberPage.reload();
    const banner = memberPage.getByTestId("sanction-banner");
    await banner.getByText(/^Your account is suspended until .+\. You can read, but not sign in or take part\. Reason given by the community team: “Repeated insults in the comments”$/).waitFor();
    expect(await memberPage.getByRole("button", { name: "Account menu for Trudy Troll" }).count()).toBe(0);
    await screenshot(memberPage, "sanction-suspended-banner");
    await banner.getByRole("button", { name: "Log out" }).click();
    await banner.waitFor({ state: "detached" });

    // Signing in again is refused with the same words.
    await memberPage.goto(`${app.url}/login`);
    await memberPage.getByLabel("Email").fill(target.member.email);
    await memberPage.getByLabel("Password").fill(FACTORY_PASSWORD);
    await memberPage.getByRole("button", { name: "Log in" }).click();
    await memberPage.getByText(/Your account is suspended until .+ Reason given by the community team: “Repeated insults in the comments”/).waitFor();
    await screenshot(memberPage, "sanction-sign-in-refused");
    await memberContext.close();
    await context.close();

    // The admin finds it in the audit log, and narrows it to that member.
    const adminContext = await openContext(browser, app, { errors, as: admin.client });
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`${app.url}/settings/audit-log`);
    const row = adminPage.getByTestId("audit-entry").filter({ hasText: "Trudy Troll" });
    await row.getByText("Suspended a member").waitFor();
    await row.getByText("Repeated insults in the comments").waitFor();
    expect(await row.getByText("Mo Moderator").count()).toBe(1);
    await row.getByRole("button", { name: "Trudy Troll" }).click();
    await adminPage.waitForURL(`**/settings/audit-log?member=${target.member.id}`);
    await adminPage.getByText("Concerning member: Trudy Troll").waitFor();
    expect(await adminPage.getByTestId("audit-entry").count()).toBe(1);
    await adminPage.getByLabel("Action").selectOption({ label: "Warned a member" });
    await adminPage.getByText("No staff actions match.").waitFor();
    expect(await seriousA11yViolations(adminPage)).toEqual([]);
    await adminContext.close();
    expect(errors).toEqual([]);
  });

  it("a silenced member reads in German that they may vote but not write, until when, and why", async () => {
    const target = await buildMember(app, { displayName: "Stefan Still" });
    await moderator.client.ok(`mutation($id: ID!, $until: DateTimeISO!) { silenceMember(memberId: $id, until: $until, reason: "Zu viele Doppelposts") { id } }`, {
      id: target.member.id,
      until: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const context = await openContext(browser, app, { errors, as: target.client, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByTestId("sanction-banner").getByText(/^Du kannst lesen, abstimmen und Beiträgen folgen, aber bis .+ nichts posten oder kommentieren\. Begründung des Community-Teams: „Zu viele Doppelposts“$/).waitFor();
    await screenshot(page, "sanction-silenced-banner-de");
    await context.close();
    expect(errors).toEqual([]);
  });
});
