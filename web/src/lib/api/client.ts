import { ConflictReason, ForbiddenReason, InputReason } from "$shared/input-rules";
import type { TypedDocumentString } from "../../gql/graphql";

/** The error vocabulary the server puts in `extensions.code` (see server/graphql/errors.ts). */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UPSTREAM_UNAVAILABLE"
  | "NETWORK"
  | "UNKNOWN";

const KNOWN: ReadonlySet<string> = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", "RATE_LIMITED", "UPSTREAM_UNAVAILABLE",
]);

/** What a BAD_USER_INPUT error says about the input (see server/shared/input-rules.ts). */
export interface InputProblem {
  /** The input field at fault, e.g. "title" or "bug.severity"; null when GraphQL itself refused a value. */
  field: string | null;
  reason: InputReason;
  min?: number;
  max?: number;
}

/** What a FORBIDDEN error says when a sanction refuses the member (see server/moderation/restriction.ts). */
export interface Restriction {
  reason: typeof ForbiddenReason.SUSPENDED | typeof ForbiddenReason.SILENCED;
  /** ISO time; null: for good. */
  until: string | null;
  /** The community team's reason, in their words. */
  explanation: string;
}

/** One failed request, reduced to what the UI needs to say something useful. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For BAD_USER_INPUT. */
    readonly input: InputProblem | null = null,
    /** For RATE_LIMITED: seconds to wait. */
    readonly retryAfter: number | null = null,
    /** For CONFLICT: what clashed, worded by the web app. */
    readonly conflict: ConflictReason | null = null,
    /** For FORBIDDEN: the sanction that refuses the member, if one does. */
    readonly restriction: Restriction | null = null,
    /** For FORBIDDEN: the netiquette version the member must accept before writing, if that is why. */
    readonly netiquetteVersion: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface RawError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; min?: number; max?: number; retryAfter?: number; until?: string | null; explanation?: string; version?: number };
}

/**
 * Sends one typed operation to /graphql. Sessions ride on the HttpOnly cookie; the JSON content
 * type also satisfies Apollo's CSRF protection. Resolves with `data` or throws an ApiError.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError("NETWORK", "Network error");
  }
  let payload: { data?: TResult; errors?: RawError[] };
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(response.status >= 500 ? "UNKNOWN" : "NETWORK", `HTTP ${response.status}`);
  }
  const first = payload.errors?.[0];
  if (first) {
    const raw = first.extensions?.code ?? "UNKNOWN";
    const code = (KNOWN.has(raw) ? raw : "UNKNOWN") as ErrorCode;
    const { field = null, reason, min, max, retryAfter = null, until = null, explanation = "", version } = first.extensions ?? {};
    const input = code === "BAD_USER_INPUT" ? { field, reason: known(InputReason, reason) ?? InputReason.INVALID_VALUE, min, max } : null;
    const forbidden = code === "FORBIDDEN" ? known(ForbiddenReason, reason) : null;
    const netiquetteVersion = forbidden === ForbiddenReason.NETIQUETTE_NOT_ACCEPTED ? (version ?? null) : null;
    const restriction = forbidden === ForbiddenReason.SUSPENDED || forbidden === ForbiddenReason.SILENCED ? { reason: forbidden, until, explanation } : null;
    throw new ApiError(code, first.message, input, retryAfter, code === "CONFLICT" ? known(ConflictReason, reason) : null, restriction, netiquetteVersion);
  }
  if (!payload.data) throw new ApiError("UNKNOWN", "Empty response");
  return payload.data;
}

/** `value` if it is one of `vocabulary`'s words (a newer server may send one this app does not know yet). */
function known<T extends string>(vocabulary: Record<string, T>, value: string | undefined): T | null {
  return value !== undefined && (Object.values(vocabulary) as string[]).includes(value) ? (value as T) : null;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("UNKNOWN", String(error));
}
