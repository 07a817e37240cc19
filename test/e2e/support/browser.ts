/**
 * Browser-test helpers: build the web app when needed, launch Debian's Chromium through
 * playwright-core, screenshots into test/artifacts/, and axe-core checks.
 */
import axe from "axe-core";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const WEB = join(ROOT, "web");
export const ARTIFACTS = join(ROOT, "test", "artifacts");

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
export const SKIP_MESSAGE =
  `browser tests skipped: no Chromium at ${CHROMIUM_PATH}. ` +
  `Install it (apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium to enable them.`;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * The test harness serves web/dist only if it exists when the app starts, so build it first when
 * it is missing or older than the sources. Runs Vite programmatically (no svelte-check/codegen:
 * those belong to `npm run build:web`; here only a bundle is needed).
 */
export async function ensureWebBuild(): Promise<void> {
  // Browser test files run in parallel workers: one builds while the others wait, then they all
  // see a fresh bundle (a stale lock from a killed run is taken over after two minutes).
  const lock = join(ARTIFACTS, ".web-build.lock");
  mkdirSync(ARTIFACTS, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The lock went away meanwhile: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const index = join(WEB, "dist", "index.html");
    const sources = Math.max(newestMtime(join(WEB, "src")), newestMtime(join(WEB, "index.html")), newestMtime(join(WEB, "vite.config.ts")));
    if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
    const { build } = await import("vite");
    await build({ configFile: join(WEB, "vite.config.ts"), logLevel: "warn", build: { sourcemap: false } });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
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
  // Evaluated rather than added as a <script>: the app's CSP (rightly) refuses inline scripts.
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
