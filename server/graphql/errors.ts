import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isDatabaseUnavailable } from "../db/outage.js";

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
export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
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

function fieldOf(error: ArgumentValidationError): { field: string; message: string } {
  // Walk to the deepest failing property so nested inputs report e.g. "bug.severity".
  let node = error.extensions.validationErrors[0];
  const path: string[] = [];
  while (node) {
    path.push(node.property);
    if (node.constraints) {
      return { field: path.join("."), message: String(Object.values(node.constraints)[0]) };
    }
    node = node.children?.[0] as typeof node;
  }
  return { field: path.join("."), message: "Invalid input." };
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
    const { field, message } = fieldOf(original);
    return {
      message: `${field}: ${message}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field },
    };
  }
  const code = formatted.extensions?.code;
  // Request-level errors (parse, validation, variable coercion, limits) carry no resolver path.
  if (typeof code === "string" && REQUEST_ERROR_CODES.has(code) && !formatted.path) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: "The database is unavailable right now; try again in a few seconds.", path: formatted.path, extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE } };
  }
  console.error("Unexpected error while resolving", formatted.path?.join("."), original);
  return { message: "Something went wrong on our side.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
