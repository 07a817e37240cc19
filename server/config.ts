/** Every environment variable Roundtrip reads, parsed and validated in one place. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started in `embeddedDataDir`. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  production: boolean;
  /** Email that becomes ADMIN on sign-up (besides the very first account). */
  adminEmail: string | null;
  publicUrl: string;
  sessionTtlDays: number;
  /** Minutes during which an author may still edit their own post. */
  authorEditGraceMinutes: number;
  seedDemoData: boolean;
  /** Key (32 bytes, base64 or hex) that encrypts tracker credentials; see server/main.ts for the dev fallback. */
  secretKey: string | null;
  /** Cron expression of the tracker reconciliation poll; empty turns it off. */
  reconcileCron: string;
  /** Cron expression of the TRENDING score refresh (posts/trending.ts); empty turns it off. */
  trendingRefreshCron: string;
  /** Cron expression of the trust level promotion (trust/trust-jobs.ts); empty turns it off. */
  trustPromotionCron: string;
  jobPollingSeconds: number;
  /** How often each process asks whether a scheduled job is due (pg-boss, 1–45 s); one of them sends it. */
  scheduleCheckSeconds: number;
  /** First delay before retrying a failed tracker call; doubles per attempt. */
  trackerRetryBaseMs: number;
  rateLimits: { submit: RateLimit; vote: RateLimit; comment: RateLimit; login: RateLimit; accountMail: RateLimit };
  /** SMTP server mails go through (`smtp://user:pass@host:587`, `smtps://…`); null keeps them in the outbox. */
  smtpUrl: string | null;
  /** The From header of every mail. */
  mailFrom: string;
  /** First delay before retrying a mail the SMTP server did not take (4xx, unreachable); doubles per attempt. */
  mailRetryBaseMs: number;
  /** Instant notification mail waits this long after a member's first unsent change, so several become one mail. */
  mailBatchSeconds: number;
  /** How long a link to verify or change an e-mail address works. */
  emailLinkTtlHours: number;
  /** How long a password reset link works. */
  passwordResetTtlMinutes: number;
  /**
   * Which proxies may tell us the client's address (X-Forwarded-For), in Express' `trust proxy`
   * syntax: `false` (default, none), a hop count, or addresses/subnets such as `loopback, 10.0.0.0/8`.
   * Trusting a proxy that does not overwrite the header lets any client choose its address.
   */
  trustProxy: boolean | number | string;
  /** Apply pending migrations when the server starts (default); `MIGRATE_ON_START=false` leaves them to the operator. */
  migrateOnStart: boolean;
  /** On SIGTERM/SIGINT: how long in-flight requests, live connections and running jobs get to finish. */
  shutdownTimeoutSeconds: number;
  /** Bearer token that unlocks `/metrics`; null serves no metrics at all. */
  metricsToken: string | null;
}

/**
 * The settings production cannot guess, with the sentence each missing one prints. Outside production
 * they have working fallbacks (embedded PostgreSQL, a generated key, localhost).
 */
const PRODUCTION_SETTINGS = {
  SECRET_KEY: "SECRET_KEY is not set: give it 32 random bytes, base64 (openssl rand -base64 32); it encrypts tracker credentials.",
  DATABASE_URL: "DATABASE_URL is not set: give the PostgreSQL connection string, e.g. postgresql://roundtrip:password@db:5432/roundtrip.",
  PUBLIC_URL: "PUBLIC_URL is not set: give the address members open in their browser, e.g. https://feedback.example.com.",
} as const;

/** One sentence per production setting that is missing from `env`; empty when all are there. */
export function missingProductionSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.entries(PRODUCTION_SETTINGS)
    .filter(([name]) => !env[name]?.trim())
    .map(([, sentence]) => sentence);
}

function trustProxyFromEnv(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "false" || value === "none") return false;
  if (value === "true") {
    throw new Error('TRUST_PROXY=true would trust every address; give the hop count or the proxies\' addresses, e.g. "1" or "loopback".');
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function scheduleCheckSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = intFromEnv(env, "SCHEDULE_CHECK_SECONDS", 30);
  if (seconds < 1 || seconds > 45) throw new Error(`SCHEDULE_CHECK_SECONDS must be from 1 to 45, got "${seconds}"`);
  return seconds;
}

function rateLimitFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name];
  if (!raw) return fallback;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match) throw new Error(`${name} must look like "points/seconds", e.g. "10/3600", got "${raw}"`);
  return { points: Number(match[1]), durationSeconds: Number(match[2]) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFromEnv(env, "PORT", 4000);
  const production = env.NODE_ENV === "production";
  return {
    port,
    host: env.HOST || "0.0.0.0",
    databaseUrl: env.DATABASE_URL || null,
    embeddedDataDir: env.EMBEDDED_PG_DIR || ".data/postgres",
    embeddedPort: intFromEnv(env, "EMBEDDED_PG_PORT", 54329),
    production,
    adminEmail: env.ADMIN_EMAIL?.trim().toLowerCase() || null,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ""),
    sessionTtlDays: intFromEnv(env, "SESSION_TTL_DAYS", 30),
    authorEditGraceMinutes: intFromEnv(env, "AUTHOR_EDIT_GRACE_MINUTES", 30),
    // A production database gets demo accounts (with printed passwords) only when asked for.
    seedDemoData: production ? env.SEED_DEMO_DATA === "true" : env.SEED_DEMO_DATA !== "false",
    secretKey: env.SECRET_KEY || null,
    reconcileCron: env.RECONCILE_CRON ?? "*/5 * * * *",
    trendingRefreshCron: env.TRENDING_REFRESH_CRON ?? "*/5 * * * *",
    trustPromotionCron: env.TRUST_PROMOTION_CRON ?? "23 * * * *",
    jobPollingSeconds: intFromEnv(env, "JOB_POLLING_SECONDS", 2),
    scheduleCheckSeconds: scheduleCheckSeconds(env),
    trackerRetryBaseMs: intFromEnv(env, "TRACKER_RETRY_BASE_MS", 5000),
    rateLimits: {
      submit: rateLimitFromEnv(env, "RATE_LIMIT_SUBMIT", { points: 10, durationSeconds: 3600 }),
      vote: rateLimitFromEnv(env, "RATE_LIMIT_VOTE", { points: 120, durationSeconds: 60 }),
      comment: rateLimitFromEnv(env, "RATE_LIMIT_COMMENT", { points: 20, durationSeconds: 60 }),
      login: rateLimitFromEnv(env, "RATE_LIMIT_LOGIN", { points: 10, durationSeconds: 300 }),
      accountMail: rateLimitFromEnv(env, "RATE_LIMIT_ACCOUNT_MAIL", { points: 3, durationSeconds: 900 }),
    },
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || `Roundtrip <no-reply@${new URL(env.PUBLIC_URL || "http://localhost").hostname}>`,
    mailRetryBaseMs: intFromEnv(env, "MAIL_RETRY_BASE_MS", 30_000),
    mailBatchSeconds: intFromEnv(env, "MAIL_BATCH_MINUTES", 10) * 60,
    emailLinkTtlHours: intFromEnv(env, "EMAIL_LINK_TTL_HOURS", 48),
    passwordResetTtlMinutes: intFromEnv(env, "PASSWORD_RESET_TTL_MINUTES", 60),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    migrateOnStart: env.MIGRATE_ON_START !== "false",
    shutdownTimeoutSeconds: intFromEnv(env, "SHUTDOWN_TIMEOUT_SECONDS", 10),
    metricsToken: env.METRICS_TOKEN || null,
  };
}
