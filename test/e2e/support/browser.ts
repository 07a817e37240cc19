/**
 * Browser-test helpers: build the web app when needed, launch Debian's Chromium through
 * playwright-core, open a (signed-in) context, screenshots into test/artifacts/, and axe-core checks.
 */
import axe from "axe-core";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ensureWebBuild as buildWebIfStale } from "../../../web/ensure-build.js";
import { SESSION_COOKIE } from "../../../server/members/auth.service.js";
import type { GraphQLClient } from "../../support/graphql-client.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const ARTIFACTS = join(ROOT, "test", "artifacts");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * Whether to run the browser tests. Locally a missing Chromium skips them with a note; under CI=true
 * they run regardless and fail at launch, because a green CI without them hides exactly what they catch.
 */
export const chromiumAvailable = existsSync(CHROMIUM_PATH) || process.env.CI === "true";
export const SKIP_MESSAGE =
  `browser tests skipped: no Chromium at ${CHROMIUM_PATH}. ` +
  `Install it (apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium to enable them.`;

/** The harness serves web/dist only if it exists when the app starts, so build it first. */
export const ensureWebBuild = () => buildWebIfStale({ sourcemap: false });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * A browser context as a person opens one: a viewport (desktop unless told), a language (en-US unless
 * told), a time zone if told, reduced motion and 10 s per step, with every page's uncaught errors pushed to `errors` (tests
 * expect it empty) — and console errors too with `consoleErrors`, except the browser's own line for an
 * answer with a 4xx status, which those tests provoke. With `as`, signed in as that client's member:
 * their session cookie on the app's host, no UI login.
 */
export async function openContext(
  browser: Browser,
  app: { url: string },
  options: {
    errors: string[];
    as?: GraphQLClient | null;
    viewport?: { width: number; height: number };
    locale?: string;
    timezoneId?: string;
    consoleErrors?: boolean;
  },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? "en-US",
    timezoneId: options.timezoneId,
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(10_000);
  context.on("page", (page) => {
    page.on("pageerror", (error) => options.errors.push(`pageerror: ${error.message}`));
    if (!options.consoleErrors) return;
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().includes("status of 4")) options.errors.push(`console: ${message.text()}`);
    });
  });
  if (options.as) {
    const session = options.as.cookie(SESSION_COOKIE) ?? "";
    await context.addCookies([{ name: SESSION_COOKIE, value: session, domain: new URL(app.url).hostname, path: "/", httpOnly: true }]);
  }
  return context;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  // Sticky headers land mid-page in full-page shots unless the page is scrolled to the top.
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** How many pixels the page is wider than the viewport (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Runs axe-core (WCAG 2.1 A/AA) on the current page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, not as a <script>: the app's CSP allows no inline script.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target as unknown[], failureSummary: n.failureSummary })),
    }));
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
}
