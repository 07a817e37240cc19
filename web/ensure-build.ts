/**
 * Builds the web app into web/dist when the bundle is missing or older than its sources, quietly
 * (one line, not Vite's per-file report). Used by `npm start` and by the browser tests, whose files
 * run in parallel workers: one builds while the others wait on a lock directory, then all see a fresh
 * bundle (a stale lock from a killed run is taken over after two minutes).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB = fileURLToPath(new URL(".", import.meta.url));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export async function ensureWebBuild(options: { sourcemap?: boolean; announce?: (line: string) => void } = {}): Promise<void> {
  const lock = join(WEB, "dist.lock");
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
    options.announce?.("Building the web app (first start or changed sources) …");
    const { build } = await import("vite");
    await build({ configFile: join(WEB, "vite.config.ts"), logLevel: "warn", build: { sourcemap: options.sourcemap ?? true } });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await ensureWebBuild({ announce: console.log });
}
