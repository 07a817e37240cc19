/**
 * What a community member and a manager see of the portal's newer screens, in a real browser:
 * editing one's own post and comment (as long as the server allows it) with an "edited" marker,
 * staff editing a post; Settings → Boards and Tags; "Did you mean …" for a mistyped search; a
 * member's own activity page; and the phone layout (pinned header height, timeline before comments,
 * scroll cues on tab rows, e-mail addresses that do not break mid-word), plus the German header search.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { Role } from "../../server/members/role.js";
import type { Member } from "../../server/members/member.entity.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { chromiumAvailable, DESKTOP, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const STEP_TIMEOUT = 60_000;
const FRESH = "Dark mode for the mobile app";
const OLD = "Offline sync for field teams";
const LONG_EMAIL = "maximiliane.mustermann-schmidt@beispielunternehmen-international.example";

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "portal features in the browser" : `portal features in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let author: { member: Member; client: GraphQLClient };
  let freshId = "";
  let oldId = "";
  const errors: string[] = [];

  const newContext = (viewport = DESKTOP, locale = "en-US") => openContext(browser, app, { viewport, locale, errors });
  const signedIn = (client: GraphQLClient, viewport = DESKTOP, locale = "en-US") => openContext(browser, app, { as: client, viewport, locale, errors });

  async function expectAccessible(page: Page, screen: string) {
    expect(await seriousA11yViolations(page), `axe on ${screen}`).toEqual([]);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp({ authorEditGraceMinutes: 30 });
    const board = await buildBoard(app, { name: "Mobile app", slug: "mobile" });
    for (const name of ["Web dashboard", "Public API", "Integrations", "Billing and invoices", "Accessibility"]) {
      await buildBoard(app, { name, slug: name.toLowerCase().replace(/\W+/g, "-") });
    }
    author = await buildMember(app, { displayName: "Ada Author", email: LONG_EMAIL });
    freshId = (await buildPost(app, { author: author.member, board, title: FRESH, body: "Easier on the eyes at night." })).id;
    oldId = (await buildPost(app, { author: author.member, board, title: OLD, createdAt: new Date(Date.now() - 3 * 3600_000) })).id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("lets a member edit their own post and comment while the server allows it, and marks them edited", async () => {
    const other = await buildMember(app, { displayName: "Olga Other" });
    await other.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Yes please" }) { id } }`, { id: freshId });
    const context = await signedIn(author.client);
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${freshId}`);
    await page.getByRole("heading", { level: 1, name: FRESH }).waitFor();
    await page.getByRole("button", { name: "Edit post" }).click();
    await page.getByLabel("Title").fill("Dark mode for the mobile and web app");
    await page.getByLabel("Description").fill("Easier on the eyes at **night**.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Dark mode for the mobile and web app" }).waitFor();
    await page.locator(".body .markdown strong", { hasText: "night" }).waitFor();
    await page.locator(".byline .edited", { hasText: "edited" }).waitFor();

    await page.getByLabel("Add a comment").fill("I would use it every evening.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    const mine = page.locator(".comment", { hasText: "I would use it every evening." });
    await mine.waitFor();
    // Only the viewer's own comment offers Edit.
    expect(await page.locator(".comment", { hasText: "Yes please" }).getByRole("button", { name: "Edit" }).count()).toBe(0);
    await mine.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Edit your comment").fill("I would use it every single evening.");
    await page.getByRole("button", { name: "Save changes" }).click();
    const edited = page.locator(".comment", { hasText: "I would use it every single evening." });
    await edited.getByText("edited").waitFor();

    // The server kept both, and still says "edited" after a reload.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Dark mode for the mobile and web app" }).waitFor();
    await page.locator(".comment", { hasText: "every single evening" }).getByText("edited").waitFor();
    await expectAccessible(page, "post page after editing");
    await screenshot(page, "portal-edit-post-and-comment");

    // Past the grace period the author cannot edit any more: no button promises it.
    await page.goto(`${app.url}/posts/${oldId}`);
    await page.getByRole("heading", { level: 1, name: OLD }).waitFor();
    expect(await page.getByRole("button", { name: "Edit post" }).count()).toBe(0);
    await context.close();

    // A moderator may edit any post at any time.
    const moderator = await buildMember(app, { role: Role.MODERATOR, displayName: "Mo Derator" });
    const staff = await signedIn(moderator.client);
    const staffPage = await staff.newPage();
    await staffPage.goto(`${app.url}/posts/${oldId}`);
    await staffPage.getByRole("button", { name: "Edit post" }).click();
    await staffPage.getByLabel("Title").fill("Offline sync for field teams (no phone numbers)");
    await staffPage.getByRole("button", { name: "Save changes" }).click();
    await staffPage.getByRole("heading", { level: 1, name: "Offline sync for field teams (no phone numbers)" }).waitFor();
    await staffPage.locator(".byline .edited").waitFor();
    await staff.close();
  }, STEP_TIMEOUT);

  it("lets a manager create, describe, reorder and archive boards and tags; members see the result", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Mia Manager" });
    const context = await signedIn(manager.client);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole("button", { name: /Account menu for Mia Manager/ }).click();
    await page.getByRole("link", { name: "Boards and tags" }).click();
    await page.getByRole("heading", { level: 1, name: "Boards" }).waitFor();

    const create = page.locator("form.create");
    await create.getByLabel("Name").fill("Beta program");
    await create.getByLabel("Description").fill("Early features for testers");
    await create.getByRole("button", { name: "Add" }).click();
    const row = (name: string) => page.getByTestId("catalog-item").filter({ has: page.getByRole("button", { name: `Save “${name}”` }) });
    await row("Beta program").waitFor();

    // Up to the top, one place at a time (each click waits for the last reorder to finish).
    for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Move “Beta program” up" }).click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="catalog-item"] input[name="name"]') as HTMLInputElement | null)?.value === "Beta program");
    expect(await page.getByRole("button", { name: "Move “Beta program” up" }).isDisabled()).toBe(true);

    // Archive one, rename and describe another.
    await page.getByRole("button", { name: "Archive “Web dashboard”" }).click();
    await row("Web dashboard").getByText("Archived").waitFor();
    const api = row("Public API");
    await api.getByLabel("Description").fill("REST and GraphQL");
    await api.getByLabel("Name").fill("Developer API");
    await api.getByRole("button", { name: "Save “Public API”" }).click();
    await page.getByText("“Developer API” saved.").waitFor();
    await expectAccessible(page, "settings boards");
    await screenshot(page, "portal-settings-boards");

    await page.getByRole("link", { name: "Tags", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Tags" }).waitFor();
    await page.locator("form.create").getByLabel("Name").fill("accessibility");
    await page.locator("form.create").getByLabel("Description").fill("Screen readers, contrast, keyboard");
    await page.locator("form.create").getByRole("button", { name: "Add" }).click();
    await row("accessibility").waitFor();
    await screenshot(page, "portal-settings-tags");
    await context.close();

    // A member's board tabs and submit form follow: new order, renamed, archived gone.
    const member = await buildMember(app, { displayName: "Nia Member" });
    const memberContext = await signedIn(member.client);
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/`);
    const tabs = memberPage.locator("nav.boards a");
    await tabs.nth(1).waitFor();
    const tabNames = await tabs.allTextContents();
    expect(tabNames[1]).toBe("Beta program");
    expect(tabNames).toContain("Developer API");
    expect(tabNames).not.toContain("Web dashboard");
    await memberPage.goto(`${app.url}/new`);
    const boardSelect = memberPage.getByRole("combobox", { name: /^Board/ });
    // The boards load after the form renders: wait for them before reading the list.
    await boardSelect.locator("option", { hasText: "Beta program" }).waitFor({ state: "attached" });
    const options = await boardSelect.locator("option").allTextContents();
    expect(options).toContain("Beta program");
    expect(options).not.toContain("Web dashboard");
    await memberContext.close();
  }, STEP_TIMEOUT);

  it("answers a mistyped search with “Did you mean …”", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/?q=${encodeURIComponent("dark mdoe")}`);
    const hint = page.getByTestId("did-you-mean");
    await hint.waitFor();
    expect(await hint.textContent()).toContain("Did you mean");
    await hint.getByRole("link", { name: /Dark mode/ }).waitFor();
    await screenshot(page, "portal-search-did-you-mean");
    await context.close();
  }, STEP_TIMEOUT);

  it("gives a member their own page: my posts, my votes, following, comments rendered with the post's title", async () => {
    await author.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: oldId });
    const context = await signedIn(author.client);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole("button", { name: /Account menu for Ada Author/ }).click();
    await page.getByRole("link", { name: "My activity" }).click();
    await page.waitForURL(`${app.url}/me`);
    await page.getByRole("heading", { level: 2, name: "My posts (2)" }).waitFor();
    expect(await page.locator("section[aria-labelledby='member-posts-heading'] article").count()).toBe(2);
    const votes = page.locator("section[aria-labelledby='member-votes-heading']");
    await votes.getByRole("heading", { name: "My votes (1)" }).waitFor();
    await votes.getByRole("link", { name: /Offline sync for field teams/ }).waitFor();
    await page.locator("section[aria-labelledby='member-following-heading']").getByRole("link", { name: /Dark mode/ }).waitFor();
    const comments = page.locator("section[aria-labelledby='member-comments-heading']");
    await comments.getByRole("link", { name: /on “Dark mode for the mobile and web app”/ }).waitFor();
    expect(await comments.textContent()).not.toContain("**");
    await expectAccessible(page, "my activity");
    await screenshot(page, "portal-my-activity");
    await context.close();
  }, STEP_TIMEOUT);

  it("fits a phone: a short pinned header, timeline before comments, scroll cues, whole e-mail words", async () => {
    const context = await signedIn(author.client, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${freshId}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.locator("#comments-heading").waitFor();
    await screenshot(page, "portal-phone-post");

    // The part of the header that stays on screen while reading.
    // The header is at the top of the page, so whatever of it is still on screen after scrolling is pinned.
    await page.evaluate(() => scrollTo(0, 600));
    const pinned = await page.evaluate(() => {
      const header = document.querySelector(".site-header")!;
      const visible = [header, ...Array.from(header.querySelectorAll("*"))]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight)
        .map((rect) => Math.min(rect.bottom, innerHeight));
      return Math.max(0, ...visible) / innerHeight;
    });
    console.log(`phone: pinned header takes ${(pinned * 100).toFixed(1)}% of the screen`);
    expect(pinned).toBeLessThan(0.15);

    const order = await page.evaluate(() => ({
      timeline: document.getElementById("timeline-heading")!.getBoundingClientRect().top,
      comments: document.getElementById("comments-heading")!.getBoundingClientRect().top,
    }));
    expect(order.timeline).toBeLessThan(order.comments);
    expect(await horizontalOverflow(page)).toBe(0);

    // The board tabs scroll sideways and say so at the edge that has more.
    const cue = () => page.locator("nav.boards .board-row").evaluate((row) => ({ scrolls: row.scrollWidth > row.clientWidth, cue: row.getAttribute("data-scroll-cue") }));
    expect(await cue()).toEqual({ scrolls: true, cue: "end" });
    await page.locator("nav.boards .board-row").evaluate((row) => row.scrollTo({ left: row.scrollWidth }));
    await page.waitForFunction(() => document.querySelector("nav.boards .board-row")?.getAttribute("data-scroll-cue") === "start");
    const fade = await page.locator("nav.boards .board-row").evaluate((row) => getComputedStyle(row).maskImage || getComputedStyle(row).webkitMaskImage);
    expect(fade).toContain("gradient");

    // A long e-mail address wraps only before the "@", each half stays whole.
    await page.goto(`${app.url}/me`);
    const email = page.locator(".email").first();
    await email.waitFor();
    const lines = await email.evaluate((span) =>
      Array.from(span.querySelectorAll("span")).map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "portal-phone-my-activity");
    await context.close();

    // Staff's navigation row scrolls with the same cue.
    const manager = await buildMember(app, { role: Role.ADMIN, displayName: "Ari Admin" });
    const staff = await signedIn(manager.client, PHONE);
    const staffPage = await staff.newPage();
    await staffPage.goto(`${app.url}/settings/boards`);
    await staffPage.getByRole("heading", { level: 1, name: "Boards" }).waitFor();
    for (const nav of ["nav.tabs", "nav.primary"]) {
      const tabs = await staffPage.locator(nav).evaluate((row) => ({ scrolls: row.scrollWidth > row.clientWidth, cue: row.getAttribute("data-scroll-cue") }));
      expect(tabs, nav).toEqual({ scrolls: tabs.scrolls, cue: tabs.scrolls ? "end" : "none" });
    }
    expect(await horizontalOverflow(staffPage)).toBe(0);
    await screenshot(staffPage, "portal-phone-settings");
    await staff.close();
  }, STEP_TIMEOUT);

  it("polishes the staff screens: one sign-in state, voters newest first, tracker hint, comment count, inbox filters", async () => {
    // Signed out, every staff page says the same thing.
    const anonymous = await newContext();
    const page = await anonymous.newPage();
    for (const path of ["/triage", "/dashboard", "/members", "/settings/trackers", "/settings/sync", "/settings/boards"]) {
      await page.goto(`${app.url}${path}`);
      const gate = page.getByTestId("sign-in-gate");
      await gate.waitFor();
      expect(await gate.getByRole("heading").textContent(), path).toBe("Sign in to continue");
      expect(await gate.getByRole("link", { name: "Log in" }).getAttribute("href"), path).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    await screenshot(page, "portal-staff-signed-out");
    await anonymous.close();

    // Eleven voters, a minute apart: the newest is listed first, the rest behind "Show all".
    const post = await buildPost(app, { author: author.member, title: "Calendar sync" });
    await buildPost(app, { author: author.member, title: "Printable invoices", createdAt: new Date(Date.now() - 5 * 86_400_000) });
    for (let i = 0; i < 11; i++) {
      const voter = await buildMember(app, { displayName: `Voter ${String(i + 1).padStart(2, "0")}` });
      await voter.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: post.id });
    }
    await app.orm.em.fork().getConnection().execute(
      `update vote set created_at = now() - (100 - (select count(*) from vote v2 where v2.post_id = vote.post_id and v2.created_at < vote.created_at)) * interval '1 minute' where post_id = ?`,
      [post.id],
    );
    const gone = await author.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Never mind" }) { id } }`, { id: post.id });
    await author.client.ok(`mutation($id: ID!) { addComment(input: { postId: $id, body: "Still wanted" }) { id } }`, { id: post.id });
    await author.client.ok(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: gone.addComment.id });

    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Pia Panel" });
    const context = await signedIn(manager.client);
    const staffPage = await context.newPage();
    await staffPage.goto(`${app.url}/posts/${post.id}`);
    const voters = staffPage.getByTestId("voters-list");
    await voters.getByRole("link").first().waitFor();
    expect(await voters.getByRole("link").allTextContents()).toEqual(["Voter 11", "Voter 10", "Voter 09", "Voter 08", "Voter 07", "Voter 06", "Voter 05", "Voter 04"]);
    await staffPage.getByRole("button", { name: "Show all 11 votes" }).click();
    expect(await voters.getByRole("link").count()).toBe(11);
    expect(await staffPage.getByTestId("comment-count").textContent()).toBe("(1)");
    // No tracker connected: the panel says where to connect one.
    expect(await staffPage.getByTestId("tracker-settings-link").getAttribute("href")).toBe("/settings/trackers");
    await screenshot(staffPage, "portal-voters-newest-first");

    // The inbox narrows on the server: kind, waiting time, sort.
    await staffPage.goto(`${app.url}/triage`);
    await staffPage.getByRole("combobox", { name: "Sort" }).selectOption("OLDEST");
    await staffPage.waitForURL(/sort=OLDEST/);
    await staffPage.getByRole("combobox", { name: "Waiting" }).selectOption("1");
    await staffPage.waitForURL(/age=1/);
    await staffPage.getByText("Calendar sync").waitFor({ state: "detached" });
    await staffPage.getByText("Printable invoices").first().waitFor();
    await staffPage.getByRole("combobox", { name: "Tracker" }).selectOption("yes");
    await staffPage.getByText("No posts match these filters.").waitFor();
    await staffPage.getByRole("button", { name: "Reset filters" }).click();
    await staffPage.getByText("Calendar sync").first().waitFor();
    await expectAccessible(staffPage, "triage with filters");
    await screenshot(staffPage, "portal-triage-filters");
    await context.close();
  }, STEP_TIMEOUT);

  it("shows the whole German placeholder in the desktop header search", async () => {
    // A manager has the longest navigation next to the search box.
    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Greta Manager" });
    const context = await signedIn(manager.client, DESKTOP, "de-DE");
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole("link", { name: "Triage" }).first().waitFor();
    const input = page.locator("#global-search");
    await input.waitFor();
    const fit = await input.evaluate((field: HTMLInputElement) => {
      const style = getComputedStyle(field);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: field.placeholder, needed: Math.ceil(context.measureText(field.placeholder).width), room };
    });
    expect(fit.text.length).toBeGreaterThan(0);
    expect(fit.needed, `"${fit.text}"`).toBeLessThanOrEqual(fit.room);
    await context.close();
    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);
});
