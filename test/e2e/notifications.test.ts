/**
 * Notifications in a real browser: the bell counts live while a manager changes a followed post in
 * another browser, the list words it and marks it read on click, the open list sends nothing while
 * idle, and bell and list fit a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildBoard, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { Role } from "../../server/members/role.js";
import { NotificationCategory } from "../../server/notifications/notification-category.js";
import { unsubscribeToken } from "../../server/notifications/unsubscribe.js";
import { chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, PHONE, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const VOTE = `mutation($id: ID!) { vote(postId: $id) { id } }`;
const UNREAD = `{ unreadNotificationCount }`;

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "notifications in the browser" : `notifications in the browser (${SKIP_MESSAGE})`, () => {
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

  it("the bell counts a status change live, the list words it, and opening it marks it read", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const author = await buildMember(app);
    const voter = await buildMember(app);
    const post = await buildPost(app, { author: author.member, title: "Offline mode" });
    // Voting follows the post.
    await voter.client.ok(VOTE, { id: post.id });

    const voterContext = await openContext(browser, app, { as: voter.client, errors });
    const page = await voterContext.newPage();
    await page.goto(`${app.url}/notifications`);
    const bell = page.getByTestId("notification-bell");
    await page.getByText("Nothing yet.", { exact: false }).waitFor();
    expect(await bell.getAttribute("aria-label")).toBe("Notifications");
    expect(await page.getByTestId("notification-count").count()).toBe(0);

    const managerContext = await openContext(browser, app, { as: manager.client, errors });
    const managerPage = await managerContext.newPage();
    await managerPage.goto(`${app.url}/posts/${post.id}`);
    const form = managerPage.getByTestId("status-form");
    await form.getByLabel("New status").selectOption("PLANNED");
    await form.getByLabel("Public note").fill("Starting next sprint.");
    await form.getByRole("button", { name: "Set status" }).click();

    // Live, without reloading: the badge and the open list.
    await page.getByTestId("notification-count").filter({ hasText: /^1$/ }).waitFor({ timeout: 15_000 });
    expect(await bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    const item = page.getByTestId("notification").first();
    await item.getByText("Now Planned").waitFor();
    expect(await item.innerText()).toContain("Offline mode");
    expect(await item.innerText()).toContain("Starting next sprint.");
    expect(await page.getByRole("button", { name: "Mark all as read" }).isVisible()).toBe(true);
    expect(await seriousA11yViolations(page), "axe on the notifications page").toEqual([]);
    await screenshot(page, "notifications");

    // Idle, the page asks the server nothing (the socket carries what is new).
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.waitForTimeout(1_500);
    expect(requests).toEqual([]);

    await item.getByRole("link").click();
    await page.waitForURL(`${app.url}/posts/${post.id}`);
    await page.getByTestId("notification-count").waitFor({ state: "detached" });
    expect(await bell.getAttribute("aria-label")).toBe("Notifications");
    expect((await voter.client.ok<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount).toBe(0);

    await page.goto(`${app.url}/notifications`);
    await page.getByTestId("notification").first().waitFor();
    expect(await page.locator("[data-testid=notification].unread").count()).toBe(0);

    await Promise.all([voterContext.close(), managerContext.close()]);
    expect(errors).toEqual([]);
  });

  it("bell and list fit a phone without sideways scrolling", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const voter = await buildMember(app);
    const post = await buildPost(app, { author: manager.member, title: "A rather long title that should wrap nicely on a small phone screen without overflowing" });
    await voter.client.ok(VOTE, { id: post.id });
    await manager.client.ok(`mutation($id: ID!, $s: PostStatus!) { setPostStatus(postId: $id, status: $s) { id } }`, { id: post.id, s: "PLANNED" });
    await expect.poll(async () => (await voter.client.ok<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount, { timeout: 15_000 }).toBe(1);

    const context = await openContext(browser, app, { as: voter.client, viewport: PHONE, errors });
    const phone = await context.newPage();
    await phone.goto(`${app.url}/notifications`);
    await phone.getByTestId("notification").first().waitFor();
    expect(await phone.getByTestId("notification-bell").isVisible()).toBe(true);
    await phone.getByTestId("notification-count").filter({ hasText: /^1$/ }).waitFor();
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshot(phone, "notifications-phone");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("preferences save and survive a reload, in German too", async () => {
    const member = await buildMember(app);
    const context = await openContext(browser, app, { as: member.client, locale: "de-DE", errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/settings/notifications`);
    const status = page.getByTestId("preference-STATUS");
    await status.getByRole("checkbox", { name: "Statusänderungen von Beiträgen, denen du folgst: per E-Mail" }).uncheck();
    await page.getByLabel("E-Mails").selectOption("DAILY");
    await page.getByLabel("Zusammenfassung um").selectOption("18");
    await page.getByLabel("Zeitzone").selectOption("Europe/Berlin");
    // Staff-only categories are the server's to offer, not the page's.
    expect(await page.getByTestId("preference-STAFF_NEW_POSTS").count()).toBe(0);
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByRole("status").getByText("Gespeichert.").waitFor();
    expect(await seriousA11yViolations(page), "axe on the notification settings").toEqual([]);

    await page.reload();
    await status.getByRole("checkbox", { name: /per E-Mail/ }).waitFor();
    expect(await status.getByRole("checkbox", { name: /per E-Mail/ }).isChecked()).toBe(false);
    expect(await status.getByRole("checkbox", { name: /in der App/ }).isChecked()).toBe(true);
    expect(await page.getByLabel("E-Mails").inputValue()).toBe("DAILY");
    expect(await page.getByLabel("Zusammenfassung um").inputValue()).toBe("18");
    expect(await page.getByLabel("Zeitzone").inputValue()).toBe("Europe/Berlin");
    const saved = await member.client.ok<{ notificationPreferences: { emailCadence: string; digestHour: number; timeZone: string; categories: { category: string; email: boolean }[] } }>(
      `{ notificationPreferences { emailCadence digestHour timeZone categories { category email } } }`,
    );
    expect(saved.notificationPreferences).toMatchObject({ emailCadence: "DAILY", digestHour: 18, timeZone: "Europe/Berlin" });
    expect(saved.notificationPreferences.categories.find((row) => row.category === "STATUS")?.email).toBe(false);
    await screenshot(page, "notification-settings-de");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("the unsubscribe page turns STATUS e-mail off only when the button is clicked", async () => {
    const member = await buildMember(app);
    const mailedFor = async (category: string) =>
      (await member.client.ok<{ notificationPreferences: { categories: { category: string; email: boolean }[] } }>(`{ notificationPreferences { categories { category email } } }`))
        .notificationPreferences.categories.find((row) => row.category === category)?.email;
    expect(await mailedFor("STATUS")).toBe(true);

    // The link opens in a browser where nobody is signed in, like a mail client's.
    const context = await openContext(browser, app, { viewport: PHONE, errors });
    const page = await context.newPage();
    const token = await unsubscribeToken(app.config, member.member.id, [NotificationCategory.STATUS]);
    await page.goto(`${app.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    const stop = page.getByRole("button", { name: "Stop these e-mails" });
    await stop.waitFor();
    // Opening the page (what a link scanner does) changes nothing.
    expect(await mailedFor("STATUS")).toBe(true);
    expect(await seriousA11yViolations(page), "axe on the unsubscribe page").toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await stop.click();
    await page.getByRole("status").getByText("No more e-mails about: Status changes of posts you follow.").waitFor();
    expect(await mailedFor("STATUS")).toBe(false);
    expect(await mailedFor("REPLIES")).toBe(true);
    expect(await page.getByRole("link", { name: "Notification settings" }).getAttribute("href")).toBe("/settings/notifications");

    const longAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    await page.goto(`${app.url}/unsubscribe?token=${encodeURIComponent(await unsubscribeToken(app.config, member.member.id, [NotificationCategory.REPLIES], longAgo))}`);
    await stop.click();
    await page.getByRole("alert").getByText("This unsubscribe link has expired.", { exact: false }).waitFor();
    await page.goto(`${app.url}/unsubscribe?token=not-a-token`);
    await stop.click();
    await page.getByRole("alert").getByText("This unsubscribe link is not valid.", { exact: false }).waitFor();
    expect(await mailedFor("REPLIES")).toBe(true);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("a voter hears when the post ships, and picks or mutes the follow level next to the vote", async () => {
    const author = await buildMember(app);
    const voter = await buildMember(app);
    const post = await buildPost(app, { author: author.member, title: "Keyboard shortcuts" });
    const followOf = async () =>
      (await voter.client.ok<{ post: { viewerFollow: { level: string; reason: string } | null } }>(`query($id: ID!) { post(id: $id) { viewerFollow { level reason } } }`, { id: post.id })).post.viewerFollow;

    const context = await openContext(browser, app, { as: voter.client, viewport: PHONE, errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    const control = page.getByTestId("follow-control");
    const level = control.getByLabel("Notify me about");
    expect(await level.inputValue()).toBe("NONE");
    expect(await control.getByRole("switch").count()).toBe(0);

    await page.getByTestId("vote-button").click();
    const hears = control.getByRole("switch", { name: "You’ll hear when this ships" });
    await hears.waitFor();
    expect(await hears.isChecked()).toBe(true);
    expect(await followOf()).toMatchObject({ reason: "VOTE" });

    await level.selectOption("ALL");
    await expect.poll(followOf).toMatchObject({ level: "ALL" });
    await hears.uncheck();
    await control.getByRole("switch", { name: "You won’t hear when this ships" }).waitFor();
    await expect.poll(followOf).toMatchObject({ level: "NONE" });
    expect(await level.inputValue()).toBe("NONE");
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "follow-control-phone");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("staff see how many followers a change will notify, can tell nobody, and the next one notifies as previewed", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER });
    const voter = await buildMember(app);
    const post = await buildPost(app, { author: manager.member, title: "Typo fixes" });
    await voter.client.ok(VOTE, { id: post.id });
    const statusJobsDone = async () => {
      const [{ open }] = await app.orm.em.fork().getConnection().execute(
        `select count(*)::int as open from pgboss.job where name = 'post.status-changed' and state in ('created', 'retry', 'active')`,
      );
      return open === 0;
    };

    const context = await openContext(browser, app, { as: manager.client, errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    const form = page.getByTestId("status-form");
    const notify = form.getByLabel("Notify followers");
    expect(await notify.isChecked()).toBe(true);
    // Before confirming, the server's count of who will hear of it (the voter has no verified address: in the app only).
    const reach = form.getByTestId("notify-reach");
    await expect.poll(() => reach.textContent()).toBe("This will notify 1 follower: 0 by e-mail now, 0 in a digest, 1 in the app only.");
    await notify.uncheck();
    expect(await reach.textContent()).toBe("Nobody will be notified.");
    await form.getByLabel("New status").selectOption("PLANNED");
    await form.getByRole("button", { name: "Set status" }).click();
    await expect.poll(async () => (await manager.client.ok<{ post: { status: string } }>(`query($id: ID!) { post(id: $id) { status } }`, { id: post.id })).post.status).toBe("PLANNED");
    await expect.poll(statusJobsDone, { timeout: 15_000 }).toBe(true);
    expect((await voter.client.ok<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount).toBe(0);

    // Each change is a new choice: the box is ticked again.
    expect(await notify.isChecked()).toBe(true);
    await form.getByLabel("New status").selectOption("IN_PROGRESS");
    await form.getByRole("button", { name: "Set status" }).click();
    await expect.poll(async () => (await voter.client.ok<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount, { timeout: 15_000 }).toBe(1);
    // What the preview said is what was sent: one notice, to the one follower.
    const [{ sent }] = await app.orm.em.fork().getConnection().execute(`select count(*)::int as sent from notification where post_id = ?`, [post.id]);
    expect(sent).toBe(1);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("a moderator watches a board from its page; members are not offered it", async () => {
    const moderator = await buildMember(app, { role: Role.MODERATOR });
    const member = await buildMember(app);
    const board = await buildBoard(app, { name: "Integrations" });
    const watches = async () =>
      (await moderator.client.ok<{ boards: { id: string; viewerWatches: boolean }[] }>(`{ boards { id viewerWatches } }`)).boards.find((row) => row.id === board.id)?.viewerWatches;

    const context = await openContext(browser, app, { as: moderator.client, errors });
    const page = await context.newPage();
    await page.goto(`${app.url}/boards/${board.slug}`);
    const toggle = page.getByRole("switch", { name: "Tell me about every new post here" });
    await toggle.check();
    await expect.poll(watches).toBe(true);
    await page.reload();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(watches).toBe(false);

    const memberContext = await openContext(browser, app, { as: member.client, errors });
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/boards/${board.slug}`);
    await memberPage.getByRole("heading", { name: "Integrations" }).waitFor();
    expect(await memberPage.getByRole("switch").count()).toBe(0);
    await Promise.all([context.close(), memberContext.close()]);
    expect(errors).toEqual([]);
  });

  it("a manager posts an official update on the post page: the timeline shows it, a follower's bell counts it live and links to the post, members get no form", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Mara Manager" });
    const voter = await buildMember(app);
    const member = await buildMember(app);
    const post = await buildPost(app, { author: manager.member, title: "Offline sync" });
    // Voting follows the post.
    await voter.client.ok(VOTE, { id: post.id });

    const voterContext = await openContext(browser, app, { as: voter.client, errors });
    const voterPage = await voterContext.newPage();
    await voterPage.goto(`${app.url}/`);
    const bell = voterPage.getByTestId("notification-bell");
    await bell.waitFor();
    expect(await bell.getAttribute("aria-label")).toBe("Notifications");

    const managerContext = await openContext(browser, app, { as: manager.client, errors });
    const managerPage = await managerContext.newPage();
    await managerPage.goto(`${app.url}/posts/${post.id}`);
    const form = managerPage.getByRole("form", { name: "Post an official update" });
    await form.waitFor();
    expect(await form.getByLabel("Notify followers").isChecked()).toBe(true);
    await expect.poll(() => form.getByTestId("notify-reach").textContent()).toBe("This will notify 1 follower: 0 by e-mail now, 0 in a digest, 1 in the app only.");
    // The note is required: sending it empty says so, in the app's words, and sends nothing.
    await form.getByRole("button", { name: "Post update" }).click();
    await form.getByRole("alert").getByText("Required").waitFor();
    await form.getByLabel("Update", { exact: true }).click();
    await managerPage.keyboard.type("**Beta** is out for testers.", { delay: 60 });
    expect(await seriousA11yViolations(managerPage), "axe on the post page with the update form").toEqual([]);
    await form.getByRole("button", { name: "Post update" }).click();
    await managerPage.getByRole("status").getByText("Update posted.").waitFor();
    expect(await form.getByLabel("Update", { exact: true }).inputValue()).toBe("");
    expect(await form.getByRole("alert").count()).toBe(0);
    // In the public timeline like the other notes, rendered from Markdown.
    const timeline = managerPage.getByRole("region", { name: "Timeline" });
    await timeline.getByText("is out for testers.").waitFor();
    expect(await timeline.locator("strong", { hasText: "Beta" }).count()).toBe(1);
    await screenshot(managerPage, "official-update-posted");

    // The follower, on another page in another browser, sees the bell count it without reloading.
    await voterPage.getByTestId("notification-count").filter({ hasText: /^1$/ }).waitFor({ timeout: 15_000 });
    expect(await bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
    await bell.click();
    const item = voterPage.getByTestId("notification").first();
    await item.getByText("Official update from Mara Manager").waitFor();
    expect(await item.innerText()).toContain("Offline sync");
    expect(await item.innerText()).toContain("is out for testers.");
    await item.getByRole("link").click();
    await voterPage.waitForURL(`${app.url}/posts/${post.id}`);
    await voterPage.getByRole("region", { name: "Timeline" }).getByText("is out for testers.").waitFor();
    // A follower is no manager: no form for them either.
    expect(await voterPage.getByTestId("update-form").count()).toBe(0);

    // A member who does not follow sees the update in the timeline, but no form.
    const memberContext = await openContext(browser, app, { as: member.client, errors });
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${app.url}/posts/${post.id}`);
    await memberPage.getByRole("region", { name: "Timeline" }).getByText("is out for testers.").waitFor();
    expect(await memberPage.getByTestId("update-form").count()).toBe(0);
    expect(await memberPage.getByText("Post an official update").count()).toBe(0);
    expect(await memberPage.getByRole("button", { name: "Post update" }).count()).toBe(0);

    // The form in German.
    const germanContext = await openContext(browser, app, { as: manager.client, locale: "de-DE", errors });
    const germanPage = await germanContext.newPage();
    await germanPage.goto(`${app.url}/posts/${post.id}`);
    const germanForm = germanPage.getByRole("form", { name: "Offizielles Update veröffentlichen" });
    await germanForm.getByLabel("Update", { exact: true }).waitFor();
    expect(await germanForm.getByLabel("Follower benachrichtigen").isChecked()).toBe(true);
    await germanForm.getByRole("button", { name: "Update veröffentlichen" }).click();
    await germanForm.getByRole("alert").getByText("Pflichtfeld").waitFor();

    await Promise.all([voterContext.close(), managerContext.close(), memberContext.close(), germanContext.close()]);
    expect(errors).toEqual([]);
  });
});
