import { ConnectionException } from "@mikro-orm/core";

/** Node socket errors and PostgreSQL SQLSTATEs that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03"]);

/**
 * True when an error (or anything it wraps) says PostgreSQL is unreachable or shutting down, as
 * opposed to a query that is wrong. Those become UPSTREAM_UNAVAILABLE: the client may retry.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 8; depth++) {
    if (cause instanceof ConnectionException || cause.name === "KnexTimeoutError") return true;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (/Connection terminated|Client has encountered a connection error|connect ECONNREFUSED/.test(cause.message)) return true;
    // knex ends a transaction whose connection died and refuses its next query with this message
    // (nothing wrapped). Our code never queries a finished transaction otherwise, so here it means the
    // connection went away mid-transaction.
    if (/^Transaction query already complete/.test(cause.message)) return true;
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause;
  }
  return false;
}
