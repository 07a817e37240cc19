import { MikroORM } from "@mikro-orm/postgresql";
import { ormConfig } from "./mikro-orm.config.js";

/** Connects, creates the database when missing, and applies pending migrations. */
export async function openDatabase(url: string, options: { migrate: boolean } = { migrate: true }): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.schema.ensureDatabase();
  if (options.migrate) await orm.migrator.up();
  return orm;
}
