/**
 * The web app's route table (web/src/routes.ts) is the one place pages are declared: every row opens
 * at its path with its title, and the header, account menu and settings tabs show exactly the rows
 * each viewer may see. And a page keeps the answer to the newest request: a slow answer to an older
 * one, arriving last, does not overwrite it.
 */
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createServer } from "vite";
import { buildBoard, buildChangelogEntry, buildMember, buildPost } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { Role } from "../../server/members/role.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

const STEP_TIMEOUT = 60_000;
const WEB = fileURLToPath(new URL("../../web/", import.meta.url));

// What this test reads of the table and the English messages (typed loosely: tsc does not compile .svelte).
type Messages = Record<string, Record<string, unknown>>;
type Text = (t: Messages) => string;
interface Row {
  name: string;
  paths: string[];
  title?: Text;
  visible?: (me: unknown, params: Record<string, string>) => boolean;
  nav?: { primary?: Text; menu?: Text; settings?: Text };
}

/** The table as the app has it, through Vite with each page replaced by its name (the pages need a browser). */
async function loadWebModules(): Promise<{ routes: Row[]; en: Messages; meQuery: string }> {
  const server = await createServer({
    configFile: false,
    root: WEB,
    logLevel: "silent",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { alias: { $shared: join(WEB, "../server/shared") } },
    plugins: [{ name: "pages-by-name", enforce: "pre", load: (id) => (id.endsWith(".svelte") ? `export default ${JSON.stringify(basename(id))};` : null) }],
  });
  try {
    const { routes } = await server.ssrLoadModule("/src/routes.ts");
    const { en } = await server.ssrLoadModule("/src/i18n/en.ts");
    const { MeQuery } = await server.ssrLoadModule("/src/lib/api/operations.ts");
    return { routes, en, meQuery: String(MeQuery) };
  } finally {
    await server.close();
  }
}

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "routes and loading in the browser" : `routes and loading in the browser (${SKIP_MESSAGE})`, () => {
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
    expect(errors).toEqual([]);
  });

  it("opens every row of the route table at its path with its title, and builds each viewer's navigation from it", async () => {
    const web = await loadWebModules();
    const board = await buildBoard(app, { name: "Mobile app", slug: "mobile" });
    const author = await buildMember(app, { displayName: "Ada Author" });
    const post = await buildPost(app, { author: author.member, board, title: "Dark mode for the mobile app" });
    const entryId = (await buildChangelogEntry(app, { posts: [post] })).id;
    const samples: Record<string, string> = { boardSlug: board.slug, postId: post.id, memberId: author.member.id, entryId };
    const admin = await buildMember(app, { role: Role.ADMIN, displayName: "Ari Admin" });

    // Every path of every row, as an admin (who may see them all): the window title names the page's heading.
    const context = await openContext(browser, app, { as: admin.client, errors });
    const page = await context.newPage();
    const seen: Array<{ path: string; heading: string; title: string }> = [];
    for (const row of web.routes) {
      for (const pattern of row.paths) {
        const path = pattern === "*" ? "/no-such-page" : pattern.replace(/:(\w+)/g, (_, name: string) => samples[name]);
        await page.goto(`${app.url}${path}`);
        await page
          .waitForFunction(() => {
            const heading = document.querySelector("main h1")?.textContent?.trim();
            return !!heading && document.title === `${heading} · Roundtrip`;
          })
          .catch(() => undefined);
        const heading = (await page.locator("main h1").first().textContent())?.trim() ?? "";
        seen.push({ path, heading, title: await page.title() });
        if (row.title) expect(heading, `${path}: the table's title`).toBe(row.title(web.en));
      }
    }
    expect(seen.filter(({ heading, title }) => title !== `${heading} · Roundtrip`)).toEqual([]);
    expect(seen.find(({ path }) => path === "/no-such-page")?.heading).toBe("Page not found");
    await context.close();

    // Each viewer's header, account menu and settings tabs: the table's rows they may see, in its order.
    const links = (nav: "primary" | "menu" | "settings", me: unknown) =>
      web.routes.filter((row) => row.nav?.[nav] && (row.visible?.(me, {}) ?? true)).map((row) => `${row.nav![nav]!(web.en)} ${row.paths[0]}`);
    const viewers: Array<[string, GraphQLClient | null]> = [["visitor", null]];
    for (const role of [Role.MEMBER, Role.AMBASSADOR, Role.PRODUCT, Role.MANAGER, Role.ADMIN]) viewers.push([role, (await buildMember(app, { role })).client]);
    const menus: Record<string, string[]> = {};
    for (const [who, client] of viewers) {
      const me = client ? (await client.ok(web.meQuery)).me : null;
      const viewer = await openContext(browser, app, { as: client, errors });
      const page = await viewer.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const shownIn = (selector: string) => page.locator(selector).evaluateAll((anchors) => anchors.map((a) => `${a.textContent?.trim()} ${a.getAttribute("href")}`));
      expect(await shownIn("nav[aria-label=Main] a"), `${who}: main navigation`).toEqual(links("primary", me));
      if (client) {
        await page.locator(".avatar-btn").click();
        menus[who] = await shownIn("#account-menu a");
        expect(menus[who], `${who}: account menu`).toEqual(links("menu", me));
        const settings = links("settings", me);
        if (settings.length) {
          await page.goto(`${app.url}${settings[0].split(" ").pop()}`);
          await page.locator("nav[aria-label=Settings] a").first().waitFor();
          expect(await shownIn("nav[aria-label=Settings] a"), `${who}: settings tabs`).toEqual(settings);
          expect(await page.locator("nav[aria-label=Settings] a[aria-current=page]").count(), `${who}: the open tab is marked`).toBe(1);
        }
      }
      await viewer.close();
    }
    // Viewers do get different menus, so the comparison above is not between two empty lists.
    expect(menus[Role.MEMBER]).toEqual(["My activity /me", "Profile /profile"]);
    expect(menus[Role.ADMIN]).toContain("Sync health /settings/sync");
  }, STEP_TIMEOUT * 2);

  it("keeps the dashboard for the period chosen last when the answer for the one before arrives later", async () => {
    const manager = await buildMember(app, { role: Role.MANAGER, displayName: "Maya Manager" });
    const context = await openContext(browser, app, { as: manager.client, errors });
    const page = await context.newPage();
    // The 7-day report is slow to come; the 90-day one comes at once.
    let releaseSlow: () => void = () => undefined;
    const slowAnswered = new Promise<void>((resolve) => (releaseSlow = resolve));
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { query?: string; variables?: { from?: string; to?: string } } | null;
      const days = body?.variables?.from && body.variables.to ? (Date.parse(body.variables.to) - Date.parse(body.variables.from)) / 86_400_000 : null;
      if (body?.query?.includes("query CommunityReport") && days === 7) {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
        releaseSlow();
      } else {
        await route.continue();
      }
    });
    const weekRows = page.locator("[aria-labelledby=c-submissions] tbody tr");

    await page.goto(`${app.url}/dashboard?days=7`);
    await page.getByLabel("Period").selectOption("90");
    await page.waitForURL(/days=90/);
    // 90 days touch 13 or 14 weeks, 7 days one or two.
    await expect.poll(() => weekRows.count()).toBeGreaterThanOrEqual(13);
    await slowAnswered;
    await page.waitForLoadState("networkidle");
    // Give the late answer every chance to land before looking again.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    expect(await weekRows.count(), "rows of the 90-day table").toBeGreaterThanOrEqual(13);
    expect(await page.getByLabel("Period").inputValue()).toBe("90");
    await context.close();
  }, STEP_TIMEOUT);
});
