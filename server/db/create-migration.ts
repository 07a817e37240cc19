/**
 * `npm run migration:create`: diffs the entities against the committed migrations on a throwaway
 * embedded PostgreSQL and writes the next migration file, so contributors need no database set up.
 */
import { MikroORM } from "@mikro-orm/postgresql";
import net from "node:net";
import { startEmbeddedPostgres } from "./database.js";
import { ormConfig } from "./mikro-orm.config.js";

/** A port nobody listens on, so two checkouts can diff at the same time. */
const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const server = await startEmbeddedPostgres({ dataDir: `.data/migration-diff-${process.pid}`, port, persistent: false });
try {
  const orm = await MikroORM.init(ormConfig(server.urlFor("migration_diff")));
  await orm.schema.ensureDatabase();
  await orm.migrator.up();
  const result = await orm.migrator.createMigration();
  console.log(
    result.fileName
      ? `Wrote server/db/migrations/${result.fileName}; add it to server/db/migrations/index.ts.`
      : "Entities match the migrations; nothing to write.",
  );
  await orm.close();
} finally {
  await server.stop();
}
