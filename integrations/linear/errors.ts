import {
  AuthenticationLinearError,
  ForbiddenLinearError,
  InternalLinearError,
  LinearError,
  NetworkLinearError,
  RatelimitedLinearError,
} from "@linear/sdk";
import { httpFailure, networkFailure, toTrackerError, type FailureContext } from "../failures.js";
import { TrackerError } from "../tracker.js";

/** What the SDK keeps of the HTTP exchange in `LinearError.raw`. */
interface RawExchange {
  response?: { headers?: Headers; errors?: Array<{ message?: unknown }> };
}

function rawExchange(error: LinearError): RawExchange {
  return (error.raw ?? {}) as RawExchange;
}

/**
 * Linear answers a missing entity with HTTP 200 and `errors: [{ message: "Entity not found: Issue" }]`.
 * The SDK overwrites that message with the user-presentable one, so read the raw response.
 */
function isEntityNotFound(error: LinearError): boolean {
  return (rawExchange(error).response?.errors ?? []).some((e) => typeof e.message === "string" && e.message.startsWith("Entity not found"));
}

/**
 * Maps what the SDK throws (LinearError subclasses, or fetch's TypeError from rawRequest)
 * onto TrackerError. Linear reports most failures as GraphQL errors, often under HTTP 200
 * or 400, so the GraphQL error type wins over the HTTP status when both are present.
 */
export function linearFailure(ctx: FailureContext, error: unknown): TrackerError {
  if (error instanceof TrackerError || !(error instanceof LinearError)) return toTrackerError(ctx, error);
  const network = networkFailure(ctx, error.raw);
  if (network) return network;
  const detail = error.errors?.map((e) => e.message).join("; ") || undefined;
  const retryAfter = rawExchange(error).response?.headers?.get("retry-after");
  const httpStatus = error.status !== undefined && error.status >= 400 ? error.status : undefined;
  if (isEntityNotFound(error)) return httpFailure(ctx, 404, { detail });
  // Linear signals rate limits as HTTP 400 with type "ratelimited"; the SDK also maps a bare 429 here.
  if (error instanceof RatelimitedLinearError) return httpFailure(ctx, 429, { retryAfter, detail });
  // Without GraphQL errors the SDK guesses a type from the status alone; the status itself is more precise.
  if (!error.errors?.length && httpStatus) return httpFailure(ctx, httpStatus, { retryAfter, detail });
  if (error instanceof AuthenticationLinearError) return httpFailure(ctx, 401, { detail });
  if (error instanceof ForbiddenLinearError) return httpFailure(ctx, 403, { detail });
  if (error instanceof InternalLinearError || error instanceof NetworkLinearError) {
    return httpFailure(ctx, httpStatus && httpStatus >= 500 ? httpStatus : 500, { retryAfter, detail });
  }
  return httpFailure(ctx, httpStatus ?? 400, { detail });
}
