/**
 * The community report in a real browser: a manager changes the dashboard's period and sees the
 * numbers follow, opens the posts behind a number, and downloads the report as CSV.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { Role } from "../../server/members/role.js";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const DAY = 86_400_000;

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "dashboard report in the browser" : `dashboard report in the browser (${SKIP_MESSAGE})`, () => {
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

  it("follows a period change, links a number to its posts and downloads the CSV", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const author = await buildMember(app);
    const board = await buildBoard(app, { name: "Reports board", slug: "reports" });
    // One post from an hour ago, one from 20 days ago, one from 45 days ago.
    await buildPost(app, { author: author.member, board, title: "Posted today", createdAt: new Date(Date.now() - 3_600_000) });
    await buildPost(app, { author: author.member, board, title: "Posted 20 days ago", createdAt: new Date(Date.now() - 20 * DAY) });
    await buildPost(app, { author: author.member, board, title: "Posted 45 days ago", createdAt: new Date(Date.now() - 45 * DAY) });

    const context = await openContext(browser, app, { as: manager.client, errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/dashboard`);
    const posts = page.getByTestId("kpi-POSTS");
    // Last 30 days by default: two posts, the 45-day-old one in the previous 30 days.
    await expect.poll(() => posts.locator(".kpi-value").textContent()).toBe("2");
    await expect.poll(() => posts.textContent()).toContain("+100% against the period before");
    expect(await seriousA11yViolations(page), "axe on the dashboard").toEqual([]);

    await page.getByLabel("Period").selectOption("7");
    await page.waitForURL(/days=7/);
    await expect.poll(() => posts.locator(".kpi-value").textContent()).toBe("1");
    await page.getByLabel("Period").selectOption("90");
    await expect.poll(() => posts.locator(".kpi-value").textContent()).toBe("3");
    await screenshot(page, "dashboard-report");

    // The CSV of what is on screen.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^community-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,item,week_start,value,previous,change_percent");
    expect(lines).toContain("count,POSTS,,3,0,");

    // The number links to the posts behind it: the period's posts.
    await page.getByLabel("Period").selectOption("7");
    await expect.poll(() => posts.locator(".kpi-value").textContent()).toBe("1");
    await posts.getByRole("link").click();
    await page.waitForURL(/from=.*to=/);
    await page.getByRole("link", { name: "Posted today" }).waitFor();
    await expect.poll(() => page.getByRole("link", { name: "Posted 20 days ago" }).count()).toBe(0);
    await page.getByTestId("period-filter").waitFor();

    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
