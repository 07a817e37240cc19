import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { isDatabaseUnavailable } from "../db/outage.js";
import { type ConflictReason, InputReason, lengthProblem } from "../shared/input-rules.js";

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

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, "You need to sign in to do this.");
export const forbidden = (what = "do this") => new AppError(ErrorCode.FORBIDDEN, `You are not allowed to ${what}.`);
export const notFound = (entity: string) => new AppError(ErrorCode.NOT_FOUND, `${entity} not found.`);
/** `reason` is what clients word; `message` is the English sentence for people reading the API. */
export const badInput = (field: string, reason: InputReason, message: string, bounds: { min?: number; max?: number } = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, reason, ...bounds });
/** `reason` is what clients word; `message` is the English sentence for people reading the API. */
export const conflict = (reason: ConflictReason, message: string) => new AppError(ErrorCode.CONFLICT, message, { reason });
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfter: retryAfterSeconds,
  });

/** Codes produced by graphql-js / Apollo for malformed requests; safe to pass through as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/** The reason class-validator's own decorators stand for, by constraint name. */
const REASON_OF_CONSTRAINT: Record<string, InputReason> = {
  isEmail: InputReason.INVALID_EMAIL,
  min: InputReason.OUT_OF_RANGE,
  max: InputReason.OUT_OF_RANGE,
  arrayMaxSize: InputReason.TOO_MANY,
};

function reasonOf(node: ValidationError, constraint: string): { reason: InputReason; min?: number; max?: number } {
  const context = node.contexts?.[constraint] as { reason?: InputReason; min?: number; max?: number } | undefined;
  if (node.value === "") return { reason: InputReason.REQUIRED };
  if (context?.reason) return { reason: context.reason };
  if (constraint === "characterCount" && context && typeof node.value === "string") {
    const limits = { min: context.min ?? 0, max: context.max ?? 0 };
    return { reason: lengthProblem(node.value, limits) ?? InputReason.INVALID_VALUE, ...limits };
  }
  return { reason: REASON_OF_CONSTRAINT[constraint] ?? InputReason.INVALID_VALUE };
}

function fieldOf(error: ArgumentValidationError): { field: string; message: string; reason: InputReason; min?: number; max?: number } {
  // Walk to the deepest failing property so nested inputs report e.g. "bug.severity".
  let node = error.extensions.validationErrors[0];
  const path: string[] = [];
  while (node) {
    path.push(node.property);
    if (node.constraints) {
      const [constraint, message] = Object.entries(node.constraints)[0];
      return { field: path.join("."), message, ...reasonOf(node, constraint) };
    }
    node = node.children?.[0] as typeof node;
  }
  return { field: path.join("."), message: "Invalid input.", reason: InputReason.INVALID_VALUE };
}

/**
 * Shapes every error a client sees. Known errors keep their code; anything else (a bug, SQL, a
 * library's message) is logged with its stack and replaced by a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    // `formatted.extensions` is the error's own minus `http`, which Apollo has turned into the status.
    return { message: original.message, path: formatted.path, extensions: formatted.extensions };
  }
  if (original instanceof ArgumentValidationError) {
    const { field, message, ...reason } = fieldOf(original);
    return {
      message: `${field}: ${message}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...reason },
    };
  }
  const code = formatted.extensions?.code;
  // Request-level errors (parse, validation, variable coercion, limits) carry no resolver path.
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code) && !formatted.path) {
    // A variable of the wrong type or enum: graphql-js names no field we could report.
    const extensions = code === ErrorCode.BAD_USER_INPUT ? { code, reason: InputReason.INVALID_VALUE } : { code };
    return { message: formatted.message, locations: formatted.locations, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: "The database is unavailable right now; try again in a few seconds.", path: formatted.path, extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE } };
  }
  console.error("Unexpected error while resolving", formatted.path?.join("."), original);
  return { message: "Something went wrong on our side.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
