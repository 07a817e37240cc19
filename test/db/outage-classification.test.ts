/**
 * Which database errors mean "PostgreSQL is not there right now" (UPSTREAM_UNAVAILABLE, retry) as
 * opposed to a query that is wrong. Each case is produced for real: the connection under a running
 * transaction is terminated by PostgreSQL, as a crash or a failover does, or knex refuses to go on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../server/db/outage.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Runs `after` inside a transaction whose connection PostgreSQL has just terminated; returns what it threw. */
async function failureAfterTermination(after: (tx: ReturnType<TestApp["orm"]["em"]["fork"]>) => Promise<unknown>): Promise<unknown> {
  return app.orm.em
    .fork()
    .transactional(async (tx) => {
      const [{ pid }] = await tx.execute<{ pid: number }[]>(`select pg_backend_pid() as pid`);
      await app.orm.em.fork().execute(`select pg_terminate_backend(?)`, [pid]);
      // Let the driver notice the closed socket before the transaction's next query.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await after(tx);
    })
    .then(
      () => expect.fail("the transaction should not have committed"),
      (error: unknown) => error,
    );
}

describe("database outage classification", () => {
  it("a query on a transaction whose connection died is an outage, not a bug", async () => {
    const error = await failureAfterTermination((tx) => tx.execute(`select 2`));
    expect(String(error)).toMatch(/connection|ECONNRESET|terminat/i);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("knex's refusal of a query on a transaction it already ended is an outage", async () => {
    // What a vote saw in test/faults/database-outage.test.ts when PostgreSQL died mid-transaction:
    // knex had ended the transaction on the connection error and refused its next query.
    const trx = await app.orm.em.getKnex().transaction();
    await trx.rollback();
    const error = await trx.raw(`select 1`).catch((e: unknown) => e);
    expect(String(error)).toMatch(/Transaction query already complete/);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a wrong query is not an outage", async () => {
    const error = await app.orm.em.fork().execute(`select * from no_such_table`).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
