import "reflect-metadata";
import { defineConfig } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import { fileURLToPath } from "node:url";
import { entities } from "./entities.js";
import { migrationsList } from "./migrations/index.js";
import { logger } from "../observability/logger.js";

const migrationsPath = fileURLToPath(new URL("./migrations", import.meta.url));

/** ORM options for a given connection string; used by the server, the tests and the MikroORM CLI. */
export function ormConfig(clientUrl: string) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: 20 },
    // Request-scoped forks are made explicitly; using the global EntityManager is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    // MikroORM's own lines (the migrator's "Applied …") go through the server's logger, as JSON in production.
    logger: (message: string) => logger.info(message),
    colors: false,
  });
}

// The CLI (`npm run migration:create`) needs a default export; it reads DATABASE_URL.
export default ormConfig(process.env.DATABASE_URL ?? "postgresql://postgres:password@localhost:54329/roundtrip");
