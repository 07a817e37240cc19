import type { ErrorRequestHandler, RequestHandler } from "express";
import { isDatabaseUnavailable } from "../db/outage.js";
import { databaseUnavailable } from "../shared/errors.js";
import { logger } from "../observability/logger.js";

/**
 * What `Retry-After` says while PostgreSQL is away: the embedded one is restarted after 1 s, then
 * 2 s, 4 s …, so a caller that waits this long usually finds it back.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The answers every route gives when it cannot serve a request: JSON with a code, in any NODE_ENV,
 * never Express' HTML page with a stack trace. /graphql gets the GraphQL response shape so a
 * GraphQL client reads it like any other error.
 */
function sendError(req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], status: number, code: string, message: string) {
  if (res.headersSent) return;
  const body = req.originalUrl.startsWith("/graphql") ? { errors: [{ message, extensions: { code } }] } : { error: message, code };
  res.status(status).json(body);
}

export const notFoundAsJson: RequestHandler = (req, res) => sendError(req, res, 404, "NOT_FOUND", `Nothing at ${req.method} ${req.path}.`);

interface HttpError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/**
 * Body-parser and static-file errors carry a 4xx `status`; an unreachable database is a 503 the
 * caller may retry (a tracker redelivers its webhook); anything else is ours and is logged.
 */
export const errorsAsJson: ErrorRequestHandler = (error: HttpError, req, res, _next) => {
  if (error.type === "entity.too.large") {
    sendError(req, res, 413, "BAD_REQUEST", `The request body is larger than the limit of ${Math.round((error.limit ?? 0) / 1024)} kB.`);
  } else if (error.type === "entity.parse.failed") {
    sendError(req, res, 400, "BAD_REQUEST", "The request body is not a JSON object.");
  } else if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
    sendError(req, res, error.status, error.status === 404 ? "NOT_FOUND" : "BAD_REQUEST", "The request could not be read.");
  } else if (isDatabaseUnavailable(error)) {
    const unavailable = databaseUnavailable();
    res.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
    sendError(req, res, 503, unavailable.code, unavailable.message);
  } else {
    logger.error({ err: error, method: req.method, path: req.path }, "unexpected error");
    sendError(req, res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side.");
  }
};
