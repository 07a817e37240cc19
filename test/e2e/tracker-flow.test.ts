/**
 * Trackers and live updates in a real browser against the real server and the fake Linear API:
 * a manager turns a post into a Linear issue from the post's tracker panel and sees the link
 * become LINKED; Linear then "moves" the issue and sends its webhook, and the member's post page,
 * open all along, shows the new status without a reload. Then the staff screens: tracker settings
 * (connection test, status mapping), sync health and the dashboard, each screenshotted to
 * test/artifacts/ and checked with axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildBoard, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { startFakeLinear, type FakeLinear } from "../fakes/fake-linear.js";
import { freePort } from "../support/free-port.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { CREATE_CONNECTION } from "../trackers/support.js";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import { chromiumAvailable, DESKTOP, ensureWebBuild, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE, horizontalOverflow } from "./support/browser.js";

const STEP_TIMEOUT = 60_000;
const POST_TITLE = "Offline mode for field technicians";

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "trackers and live updates in the browser" : `trackers and live updates (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let linear: FakeLinear;
  let browser: Browser;
  let admin: SignedInMember;
  let manager: SignedInMember;
  let member: SignedInMember;
  let connectionId = "";
  let postId = "";
  const errors: string[] = [];

  async function expectAccessible(page: Page, screen: string) {
    expect(await seriousA11yViolations(page), `axe on ${screen}`).toEqual([]);
  }

  /** A browser context carrying the factory member's session cookie (no UI login). */
  const contextFor = (who: SignedInMember, viewport = DESKTOP) => openContext(browser, app, { as: who.client, viewport, errors, consoleErrors: true });

  beforeAll(async () => {
    await ensureWebBuild();
    [app, linear] = await Promise.all([startTestApp(), startFakeLinear()]);
    admin = await buildMember(app, { role: Role.ADMIN, displayName: "Ali Admin" });
    manager = await buildMember(app, { role: Role.MANAGER, displayName: "Maya Manager" });
    member = await buildMember(app, { displayName: "Nora Member" });
    const board = await buildBoard(app, { name: "Mobile app", slug: "mobile" });
    const post = await buildPost(app, { author: member.member, board, kind: PostKind.IDEA, title: POST_TITLE, body: "Let technicians work without signal and sync later." });
    postId = post.id;
    // A little activity for the dashboard: more posts and votes this week.
    const others = await Promise.all([
      buildPost(app, { author: member.member, board, kind: PostKind.BUG, title: "Sync loses photos on reconnect" }),
      buildPost(app, { author: member.member, board, kind: PostKind.USABILITY, title: "Hard to find the export button" }),
    ]);
    for (const id of [postId, others[0].id]) await member.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id });
    const created = await admin.client.ok(CREATE_CONNECTION, {
      kind: "LINEAR",
      input: { name: "Linear", apiToken: linear.apiKey, teamId: linear.team.id, apiUrl: linear.apiUrl, webhookSecret: linear.webhookSecret },
    });
    connectionId = created.createTrackerConnection.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await linear?.close();
  });

  it("links a post to a new Linear issue; the member's open page follows the issue live", async () => {
    // The member opens the post and keeps it open.
    const memberContext = await contextFor(member);
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/posts/${postId}`);
    await memberPage.getByRole("heading", { level: 1, name: POST_TITLE }).waitFor();
    await memberPage.getByTestId("live-status").getByText("Live", { exact: true }).waitFor();
    let navigations = 0;
    memberPage.on("framenavigated", (frame) => {
      if (frame === memberPage.mainFrame()) navigations++;
    });
    await memberPage.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    // The manager creates the issue from the tracker panel.
    const managerContext = await contextFor(manager);
    const page = await managerContext.newPage();
    await page.goto(`${app.url}/posts/${postId}`);
    const panel = page.getByRole("region", { name: "Tracker issues" });
    await panel.getByText("Not linked to a tracker issue yet.").waitFor();
    await panel.getByRole("button", { name: "Create issue in Linear" }).click();
    const link = panel.getByTestId("tracker-link");
    await link.getByTestId("link-state").getByText("Linked").waitFor();
    const issueLink = link.getByRole("link", { name: /^ENG-\d+/ });
    const issueKey = (await issueLink.textContent())?.match(/ENG-\d+/)?.[0] ?? "";
    expect(issueKey).toMatch(/^ENG-\d+$/);
    expect(await issueLink.getAttribute("href")).toContain(issueKey);
    expect(linear.issues.size).toBe(1);
    await expectAccessible(page, "post page with tracker panel");
    await screenshot(page, "11-tracker-panel");

    // Linear moves the issue and calls the webhook.
    const delivery = linear.setIssueState(issueKey, "In Progress");
    const response = await fetch(`${app.url}/webhooks/linear/${connectionId}`, { method: "POST", headers: delivery.headers, body: new Uint8Array(delivery.rawBody) });
    expect(response.ok).toBe(true);

    // The member sees it without reloading; so does the manager's panel.
    await memberPage.locator("article.main header").getByText("In progress").waitFor({ timeout: 15_000 });
    await memberPage.getByRole("region", { name: "Timeline" }).getByText("via Linear").first().waitFor();
    await memberPage.getByTestId("tracker-progress").waitFor();
    expect(navigations, "the member's page did not navigate").toBe(0);
    expect(await memberPage.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await link.getByTestId("tracker-state").getByText("In Progress").waitFor();
    await expectAccessible(memberPage, "post page after a live update");
    await screenshot(memberPage, "12-post-live-update");
    await managerContext.close();
    await memberContext.close();
  }, STEP_TIMEOUT);

  it("lets an admin test a connection and tune its status mapping, and see sync health", async () => {
    const context = await contextFor(admin);
    const page = await context.newPage();
    await page.goto(`${app.url}/settings/trackers`);
    const card = page.getByRole("article", { name: "Linear" });
    // Saving tested the connection and read its workflow states already.
    await card.getByLabel("Post status for “Todo”").waitFor();
    expect(await card.getByTestId("connection-untested").count()).toBe(0);
    expect(await card.getByLabel("Webhook URL").inputValue()).toBe(`${app.config.publicUrl}/webhooks/linear/${connectionId}`);

    await card.getByRole("button", { name: "Test connection" }).click();
    await card.getByTestId("connection-test-result").getByText("Connection works.").waitFor();
    const todo = card.getByLabel("Post status for “Todo”");
    await todo.waitFor();
    await todo.selectOption("UNDER_REVIEW");
    await card.getByRole("button", { name: "Save mapping" }).click();
    await page.getByText("Status mapping saved.").waitFor();
    expect(await todo.inputValue(), "the override is kept").toBe("UNDER_REVIEW");
    await expectAccessible(page, "tracker settings");
    await screenshot(page, "13-settings-trackers");

    await card.getByRole("button", { name: "Edit Linear" }).click();
    await card.getByLabel("API key").waitFor();
    expect(await card.getByLabel("API key").inputValue(), "secrets are write-only").toBe("");
    await card.getByText("Leave empty to keep the current one.").first().waitFor();
    await expectAccessible(page, "tracker connection form");
    await screenshot(page, "14-settings-connection-form");
    await card.getByRole("button", { name: "Cancel" }).click();

    await page.goto(`${app.url}/settings/sync`);
    const deliveries = page.getByRole("region", { name: "Recent webhook deliveries" });
    await deliveries.getByText("Applied").first().waitFor();
    await deliveries.getByRole("button", { name: /^Replay delivery/ }).first().waitFor();
    const linearHealth = page.getByTestId("connection-health").filter({ hasText: "Linear" });
    expect(await linearHealth.getByTestId("health-level").textContent()).toBe("Healthy");
    expect(await page.locator("body").textContent(), "no raw job payloads").not.toMatch(/null|linkId|tracker\.create-issue/);
    await expectAccessible(page, "sync health");
    await screenshot(page, "15-sync-health");
    await context.close();

    const phone = await contextFor(admin, PHONE);
    const mobile = await phone.newPage();
    await mobile.goto(`${app.url}/settings/trackers`);
    await mobile.getByRole("article", { name: "Linear" }).getByLabel("Post status for “Todo”").waitFor();
    await screenshot(mobile, "15b-phone-settings-trackers");
    const overflow = await horizontalOverflow(mobile);
    expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
    await phone.close();
  }, STEP_TIMEOUT);

  it("a tracker nobody answers: the admin must save it untested on purpose; staff see why links wait, per link, on a phone too", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const adminContext = await contextFor(admin);
    const settings = await adminContext.newPage();
    await settings.goto(`${app.url}/settings/trackers`);
    await settings.getByRole("button", { name: "Add Jira project" }).click();
    const form = settings.locator("form.connection-form");
    await form.getByLabel("Name").fill("Jira (down)");
    await form.getByLabel("Site URL").fill(deadUrl);
    await form.getByLabel("Project key").fill("DOWN");
    await form.getByLabel("API token").fill("some-token");
    await form.getByRole("button", { name: "Connect" }).click();
    const failure = form.getByTestId("connection-test-failure");
    await failure.getByText(/Could not reach Jira/).waitFor();
    expect(await settings.getByRole("article", { name: "Jira (down)" }).count(), "not saved yet").toBe(0);
    await failure.getByLabel("Save it untested anyway").check();
    await form.getByRole("button", { name: "Connect" }).click();
    const card = settings.getByRole("article", { name: "Jira (down)" });
    await card.getByTestId("connection-untested").waitFor();
    await adminContext.close();

    const post = await buildPost(app, { author: member.member, title: "Waiting on a tracker that is down" });
    const managerContext = await contextFor(manager);
    const page = await managerContext.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    const panel = page.getByRole("region", { name: "Tracker issues" });
    const create = panel.getByRole("button", { name: "Create issue in Jira (down)" });
    await create.dblclick();
    const link = panel.getByTestId("tracker-link");
    await link.getByTestId("link-error").getByText(/Last error: Could not reach Jira/).waitFor({ timeout: 15_000 });
    expect(await link.count(), "a double click makes one link").toBe(1);
    expect(await panel.getByRole("button", { name: /Creating the issue/ }).isDisabled(), "no second create while one is pending").toBe(true);
    expect(await link.getByTestId("link-story").textContent()).toMatch(/failed attempts? so far/);
    await link.getByRole("button", { name: "Retry now" }).waitFor();
    await screenshot(page, "15c-tracker-panel-waiting");
    const links = await manager.client.ok(`query($id: ID!) { post(id: $id) { trackerLinks { id } } }`, { id: post.id });
    expect(links.post.trackerLinks).toHaveLength(1);
    await managerContext.close();

    const phone = await contextFor(admin, PHONE);
    const mobile = await phone.newPage();
    await mobile.goto(`${app.url}/settings/sync`);
    const health = mobile.getByTestId("connection-health").filter({ hasText: "Jira (down)" });
    expect(["Degraded", "Failing"]).toContain(await health.getByTestId("health-level").textContent());
    const attention = mobile.getByTestId("attention-link").filter({ hasText: "Waiting on a tracker that is down" });
    await attention.getByTestId("link-error").waitFor();
    await attention.getByRole("button", { name: "Retry now" }).waitFor();
    // Readable on a phone: lines of words, not a column one letter wide.
    const storyWidth = await attention.getByTestId("link-story").evaluate((element) => element.getBoundingClientRect().width);
    expect(storyWidth).toBeGreaterThan(250);
    expect(await horizontalOverflow(mobile), "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
    await expectAccessible(mobile, "sync health (phone)");
    await screenshot(mobile, "15d-phone-sync-health");
    await phone.close();
  }, STEP_TIMEOUT);

  it("shows a manager the dashboard, on desktop and on a phone", async () => {
    const context = await contextFor(manager);
    const page = await context.newPage();
    await page.goto(`${app.url}/dashboard`);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await page.getByRole("img", { name: /Stacked bar chart of submissions/ }).waitFor();
    const unlinked = page.getByRole("region", { name: "Most-voted posts without a tracker issue" });
    await unlinked.getByRole("link", { name: "Sync loses photos on reconnect" }).waitFor();
    expect(await unlinked.getByRole("link", { name: POST_TITLE }).count(), "a linked post is not listed").toBe(0);
    await expectAccessible(page, "dashboard");
    await screenshot(page, "16-dashboard");
    await context.close();

    const phone = await contextFor(manager, PHONE);
    const mobile = await phone.newPage();
    await mobile.goto(`${app.url}/dashboard`);
    await mobile.getByRole("img", { name: /Stacked bar chart of submissions/ }).waitFor();
    await expectAccessible(mobile, "dashboard (phone)");
    await screenshot(mobile, "17-phone-dashboard");
    const overflow = await horizontalOverflow(mobile);
    expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
    await phone.close();

    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);
});
