import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { isDatabaseUnavailable } from "../db/outage.js";
import { InputReason, lengthProblem } from "../shared/input-rules.js";
import { AppError, ErrorCode, databaseUnavailable } from "../shared/errors.js";
import { logger } from "../observability/logger.js";

const assertUnreachable = (value: never): never => {
  throw new Error(`Unhandled error code ${String(value)}`);
};

/** The HTTP status of a refusal that fails a whole request (e.g. while building its context). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.UPSTREAM_UNAVAILABLE:
      return 503;
    default:
      return assertUnreachable(code);
  }
}

/**
 * A domain refusal as graphql-js and graphql-ws expect it. With `failsRequest` Apollo answers the
 * whole HTTP request with the code's status (it would otherwise say 500 for a failed context).
 */
export function toGraphQLError(error: AppError, options: { failsRequest?: boolean } = {}): GraphQLError {
  const http = options.failsRequest ? { http: { status: httpStatusOf(error.code) } } : {};
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, ...error.details, ...http } });
}

const domainErrorOf = (error: unknown): AppError | null =>
  error instanceof AppError ? error : error instanceof GraphQLError && error.originalError instanceof AppError ? error.originalError : null;

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
  arrayMaxSize: InputReason.TOO_MANY,
};

function reasonOf(node: ValidationError, constraint: string): { reason: InputReason; min?: number; max?: number } {
  const context = node.contexts?.[constraint] as { reason?: InputReason; min?: number; max?: number } | undefined;
  if (node.value === "") return { reason: InputReason.REQUIRED };
  if (context?.reason) return { reason: context.reason, ...(context.min !== undefined && { min: context.min }), ...(context.max !== undefined && { max: context.max }) };
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
  const refusal = domainErrorOf(original);
  if (refusal) return { message: refusal.message, path: formatted.path, extensions: { code: refusal.code, ...refusal.details } };
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
    const unavailable = databaseUnavailable();
    return { message: unavailable.message, path: formatted.path, extensions: { code: unavailable.code } };
  }
  logger.error({ err: original, path: formatted.path?.join(".") }, "unexpected error while resolving");
  return { message: "Something went wrong on our side.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
