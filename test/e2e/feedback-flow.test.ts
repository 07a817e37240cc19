/**
 * The web app in a real browser against the real server: a member signs up, submits a bug, is
 * offered a duplicate, votes and comments; a manager triages it with a public note; the member
 * sees the new status; a manager looks the author up in the member directory and records a vote on
 * a member's behalf; a bulk status change of two posts says how many notifications it will send.
 * Screenshots of the main screens go to test/artifacts/ and every main screen is checked with
 * axe-core (no serious or critical violations).
 *
 * Here the member reloads to see the manager's change (what the server returns on a fresh load);
 * live updates without a reload are covered by tracker-flow.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildBoard, buildMember, buildPost, buildTag } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { Role } from "../../server/members/role.js";
import { PostKind } from "../../server/posts/post-enums.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { chromiumAvailable, DESKTOP, ensureWebBuild, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE, horizontalOverflow } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

/** Generous per-test limit: a loaded CI machine can make each browser step slow. */
const STEP_TIMEOUT = 60_000;
const EXISTING_BUG = "App crashes when uploading a photo";
const NEW_BUG = "App crashes when uploading photos from the gallery";
const VOTE = `mutation($id: ID!) { vote(postId: $id) { id } }`;

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "web app in the browser" : `web app in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let member: BrowserContext;
  let memberPage: Page;
  let postUrl = "";
  const errors: string[] = [];

  async function expectAccessible(page: Page, screen: string) {
    const violations = await seriousA11yViolations(page);
    expect(violations, `axe on ${screen}`).toEqual([]);
  }

  const newContext = (viewport = DESKTOP, as?: GraphQLClient) => openContext(browser, app, { as, viewport, errors, consoleErrors: true });

  /** A browser context signed in as a new factory member. */
  async function contextFor(role: Role, displayName: string, viewport = DESKTOP) {
    const { client } = await buildMember(app, { role, displayName });
    return newContext(viewport, client);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    const board = await buildBoard(app, { name: "Mobile app", slug: "mobile" });
    await buildBoard(app, { name: "Web dashboard", slug: "web" });
    await buildTag(app, "photos");
    const { member: author } = await buildMember(app, { displayName: "Ada Early" });
    await buildPost(app, { author, board, kind: PostKind.BUG, title: EXISTING_BUG, body: "Every time I pick a large photo the app closes." });
    await buildPost(app, { author, board, kind: PostKind.IDEA, title: "Dark mode for the mobile app", body: "Easier on the eyes at night." });
    browser = await launchBrowser();
    member = await newContext();
    memberPage = await member.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("lets a member sign up, submit a bug, see a duplicate, vote and comment", async () => {
    const page = memberPage;
    await page.goto(`${app.url}/signup`);
    await expectAccessible(page, "sign up");
    await screenshot(page, "01-sign-up");
    await page.getByLabel("Display name").fill("Nora Newcomer");
    await page.getByLabel("Email").fill("nora@example.com");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${app.url}/`);
    await page.getByRole("button", { name: /Account menu for Nora Newcomer/ }).waitFor();

    await page.getByRole("heading", { name: EXISTING_BUG }).waitFor();
    await expectAccessible(page, "post list");
    await screenshot(page, "02-post-list");

    await page.getByRole("link", { name: "New post" }).click();
    await page.waitForURL(`${app.url}/new`);
    await page.getByText("Bug report", { exact: true }).click();
    await page.getByRole("combobox", { name: /^Board/ }).selectOption({ label: "Mobile app" });
    await page.getByLabel("Title").fill(NEW_BUG);
    const suggestions = page.getByTestId("similar-posts");
    await suggestions.getByRole("link", { name: EXISTING_BUG }).waitFor();
    await suggestions.getByRole("heading", { name: "Is it one of these? Vote instead" }).waitFor();
    await page.getByLabel("Steps to reproduce").fill("1. Open the gallery\n2. Pick three photos\n3. Tap Upload");
    await page.getByLabel("What did you expect?").fill("The photos upload.");
    await page.getByLabel("What happened instead?").fill("The app closes without a message.");
    await page.getByLabel("Environment").fill("Pixel 8, Android 15, app 4.2.0");
    await page.getByLabel("Severity").selectOption("HIGH");
    await expectAccessible(page, "submit form");
    await screenshot(page, "03-submit-with-duplicates");

    await page.getByRole("button", { name: "Submit" }).click();
    await page.waitForURL(/\/posts\/[^/]+$/);
    postUrl = page.url();
    await page.getByRole("heading", { level: 1, name: NEW_BUG }).waitFor();
    await page.getByText("The app closes without a message.").waitFor();

    const vote = page.getByTestId("vote-button").first();
    expect(await vote.getAttribute("aria-pressed")).toBe("false");
    await vote.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="vote-button"]')?.getAttribute("aria-pressed") === "true");
    expect(await page.getByTestId("vote-count").first().textContent()).toBe("1");

    await page.getByLabel("Add a comment").fill("Happens on **Wi-Fi** and mobile data.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await page.locator(".markdown strong", { hasText: "Wi-Fi" }).waitFor();
    await page.getByRole("button", { name: "Reply", exact: true }).click();
    await page.getByLabel("Reply to Nora Newcomer").fill("Also with a single photo.");
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.locator(".thread.nested").getByText("Also with a single photo.").waitFor();

    // The vote survives a reload (the server kept it).
    await page.reload();
    await page.getByRole("heading", { level: 1, name: NEW_BUG }).waitFor();
    expect(await page.getByTestId("vote-count").first().textContent()).toBe("1");
    await expectAccessible(page, "post page");
    await screenshot(page, "04-post-page");
  }, STEP_TIMEOUT);

  it("lets a manager set the status with a public note from the triage inbox; the member sees it", async () => {
    expect(postUrl).not.toBe("");
    const manager = await contextFor(Role.MANAGER, "Maya Manager");
    const page = await manager.newPage();
    await page.goto(`${app.url}/triage`);
    const row = page.getByRole("checkbox", { name: `Select “${NEW_BUG}”` });
    await row.waitFor();
    await expectAccessible(page, "triage inbox");

    // Keyboard: the most-voted post is first; x selects the focused row.
    await page.getByRole("heading", { level: 1, name: "Triage inbox" }).click();
    await page.keyboard.press("x");
    expect(await row.isChecked()).toBe(true);
    await page.getByText("1 selected").waitFor();
    await page.getByRole("button", { name: "Set status" }).click();
    await page.getByLabel("New status").selectOption("PLANNED");
    await page.getByLabel("Public note").fill("Thanks for the detailed report! A fix is planned for 4.3.");
    await screenshot(page, "05-triage-bulk-status");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByText("Updated 1 post.").waitFor();
    await row.waitFor({ state: "detached" });
    await manager.close();

    // A fresh load shows the change (live updates are tested in tracker-flow.test.ts).
    const memberView = memberPage;
    await memberView.goto(postUrl);
    await memberView.getByRole("heading", { level: 1, name: NEW_BUG }).waitFor();
    const header = memberView.locator("article.main header");
    await header.getByText("Planned").waitFor();
    const timeline = memberView.getByRole("region", { name: "Timeline" });
    await timeline.getByText("A fix is planned for 4.3.").waitFor();
    await timeline.getByText("by Maya Manager").waitFor();
    await screenshot(memberView, "06-post-after-triage");
  }, STEP_TIMEOUT);

  it("shows the roadmap, login and phone layouts accessibly", async () => {
    const page = memberPage;
    await page.goto(`${app.url}/roadmap`);
    await page.getByRole("region", { name: /Planned/ }).getByRole("link", { name: NEW_BUG }).waitFor();
    await expectAccessible(page, "roadmap");
    await screenshot(page, "07-roadmap");

    const anonymous = await newContext();
    const login = await anonymous.newPage();
    await login.goto(`${app.url}/login`);
    await login.getByRole("heading", { name: "Welcome back" }).waitFor();
    await login.getByRole("button", { name: "Log in" }).last().click();
    await login.getByText("Required").first().waitFor();
    await expectAccessible(login, "log in");
    await screenshot(login, "08-log-in");
    await anonymous.close();

    const phone = await newContext(PHONE);
    const mobile = await phone.newPage();
    await mobile.goto(`${app.url}/`);
    await mobile.getByRole("heading", { name: EXISTING_BUG }).waitFor();
    await expectAccessible(mobile, "post list (phone)");
    await screenshot(mobile, "09-phone-post-list");
    await mobile.goto(postUrl);
    await mobile.getByRole("heading", { level: 1, name: NEW_BUG }).waitFor();
    await expectAccessible(mobile, "post page (phone)");
    await screenshot(mobile, "10-phone-post-page");
    const overflow = await horizontalOverflow(mobile);
    expect(overflow, "no horizontal scrolling on a phone").toBeLessThanOrEqual(0);
    await phone.close();

    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);

  it("lets a manager find a member, see their history and record a vote on their behalf", async () => {
    expect(postUrl).not.toBe("");
    const manager = await contextFor(Role.MANAGER, "Mo Manager");
    const page = await manager.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole("button", { name: /Account menu for Mo Manager/ }).click();
    await page.getByRole("link", { name: "Members" }).click();
    await page.waitForURL(`${app.url}/members`);
    await page.getByRole("heading", { level: 1, name: "Members" }).waitFor();

    await page.getByLabel("Search members").fill("Ada");
    await page.waitForURL(/\/members\?search=Ada$/);
    const table = page.getByTestId("members-table");
    await table.getByRole("link", { name: "Nora Newcomer" }).waitFor({ state: "detached" });
    const row = table.getByRole("row", { name: /Ada Early/ });
    await row.waitFor();
    expect(await row.getByRole("cell").nth(3).textContent()).toBe("2");
    await expectAccessible(page, "members");
    await screenshot(page, "18-members");

    await row.getByRole("link", { name: "Ada Early" }).click();
    await page.waitForURL(/\/members\/[^/?]+$/);
    await page.getByRole("heading", { level: 1, name: "Ada Early" }).waitFor();
    await page.getByRole("region", { name: /Posts/ }).getByRole("link", { name: "Dark mode for the mobile app" }).waitFor();
    await expectAccessible(page, "member page");

    await page.goto(postUrl);
    await page.getByRole("heading", { level: 1, name: NEW_BUG }).waitFor();
    const voters = page.getByTestId("voters-panel");
    await voters.getByRole("link", { name: "Nora Newcomer" }).waitFor();
    expect(await voters.getByTestId("voters-count").textContent()).toBe("(1)");
    await voters.getByLabel("Find member").fill("Ada");
    await voters.getByLabel("Member", { exact: true }).waitFor();
    await voters.getByRole("button", { name: "Record vote" }).click();
    await voters.getByText("recorded by Mo Manager").waitFor();
    await voters.getByRole("link", { name: "Ada Early" }).waitFor();
    expect(await voters.getByTestId("voters-count").textContent()).toBe("(2)");
    expect(await page.getByTestId("vote-count").first().textContent()).toBe("2");
    await expectAccessible(page, "post page with voters");
    await manager.close();

    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);

  it("tells a manager how many notifications a bulk status change of two posts will send, and then sends them", async () => {
    const board = await buildBoard(app, { name: "Calendar", slug: "calendar" });
    const { member: author } = await buildMember(app);
    const first = await buildPost(app, { author, board, title: "Sync with Google Calendar" });
    const second = await buildPost(app, { author, board, title: "Export events to Outlook" });
    // Voting follows a post: one voter follows both, another only the first (no verified address: in the app only).
    const [both, one] = [await buildMember(app), await buildMember(app)];
    for (const post of [first, second]) await both.client.ok(VOTE, { id: post.id });
    await one.client.ok(VOTE, { id: first.id });

    const manager = await contextFor(Role.MANAGER, "Mila Manager");
    const page = await manager.newPage();
    await page.goto(`${app.url}/triage?board=${board.id}`);
    const select = (title: string) => page.getByRole("checkbox", { name: `Select “${title}”` });
    await select(first.title).check();
    await page.getByRole("button", { name: "Set status" }).click();
    const form = page.getByRole("form", { name: "Set status" });
    const reach = form.getByTestId("notify-reach");
    // One post: its followers.
    await expect.poll(() => reach.textContent()).toBe("This will notify 2 followers: 0 by e-mail now, 0 in a digest, 2 in the app only.");
    await select(second.title).check();
    await page.getByText("2 selected").waitFor();
    // Two posts: each change tells that post's followers, so the voter following both counts twice.
    await expect.poll(() => reach.textContent()).toBe("This will send 3 notifications, one per post to each of its followers: 0 by e-mail now, 0 in a digest, 3 in the app only.");
    await expectAccessible(page, "triage bulk status change with its notification count");
    await screenshot(page, "19-triage-bulk-notification-count");
    await form.getByLabel("New status").selectOption("PLANNED");
    await form.getByRole("button", { name: "Apply" }).click();
    await page.getByText("Updated 2 posts.").waitFor();
    await select(first.title).waitFor({ state: "detached" });
    await manager.close();

    // What the count said is what was sent.
    const sent = async () => {
      const [{ notifications }] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as notifications from notification where post_id in (?, ?)`, [first.id, second.id]);
      return notifications;
    };
    await expect.poll(sent, { timeout: 15_000 }).toBe(3);
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);
});
