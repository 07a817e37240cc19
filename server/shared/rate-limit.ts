import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimit } from "../config.js";
import { rateLimited } from "./errors.js";

export const FREE_LOGIN_FAILURES = 5;
export const MAX_LOGIN_DELAY_SECONDS = 300;
/** Failures older than this no longer lengthen the wait. */
const LOGIN_FAILURE_MEMORY_SECONDS = 3600;

/** `accountMail`: verification and password-reset mails, per member and per address. */
export type RateLimitedAction = "submit" | "vote" | "comment" | "login" | "accountMail";

/**
 * Per-member (or per-IP for login) budgets, and a growing delay per account after failed logins. In-memory is right for the single-process server
 * Roundtrip runs as; a multi-instance deployment would swap in rate-limiter-flexible's Postgres store.
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitedAction, RateLimiterMemory>;

  constructor(limits: Record<RateLimitedAction, RateLimit>) {
    const make = (limit: RateLimit) => new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
    this.limiters = { submit: make(limits.submit), vote: make(limits.vote), comment: make(limits.comment), login: make(limits.login), accountMail: make(limits.accountMail) };
  }

  /**
   * Failed logins per account, from any address: the first few are free, then each one doubles
   * the wait before the next try (1 s, 2 s, 4 s … at most 5 minutes). A delay, never a lockout,
   * so someone guessing a member's password cannot keep them out for long, yet makes no progress.
   */
  private readonly loginFailures = new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: LOGIN_FAILURE_MEMORY_SECONDS });
  private readonly loginWaits = new RateLimiterMemory({ points: 1, duration: 1 });

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
  async consume(action: RateLimitedAction, key: string): Promise<void> {
    try {
      await this.limiters[action].consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  }
}
