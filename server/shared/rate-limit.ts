import type { Knex } from "@mikro-orm/postgresql";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimit } from "../config.js";
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

const DAY_SECONDS = 86_400;

/**
 * Per-member (or per-IP for login) budgets, trust-level budgets, and a growing delay per account after
 * failed logins. The counters live in PostgreSQL (table `rate_limit`, created by a migration), so every
 * server process on the database spends from the same budget.
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitedAction, RateLimiterPostgres>;
  /** Trust budgets change with the settings, so their limiters are made on first use, per size. */
  private readonly budgetLimiters = new Map<string, RateLimiterPostgres>();

  constructor(
    limits: Record<RateLimitedAction, RateLimit>,
    private readonly knex: Knex,
  ) {
    this.limiters = {
      submit: this.limiter("submit", limits.submit.points, limits.submit.durationSeconds),
      vote: this.limiter("vote", limits.vote.points, limits.vote.durationSeconds),
      comment: this.limiter("comment", limits.comment.points, limits.comment.durationSeconds),
      login: this.limiter("login", limits.login.points, limits.login.durationSeconds),
      accountMail: this.limiter("accountMail", limits.accountMail.points, limits.accountMail.durationSeconds),
    };
    this.loginFailures = this.limiter("loginFailures", Number.MAX_SAFE_INTEGER, LOGIN_FAILURE_MEMORY_SECONDS, true);
    this.loginWaits = this.limiter("loginWaits", 1, 1);
  }

  /** One counter family (`keyPrefix`) in the shared table; only the login failures' limiter sweeps expired rows, for all. */
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

  /** Spends one point or throws RATE_LIMITED with the seconds to wait. */
  consume(action: RateLimitedAction, key: string): Promise<void> {
    return spend(this.limiters[action], key);
  }

  /**
   * Spends one of `kind`'s trust budget for `memberId`: first the wait since the last one, then the
   * day's count. The counters are keyed by member, not level, so a promotion keeps what was spent.
   */
  async consumeBudget(kind: string, memberId: string, budget: Budget): Promise<void> {
    // 0 seconds means no wait (to rate-limiter-flexible a duration of 0 would mean "never expires").
    if (budget.secondsBetween > 0) await spend(this.budgetLimiter(`${kind}Gap`, 1, budget.secondsBetween), memberId);
    await spend(this.budgetLimiter(`${kind}Day`, budget.perDay, DAY_SECONDS), memberId);
  }

  private budgetLimiter(keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
    const id = `${keyPrefix}/${points}/${duration}`;
    let limiter = this.budgetLimiters.get(id);
    if (!limiter) this.budgetLimiters.set(id, (limiter = this.limiter(keyPrefix, points, duration)));
    return limiter;
  }
}

async function spend(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    throw refusal;
  }
}
