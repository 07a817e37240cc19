import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler, Response } from "express";
import type { Context } from "../graphql/context.js";
import { logger } from "./logger.js";
import type { Metrics } from "./metrics.js";

/** What the GraphQL layer learns about a request, for its log line (kept on `res.locals`). */
interface GraphQLFacts {
  operation?: string;
  memberId?: string;
  errorCodes?: string[];
}
const factsOf = (res: Response): GraphQLFacts => res.locals as GraphQLFacts;

/**
 * One log line per HTTP request when it ends: method, path (never the query string, which may carry an
 * unsubscribe or verification token), status, duration, and for GraphQL the operation name, the
 * member and the error codes. Written by hand instead of pino-http, whose default serializers log
 * every header; this logs a handful of named fields and nothing else, which also keeps it cheap.
 */
export function requestLog(metrics: Metrics | null): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    // Read now: inside a mounted router (/graphql) req.path is relative to the mount point.
    const path = req.path;
    res.once("finish", () => {
      const seconds = (performance.now() - started) / 1000;
      const { operation, memberId, errorCodes } = factsOf(res);
      metrics?.requestDuration.observe({ operation: metrics.operationLabel(operation), method: req.method, status: res.statusCode }, seconds);
      if (!logger.isLevelEnabled("info")) return;
      logger.info(
        { method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 10_000) / 10, operation, memberId, errors: errorCodes },
        "request",
      );
    });
    next();
  };
}

/** Hands the operation name, viewer and error codes of each HTTP GraphQL request to `requestLog`. */
export function graphqlFacts(metrics: Metrics | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          const codes = response.body.kind === "single" ? response.body.singleResult.errors?.map((error) => String(error.extensions?.code ?? "UNKNOWN")) : undefined;
          if (codes) for (const code of codes) metrics?.graphqlErrors.inc({ code });
          // A request refused before its context was built (malformed, over the limits) has no exchange.
          const res = contextValue?.http?.res;
          if (!res) return;
          Object.assign(factsOf(res), { operation: operationName ?? undefined, memberId: contextValue.viewer?.id, errorCodes: codes });
        },
      };
    },
  };
}
