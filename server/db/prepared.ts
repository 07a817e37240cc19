import { createHash } from "node:crypto";
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

/**
 * Runs `sql` (`?` placeholders, as `em.execute` takes) as a named prepared statement, on `em`'s open
 * transaction if there is one. MikroORM sends each statement as text with its values written in, so
 * PostgreSQL parses and plans it every time: for a vote, planning took about as long as running it,
 * and on this machine PostgreSQL's CPU is shared with the server's. Prepared, it is planned once per
 * connection.
 *
 * Only for statements whose shape does not depend on the request (no `in (?)` over a list of varying
 * length, no limit that changes the best plan): the name is the text's hash, so one name always
 * means one text, and each distinct text stays prepared on every pooled connection.
 */
export function executePrepared<T = Record<string, unknown>>(em: EntityManager, sql: string, values: readonly unknown[]): Promise<T[]> {
  return executePreparedOn<T>(em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex(), sql, values);
}

/** `executePrepared` on a connection of its own choosing: work that must not join the request's transaction. */
export async function executePreparedOn<T = Record<string, unknown>>(knex: Knex, sql: string, values: readonly unknown[]): Promise<T[]> {
  // As `em.execute` does, a list value fills `in (?)` element by element (knex would bind it as one array).
  let index = 0;
  const flat: unknown[] = [];
  const text = sql.replace(/\?/g, () => {
    const value = values[index++];
    if (!Array.isArray(value)) return flat.push(value), "?";
    flat.push(...value);
    return value.length ? value.map(() => "?").join(", ") : "null";
  });
  const query = knex.raw(text, flat as Knex.RawBinding[]);
  const name = `rt_${createHash("sha1").update(query.toSQL().sql).digest("hex").slice(0, 20)}`;
  const result = (await query.options({ name })) as { rows: T[] };
  return result.rows;
}
