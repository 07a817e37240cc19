import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimit } from "../config.js";
import { rateLimited } from "../graphql/errors.js";

export type RateLimitedAction = "submit" | "vote" | "comment" | "login";

/**
 * Per-member (or per-IP for login) budgets. In-memory is right for the single-process server
 * Roundtrip runs as; a multi-instance deployment would swap in rate-limiter-flexible's Postgres store.
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitedAction, RateLimiterMemory>;

  constructor(limits: Record<RateLimitedAction, RateLimit>) {
    const make = (limit: RateLimit) => new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
    this.limiters = { submit: make(limits.submit), vote: make(limits.vote), comment: make(limits.comment), login: make(limits.login) };
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
