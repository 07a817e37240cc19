/**
 * The portal as a community uses it, in a real browser: no page keeps talking to the server while
 * nobody touches it; a manager's status choice survives typing a note; forms state and check the
 * server's own limits, keep long pastes whole, word every refusal themselves in the reader's
 * language, once; bad links get a not-found page; a new post starts on the board being viewed;
 * declining asks for a note and can be undone.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Request } from "playwright-core";
import { buildBoard, buildChangelogEntry, buildMember, buildPost, FACTORY_PASSWORD } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { Role } from "../../server/members/role.js";
import { LIMITS } from "../../server/shared/input-rules.js";
import type { Board } from "../../server/boards/board.entity.js";
import type { Member } from "../../server/members/member.entity.js";
import type { Post } from "../../server/posts/post.entity.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const STEP_TIMEOUT = 60_000;
/** How long an idle page is watched for GraphQL requests. */
const IDLE_MS = 10_000;

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "portal forms and pages in the browser" : `portal forms and pages in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let mobile: Board;
  let web: Board;
  let author: Member;
  let post: Post;
  const errors: string[] = [];

  const newContext = (locale = "en-US") => openContext(browser, app, { locale, errors });

  /** A browser context signed in as a new factory member. */
  async function contextFor(role: Role, displayName: string, locale = "en-US") {
    const { client } = await buildMember(app, { role, displayName });
    return openContext(browser, app, { as: client, locale, errors });
  }

  const statusOf = async (id: string) => ((await app.orm.em.fork().execute(`select status from post where id = ?`, [id])) as Array<{ status: string }>)[0].status;
  const isGraphQLOverHttp = (request: Request) => ["fetch", "xhr"].includes(request.resourceType()) && new URL(request.url()).pathname === "/graphql";

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    mobile = await buildBoard(app, { name: "Mobile app", slug: "mobile" });
    web = await buildBoard(app, { name: "Web dashboard", slug: "web" });
    author = (await buildMember(app, { displayName: "Ada Early" })).member;
    post = await buildPost(app, { author, board: mobile, title: "Dark mode for the mobile app", body: "Easier on the eyes at night." });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("sends no GraphQL request over HTTP from any idle page, signed out or as an admin", async () => {
    // One path per route in web/src/lib/router.svelte.ts, plus the not-found cases of the dynamic ones.
    const paths = [
      "/", "/boards/mobile", `/posts/${post.id}`, "/new", "/login", "/signup", "/profile", "/triage", "/roadmap", "/dashboard",
      "/settings/trackers", "/settings/sync", "/members", `/members/${author.id}`, "/no-such-page", "/boards/nope", `/posts/${randomUUID()}`,
      "/settings/outbox", "/forgot-password", "/reset-password?token=unknown", "/verify-email?token=unknown", "/confirm-email?token=unknown",
      "/changelog", `/changelog/${(await buildChangelogEntry(app, { posts: [post] })).id}`, `/changelog/${randomUUID()}`,
    ];
    const anonymous = await newContext();
    const admin = await contextFor(Role.ADMIN, "Ari Admin");
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    /** Opens `path` in a tab of its own; once it has loaded, counts its GraphQL requests for IDLE_MS. */
    async function requestsWhileIdle(context: BrowserContext, who: string, path: string): Promise<[string, number]> {
      const page = await context.newPage();
      let sent = 0;
      let inFlight = 0;
      let lastActivity = Date.now();
      page.on("request", (request) => {
        if (!isGraphQLOverHttp(request)) return;
        sent++;
        inFlight++;
        lastActivity = Date.now();
      });
      const answered = (request: Request) => {
        if (!isGraphQLOverHttp(request)) return;
        inFlight--;
        lastActivity = Date.now();
      };
      page.on("requestfinished", answered);
      page.on("requestfailed", answered);
      // Loaded: the app has rendered something, and the page's GraphQL requests are answered with none
      // following for 3 s. Thirty-odd tabs load at once on a shared machine, hence the generous waits;
      // a page that never settles is watched after 15 s anyway.
      await page.goto(`${app.url}${path}`, { timeout: 30_000 });
      await page.waitForFunction(() => !!document.querySelector("main")?.textContent?.trim(), null, { timeout: 30_000 });
      lastActivity = Math.max(lastActivity, Date.now());
      const settleBy = Date.now() + 15_000;
      while ((inFlight > 0 || Date.now() - lastActivity < 3_000) && Date.now() < settleBy) await sleep(100);
      const loaded = sent;
      await sleep(IDLE_MS);
      return [`${who} ${path}`, sent - loaded];
    }
    // Each visitor's tabs are watched at the same time, so the test costs one idle window per visitor,
    // not one per page; fifty tabs at once would not even load on a 2-core machine.
    const counts: Record<string, number> = {};
    for (const [context, who] of [[anonymous, "anonymous"], [admin, "admin"]] as const) {
      Object.assign(counts, Object.fromEntries(await Promise.all(paths.map((path) => requestsWhileIdle(context, who, path)))));
    }
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((key) => [key, 0])));
    await anonymous.close();
    await admin.close();
  }, 3 * STEP_TIMEOUT);

  it("keeps the status a manager chose on the post page while they type a note, and saves both", async () => {
    const manager = await contextFor(Role.MANAGER, "Maya Manager");
    const page = await manager.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    await page.getByRole("heading", { level: 1, name: post.title }).waitFor();
    await page.getByLabel("New status").selectOption("PLANNED");
    await page.getByLabel("Public note").click();
    await page.keyboard.type("We start on this next sprint.", { delay: 60 });
    expect(await page.getByLabel("New status").inputValue()).toBe("PLANNED");
    await screenshot(page, "pf-01-post-status-with-note");
    await page.getByRole("button", { name: "Set status" }).click();
    await page.getByText("Updated 1 post.").waitFor();

    expect(await statusOf(post.id)).toBe("PLANNED");
    await page.locator("article.main header").getByText("Planned").waitFor();
    await page.getByRole("region", { name: "Timeline" }).getByText("We start on this next sprint.").waitFor();
    expect(await page.getByLabel("New status").inputValue()).toBe("PLANNED");
    await manager.close();
  }, STEP_TIMEOUT);

  it("says a wrong password is wrong, not that one should log in", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByLabel("Email").fill(author.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Log in" }).last().click();
    await page.getByRole("alert").getByText("That email and password don’t match an account.", { exact: false }).waitFor();
    expect(await page.locator("main").textContent()).not.toContain("Please log in");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "pf-02-login-wrong-password");

    await page.getByLabel("Password").fill(FACTORY_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).last().click();
    await page.getByRole("button", { name: /Account menu for Ada Early/ }).waitFor();
    await context.close();
  }, STEP_TIMEOUT);

  it("states the server's limits, counts towards them, keeps a long paste whole and drops stale errors", async () => {
    const signUp = await newContext();
    const signUpPage = await signUp.newPage();
    await signUpPage.goto(`${app.url}/signup`);
    await signUpPage.getByText(`At least ${LIMITS.password.min} characters.`).waitFor();
    await signUp.close();

    const member = await contextFor(Role.MEMBER, "Nora Newcomer");
    const page = await member.newPage();
    await page.goto(`${app.url}/new`);
    const title = page.getByLabel("Title");
    const titleField = page.locator(".field", { has: title });
    await title.waitFor();

    // Sending an empty form marks the title Required; typing makes that go away.
    await page.getByRole("button", { name: "Submit" }).click();
    await titleField.getByText("Required", { exact: true }).waitFor();
    await title.pressSequentially("Dark", { delay: 20 });
    await titleField.getByText("Required", { exact: true }).waitFor({ state: "detached" });

    // Near the limit a counter shows; a 10 000-character paste stays whole and is refused, not cut.
    await title.fill("x".repeat(LIMITS.postTitle.max - 10));
    await titleField.getByText(`${LIMITS.postTitle.max - 10} / ${LIMITS.postTitle.max}`).waitFor();
    await title.fill("y".repeat(10_000));
    expect((await title.inputValue()).length).toBe(10_000);
    await titleField.getByText(`10000 / ${LIMITS.postTitle.max}`).waitFor();
    await page.getByRole("button", { name: "Submit" }).click();
    await titleField.getByText(`Please keep it to ${LIMITS.postTitle.max} characters or fewer.`).waitFor();
    expect(page.url()).toBe(`${app.url}/new`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "pf-03-submit-title-too-long");
    const posts = (await app.orm.em.fork().execute(`select count(*)::int as n from post where length(title) > ?`, [LIMITS.postTitle.max])) as Array<{ n: number }>;
    expect(posts[0].n).toBe(0);
    await member.close();
  }, STEP_TIMEOUT);

  it("words the server's refusal of a field in German, next to the field, once", async () => {
    const context = await newContext("de-DE");
    const page = await context.newPage();
    await page.goto(`${app.url}/signup`);
    await page.getByLabel("Anzeigename").fill("Nora Neu");
    await page.getByLabel("E-Mail").fill("nora@beispiel");
    await page.getByLabel("Passwort").fill("ein langes Passwort");
    await page.getByRole("button", { name: "Konto erstellen" }).click();
    const sentence = "Bitte gib eine E-Mail-Adresse wie name@example.com ein.";
    const emailField = page.locator(".field", { has: page.getByLabel("E-Mail") });
    await emailField.getByText(sentence).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text.split(sentence).length - 1, "the sentence appears once").toBe(1);
    expect(text).not.toMatch(/email must|valid email|Suggestion hidden|Please/i);
    await screenshot(page, "pf-04-signup-german-email-refused");

    // Editing the refused field drops the refusal.
    await page.getByLabel("E-Mail").fill("nora@beispiel.de");
    await emailField.getByText(sentence).waitFor({ state: "detached" });
    await context.close();
  }, STEP_TIMEOUT);

  it("says how long to wait in words, in both languages", async () => {
    for (const [locale, expected] of [["en-US", "Please try again in about 39 minutes."], ["de-DE", "Bitte versuche es in etwa 39 Minuten erneut."]]) {
      const context = await newContext(locale);
      const page = await context.newPage();
      // The server's answer to a login over the limit (its rate limiting is tested in test/validation/).
      await page.route("**/graphql", async (route) => {
        if (!route.request().postData()?.includes("logIn")) return route.continue();
        await route.fulfill({ json: { errors: [{ message: "Too many requests.", extensions: { code: "RATE_LIMITED", retryAfter: 2310 } }], data: null } });
      });
      await page.goto(`${app.url}/login`);
      await page.locator("#a-email").fill(author.email);
      await page.locator("#a-password").fill("whatever it is");
      await page.locator("form button[type=submit]").click();
      await page.getByRole("alert").getByText(expected, { exact: false }).waitFor();
      await context.close();
    }
  }, STEP_TIMEOUT);

  it("shows a not-found page for an unknown or malformed post id and an unknown board", async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const id of ["nope", randomUUID()]) {
      await page.goto(`${app.url}/posts/${id}`);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      await page.getByText("This post doesn’t exist or was removed.").waitFor();
      expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
      expect(await page.locator("main").textContent()).not.toContain("valid id");
    }
    await screenshot(page, "pf-05-post-not-found");
    await page.goto(`${app.url}/boards/nope`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.getByText("There is no board “nope”.").waitFor();
    expect(await page.getByRole("link", { name: post.title }).count()).toBe(0);
    await screenshot(page, "pf-06-board-not-found");
    await context.close();
  }, STEP_TIMEOUT);

  it("starts a new post on the board being viewed", async () => {
    const member = await contextFor(Role.MEMBER, "Bo Board");
    const page = await member.newPage();
    await page.goto(`${app.url}/boards/web`);
    await page.getByRole("heading", { level: 1, name: "Web dashboard" }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "New post" }).click();
    await page.waitForURL(/\/new/);
    const board = page.getByRole("combobox", { name: /^Board/ });
    await page.waitForFunction((id) => (document.getElementById("s-boardId") as HTMLSelectElement | null)?.value === id, web.id);
    expect(await board.inputValue()).toBe(web.id);
    await member.close();
  }, STEP_TIMEOUT);

  it("asks for an optional note before declining, and undoes it from the toast", async () => {
    const idea = await buildPost(app, { author, board: web, title: "Export votes as CSV" });
    const manager = await contextFor(Role.MANAGER, "Max Manager");
    const page = await manager.newPage();
    await page.goto(`${app.url}/triage`);
    const row = page.locator("li", { has: page.getByRole("link", { name: idea.title }) });
    await row.getByRole("button", { name: "Decline" }).click();
    const dialog = page.getByRole("dialog", { name: `Decline “${idea.title}”?` });
    await dialog.waitFor();
    expect(await statusOf(idea.id)).toBe("OPEN");
    await dialog.getByLabel("Public note (optional)").fill("Out of scope for this year.");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "pf-07-decline-dialog");
    await dialog.getByRole("button", { name: "Decline" }).click();
    await page.getByText(`Declined “${idea.title}”.`).waitFor();
    await row.waitFor({ state: "detached" });
    expect(await statusOf(idea.id)).toBe("DECLINED");
    await screenshot(page, "pf-08-declined-with-undo");

    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText(`“${idea.title}” is back to Open.`).waitFor();
    expect(await statusOf(idea.id)).toBe("OPEN");
    await page.getByRole("link", { name: idea.title }).waitFor();
    await manager.close();

    expect(errors).toEqual([]);
  }, STEP_TIMEOUT);
});
