// Shared failure classification for both adapters: turns HTTP statuses and network
// errors into TrackerError with a human message, a retryable flag and a retry delay.
import { TrackerError } from "./tracker.js";

/** What was being attempted, for whom, and which strings must never appear in a message. */
export interface FailureContext {
  /** The tracker's name for people, e.g. "Jira". */
  tracker: string;
  /** A gerund phrase, e.g. "getting issue ABC-1". */
  action: string;
  secrets: readonly string[];
}

const MAX_DETAIL_LENGTH = 300;

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Every HTTP-date form starts with a day name; Date.parse alone would read "-5" as a year.
  if (!/^[A-Za-z]/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Replaces every configured secret in `text`; tracker error bodies are echoed into messages. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret.length > 0).reduce((result, secret) => result.split(secret).join("[redacted]"), text);
}

function withDetail(message: string, ctx: FailureContext, detail?: string): string {
  const cleaned = detail?.replace(/\s+/g, " ").trim();
  if (!cleaned) return message;
  const short = cleaned.length > MAX_DETAIL_LENGTH ? `${cleaned.slice(0, MAX_DETAIL_LENGTH)}…` : cleaned;
  return `${message}: ${redactSecrets(short, ctx.secrets)}`;
}

/** Classifies an HTTP error status: 429 and 5xx are retryable, every other status is permanent. */
export function httpFailure(
  ctx: FailureContext,
  status: number,
  options: { retryAfter?: string | null; detail?: string } = {},
): TrackerError {
  const name = ctx.tracker;
  const retryAfterMs = parseRetryAfterMs(options.retryAfter);
  if (status === 429) {
    const wait = retryAfterMs === undefined ? "retry later" : `retry in ${Math.ceil(retryAfterMs / 1000)} s`;
    return new TrackerError(withDetail(`${name} is rate limiting requests (429) while ${ctx.action}; ${wait}`, ctx, options.detail), true, status, retryAfterMs);
  }
  if (status >= 500) {
    return new TrackerError(withDetail(`${name} had a server error (${status}) while ${ctx.action}`, ctx, options.detail), true, status, retryAfterMs);
  }
  const summary =
    status === 401
      ? `${name} rejected the credentials (401) while ${ctx.action}; check the configured API token`
      : status === 403
        ? `${name} denied access (403) while ${ctx.action}; the account lacks permission`
        : status === 404
          ? `${name} found nothing (404) while ${ctx.action}`
          : `${name} refused the request (${status}) while ${ctx.action}`;
  return new TrackerError(withDetail(summary, ctx, options.detail), false, status);
}

const NETWORK_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);

/** Finds why a request never got an HTTP answer: a socket error code, or "timeout". */
function networkCause(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current.name === "TimeoutError" || current.name === "AbortError") return "timeout";
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_ERROR_CODES.has(code)) return code;
  }
  // undici reports every transport failure as TypeError("fetch failed"), sometimes without a coded cause.
  return error instanceof TypeError && error.message === "fetch failed" ? "connection failed" : undefined;
}

/** A retryable TrackerError when `error` is a transport failure, otherwise null. */
export function networkFailure(ctx: FailureContext, error: unknown): TrackerError | null {
  const cause = networkCause(error);
  if (!cause) return null;
  const name = ctx.tracker;
  const message =
    cause === "timeout" ? `${name} did not answer in time while ${ctx.action}` : `Could not reach ${name} (${cause}) while ${ctx.action}`;
  return new TrackerError(message, true);
}

/** An answer we cannot interpret, e.g. a 200 without the fields we asked for. */
export function unexpectedFailure(ctx: FailureContext, detail: string): TrackerError {
  return new TrackerError(withDetail(`${ctx.tracker} sent an unexpected answer while ${ctx.action}`, ctx, detail), false);
}

/** Passes TrackerErrors through and turns anything else into one. */
export function toTrackerError(ctx: FailureContext, error: unknown): TrackerError {
  if (error instanceof TrackerError) return error;
  return networkFailure(ctx, error) ?? unexpectedFailure(ctx, error instanceof Error ? error.message : String(error));
}
