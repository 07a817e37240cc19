import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// Request, job and migration log lines would bury the report; unexpected errors still show. Set here
// rather than in `test.env` so the global setup (which migrates) and spawned servers inherit it too.
process.env.LOG_LEVEL ??= "error";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS ("main") and ESM ("module") builds. Node, type-graphql and Apollo all load the
    // CJS one; Vite would hand our own files the ESM one, and graphql refuses to mix the two at run time.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    // Two groups, one after the other: the API files two at a time (each has its own database and
    // server, and mostly waits on PostgreSQL), then the browser files one at a time, since a Chromium
    // beside another test's Chromium on a 2-core machine turns waits into timeouts.
    projects: [
      { extends: true, test: { name: "api", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**", "**/node_modules/**"], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "browser", include: ["test/e2e/**/*.test.ts"], maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
    globalSetup: ["test/support/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "test/artifacts/results.json" },
  },
});
