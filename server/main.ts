/**
 * `npm start`: starts (or connects to) PostgreSQL, migrates, seeds demo data into an empty
 * database, and serves GraphQL and the web app. Ctrl-C stops everything cleanly.
 */
import "reflect-metadata";
import { loadConfig } from "./config.js";
import { EmbeddedPostgresUnreachable, startEmbeddedPostgres, type DatabaseServer } from "./db/database.js";
import { openDatabase } from "./db/orm.js";
import { seedDemoData } from "./db/seed.js";
import { startApp } from "./app.js";
import { developmentSecretKey } from "./shared/development-secret.js";

const config = loadConfig();
config.secretKey ??= await developmentSecretKey(config);
let embedded: DatabaseServer | null = null;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  console.log(`Starting embedded PostgreSQL in ${config.embeddedDataDir} …`);
  embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort, persistent: true, report: console.error }).catch(
    (error: unknown) => {
      if (!(error instanceof EmbeddedPostgresUnreachable)) throw error;
      console.error(error.message);
      process.exit(1);
    },
  );
  databaseUrl = embedded.urlFor("roundtrip");
}

const orm = await openDatabase(databaseUrl);
if (config.seedDemoData) {
  const credentials = await seedDemoData(orm.em.fork());
  if (credentials) {
    console.log("Seeded a demo community. Sign in with:");
    for (const { role, email, password } of credentials) console.log(`  ${role.padEnd(8)} ${email} / ${password}`);
  }
}
const app = await startApp(config, orm);
console.log(`Roundtrip is running: web app http://localhost:${config.port}/  GraphQL http://localhost:${config.port}/graphql`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received, stopping …`);
  // Each step runs even if an earlier one failed: Ctrl-C in a terminal also signals the embedded
  // PostgreSQL, which may already be shutting down underneath us.
  for (const step of [() => app.stop(), () => orm.close(), () => embedded?.stop()]) {
    await Promise.resolve()
      .then(step)
      .catch((error: unknown) => console.error("While stopping:", error instanceof Error ? error.message : error));
  }
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
