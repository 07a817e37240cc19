/**
 * As root, the embedded PostgreSQL runs as the `postgres` user; a project under a folder that user
 * cannot enter (a clone under /root, mode 700) must be refused with one sentence, before initdb fails
 * with an EACCES stack.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstClosedDirectory } from "../../server/db/embedded-access.js";
import { startEmbeddedPostgres } from "../../server/db/database.js";

const base = mkdtempSync(join(tmpdir(), "roundtrip-access-"));
chmodSync(base, 0o755);
const closed = join(base, "home");
mkdirSync(join(closed, "project", ".data"), { recursive: true });
chmodSync(closed, 0o700);
afterAll(() => rmSync(base, { recursive: true, force: true }));

// Someone who owns nothing here and is in none of its groups, as a freshly created `postgres` user is.
const STRANGER = { uid: 4_000_001, gid: 4_000_001 };

describe("embedded PostgreSQL reachability", () => {
  it("names the first folder the postgres user cannot enter", () => {
    expect(firstClosedDirectory(join(closed, "project", ".data", "postgres", "PG_VERSION"), STRANGER.uid, STRANGER.gid)).toBe(closed);
  });

  it("lets the owner through and accepts paths that do not exist yet", () => {
    const { uid, gid } = { uid: process.getuid!(), gid: process.getgid!() };
    expect(firstClosedDirectory(join(closed, "project", "x"), uid, gid)).toBeNull();
    expect(firstClosedDirectory(join(base, "open", "not", "there", "yet"), STRANGER.uid, STRANGER.gid)).toBeNull();
  });

  it.skipIf(process.getuid?.() !== 0)("as root, refuses a data directory under a closed folder with one plain sentence", async () => {
    const start = startEmbeddedPostgres({ dataDir: join(closed, "project", ".data", "postgres"), port: 1, persistent: false });
    await expect(start).rejects.toThrow(
      `The embedded PostgreSQL runs as the system user "postgres" when Roundtrip runs as root, and that user cannot enter ${closed}. ` +
        "Put the project in a folder other users can enter (for example under /srv or /opt), run it as a normal user, or set DATABASE_URL to an external PostgreSQL.",
    );
  });
});
