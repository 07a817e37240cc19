import { type ConflictReason, ForbiddenReason, InputReason } from "./input-rules.js";

/** The one error vocabulary shared by server and web app (`extensions.code`). */
export enum ErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  BAD_USER_INPUT = "BAD_USER_INPUT",
  CONFLICT = "CONFLICT",
  RATE_LIMITED = "RATE_LIMITED",
  UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE",
}

/**
 * A refusal the domain raises: a code from the vocabulary, an English sentence for people reading
 * the API, and machine-readable details (`field`, `reason`, `retryAfter`, …) clients word themselves.
 * It knows nothing of GraphQL or HTTP; `server/graphql/errors.ts` formats it for each transport.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, "You need to sign in to do this.");
export const forbidden = (what = "do this") => new AppError(ErrorCode.FORBIDDEN, `You are not allowed to ${what}.`);
export const notFound = (entity: string) => new AppError(ErrorCode.NOT_FOUND, `${entity} not found.`);
/** `reason` is what clients word; `message` is the English sentence for people reading the API. */
export const badInput = (field: string, reason: InputReason, message: string, bounds: { min?: number; max?: number } = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason, ...bounds });
/** A sanction in force: clients word `reason` and show `until` (null: for good) and the staff's `explanation`. */
export const restricted = (reason: ForbiddenReason, message: string, details: { until: string | null; explanation: string }) =>
  new AppError(ErrorCode.FORBIDDEN, message, { reason, ...details });
/** The member has not accepted the netiquette's latest material change: clients offer `version` to accept. */
export const netiquetteNotAccepted = (version: number) =>
  new AppError(ErrorCode.FORBIDDEN, `The community guidelines changed: accept version ${version} before you post or comment.`, {
    reason: ForbiddenReason.NETIQUETTE_NOT_ACCEPTED,
    version,
  });
/** `reason` is what clients word; `message` is the English sentence for people reading the API. */
export const conflict = (reason: ConflictReason, message: string) => new AppError(ErrorCode.CONFLICT, message, { reason });
/** A tracker or the database did not answer during this request; trying again later may work. */
export const upstreamUnavailable = (message: string, details: Record<string, unknown> = {}) => new AppError(ErrorCode.UPSTREAM_UNAVAILABLE, message, details);
/** PostgreSQL is unreachable or restarting (see `isDatabaseUnavailable`); the same words on every transport. */
export const databaseUnavailable = () => upstreamUnavailable("The database is unavailable; try again in a few seconds.");
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfter: retryAfterSeconds,
  });
