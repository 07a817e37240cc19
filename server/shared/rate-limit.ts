import type { Knex } from "@mikro-orm/postgresql";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import type { RateLimit } from "../config.js";
import { executePreparedOn } from "../db/prepared.js";
import { rateLimited } from "./errors.js";

export const FREE_LOGIN_FAILURES = 5;
export const MAX_LOGIN_DELAY_SECONDS = 300;
/** Failures older than this no longer lengthen the wait. */
const LOGIN_FAILURE_MEMORY_SECONDS = 3600;

/** `accountMail`: verification and password-reset mails, per member and per address. */
export type RateLimitedAction = "submit" | "vote" | "comment" | "login" | "accountMail";

/** What a trust level budgets (server/trust/trust-limits.ts): the wait between two, and how many per 24 hours. */
export interface Budget {
  perDay: number;
  secondsBetween: number;
}

/** A trust budget to spend together with an action's limit, under the family names `${kind}Gap` and `${kind}Day`. */
export interface TrustBudget extends Budget {
  kind: string;
}

const DAY_SECONDS = 86_400;

/** One point to spend: at most `points` per `durationSeconds` under the row key `family:key`. */
interface Counter {
  family: string;
  key: string;
  points: number;
  durationSeconds: number;
}

/**
 * Per-member (or per-IP for login) limits, trust-level budgets, and a growing delay per account after
 * failed logins. The counters live in PostgreSQL (table `rate_limit`, created by a migration), so every
 * server process on the database spends from the same budget.
 */
export class RateLimits {
  constructor(
    private readonly limits: Record<RateLimitedAction, RateLimit>,
    private readonly knex: Knex,
  ) {
    this.loginFailures = this.limiter("loginFailures", Number.MAX_SAFE_INTEGER, LOGIN_FAILURE_MEMORY_SECONDS, true);
    this.loginWaits = this.limiter("loginWaits", 1, 1);
  }

  /** One counter family (`keyPrefix`) in the shared table; the login failures' limiter sweeps expired rows, for all. */
  private limiter(keyPrefix: string, points: number, duration: number, sweeps = false): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.knex,
      storeType: "knex",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: sweeps,
      keyPrefix,
      points,
      duration,
    });
  }

  /**
   * Failed logins per account, from any address: the first few are free, then each one doubles
   * the wait before the next try (1 s, 2 s, 4 s … at most 5 minutes). A delay, never a lockout,
   * so someone guessing a member's password cannot keep them out for long, yet makes no progress.
   */
  private readonly loginFailures: RateLimiterPostgres;
  private readonly loginWaits: RateLimiterPostgres;

  /** Throws RATE_LIMITED while the account's current wait lasts (right password or not). */
  async checkLoginDelay(account: string): Promise<void> {
    const wait = await this.loginWaits.get(account);
    if (wait && wait.consumedPoints > 1) throw rateLimited(Math.max(1, Math.ceil(wait.msBeforeNext / 1000)));
  }

  async loginFailed(account: string): Promise<void> {
    const { consumedPoints: failures } = await this.loginFailures.penalty(account);
    if (failures > FREE_LOGIN_FAILURES) {
      await this.loginWaits.block(account, Math.min(2 ** (failures - FREE_LOGIN_FAILURES - 1), MAX_LOGIN_DELAY_SECONDS));
    }
  }

  async loginSucceeded(account: string): Promise<void> {
    await Promise.all([this.loginFailures.delete(account), this.loginWaits.delete(account)]);
  }

  /**
   * Spends one point of `action`'s limit for `key` and, when given, of the trust budget (the wait since
   * the last one, then the day's count; keyed by member, not level, so a promotion keeps what was
   * spent). Throws RATE_LIMITED with the longest wait among the counters that are used up.
   */
  consume(action: RateLimitedAction, key: string, budget?: TrustBudget): Promise<void> {
    const { points, durationSeconds } = this.limits[action];
    const counters: Counter[] = [{ family: action, key, points, durationSeconds }];
    if (budget) {
      // 0 seconds between means no wait, so no counter for it.
      if (budget.secondsBetween > 0) counters.push({ family: `${budget.kind}Gap`, key, points: 1, durationSeconds: budget.secondsBetween });
      counters.push({ family: `${budget.kind}Day`, key, points: budget.perDay, durationSeconds: DAY_SECONDS });
    }
    return this.spend(counters);
  }

  /**
   * All counters in one prepared statement, on rate-limiter-flexible's rows (same keys, points and
   * expiry in epoch ms), by hand because the library spends one counter per round trip and a vote
   * spends two: each round trip cost a vote about a tenth of its throughput (`npm run bench`).
   * A refused request gives back what it spent on the counters that were not used up, so a second
   * click within the wait between two posts does not also eat one of the day's.
   */
  private async spend(counters: Counter[]): Promise<void> {
    const now = Date.now();
    const rows = await executePreparedOn<{ key: string; points: number; expire: string }>(
      this.knex,
      `insert into rate_limit (key, points, expire)
       select counter.key, 1, counter.expire from jsonb_to_recordset(?::jsonb) as counter(key text, expire bigint)
       on conflict (key) do update set
         points = case when rate_limit.expire <= ? then 1 else rate_limit.points + 1 end,
         expire = case when rate_limit.expire <= ? then excluded.expire else rate_limit.expire end
       returning key, points, expire`,
      [JSON.stringify(counters.map((counter) => ({ key: rowKey(counter), expire: now + counter.durationSeconds * 1000 }))), now, now],
    );
    const spent = new Map(rows.map((row) => [row.key, row]));
    const usedUp = counters.filter((counter) => spent.get(rowKey(counter))!.points > counter.points);
    if (usedUp.length === 0) return;
    const untouched = counters.filter((counter) => !usedUp.includes(counter)).map(rowKey);
    if (untouched.length) await executePreparedOn(this.knex, `update rate_limit set points = points - 1 where key in (?) and points > 0`, [untouched]);
    const waitMs = Math.max(...usedUp.map((counter) => Number(spent.get(rowKey(counter))!.expire) - now));
    throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
  }
}

const rowKey = (counter: Counter) => `${counter.family}:${counter.key}`;
