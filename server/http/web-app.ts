import express, { type Express } from "express";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Serves the built Svelte app; unknown paths fall back to index.html so client-side routes work on reload. */
export function serveWebApp(app: Express): void {
  if (!existsSync(WEB_DIST)) return;
  app.use(express.static(WEB_DIST, { index: false, maxAge: "1h" }));
  // A missing file under /assets/ is a 404, not the app: a stale bundle must not get HTML as script.
  app.get(/^\/(?!graphql|webhooks|healthz|readyz|metrics|assets\/).*/, (_req, res) => {
    res.sendFile("index.html", { root: WEB_DIST, headers: { "Cache-Control": "no-cache" } });
  });
}
