import type { TestProject } from "vitest/node";
import { rm } from "node:fs/promises";
import { EmbeddedPostgresUnreachable, startEmbeddedPostgres, type DatabaseServer } from "../../server/db/database.js";
import { openDatabase } from "../../server/db/orm.js";
import { freePort } from "./free-port.js";


declare module "vitest" {
  export interface ProvidedContext {
    /** Connection string of the server's maintenance database; test files create their own databases from it. */
    adminDatabaseUrl: string;
    /** The migrated database test files clone; one per project, so projects sharing a DATABASE_URL do not race. */
    templateDatabase: string;
  }
}

/**
 * Starts one PostgreSQL for the whole run (embedded, or the one DATABASE_URL names) and migrates a
 * template database once; every test file then clones it, so files run in parallel in isolation.
 */
export default async function setup(project: TestProject) {
  let server: DatabaseServer | null = null;
  let adminUrl: string;
  // Each project (vitest.config.ts) runs this setup, at the same time: each gets a cluster of its own.
  const dataDir = `.data/test-postgres-${process.pid}-${project.name}`;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    adminUrl = url.toString();
  } else {
    server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false }).catch((error: unknown) => {
      if (!(error instanceof EmbeddedPostgresUnreachable)) throw error;
      console.error(error.message);
      process.exit(1);
    });
    adminUrl = server.urlFor("postgres");
  }
  const templateDatabase = `roundtrip_test_template_${project.name}`;
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDatabase}`;

  const admin = await openDatabase(adminUrl, { migrate: false });
  await admin.em.getConnection().execute(`drop database if exists "${templateDatabase}" with (force)`);
  await admin.close();
  const template = await openDatabase(templateUrl.toString());
  await template.close();

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);
  return async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
