import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.ROUNDTRIP_API ?? "http://localhost:4000";

/**
 * The Roundtrip web app. `vite` (dev) proxies /graphql and the changelog feeds to a running server, by default the one
 * `npm start` runs on port 4000; set ROUNDTRIP_API to point elsewhere.
 */
export default defineConfig({
  root,
  base: "/",
  plugins: [svelte()],
  // The server's input rules (limits, refusal reasons), imported as they are so the two cannot drift.
  resolve: { alias: { $shared: fileURLToPath(new URL("../server/shared", import.meta.url)) } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Rolldown's "slow plugin" report is noise on a first `npm start`; `npm run build:web` stays quiet too.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    port: 5173,
    proxy: {
      // ws: live updates (graphql-ws subscriptions) share the /graphql path.
      "/graphql": { target: api, changeOrigin: false, ws: true },
      // The changelog's Atom, RSS and JSON feeds, which the page head links.
      "^/changelog\\.(atom|rss|json)$": { target: api, changeOrigin: false },
      // The dashboard's CSV downloads.
      "^/(reports/community|posts)\\.csv": { target: api, changeOrigin: false },
    },
  },
});
