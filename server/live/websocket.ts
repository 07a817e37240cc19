import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from "graphql";
import { parse as parseCookies } from "cookie";
import { useServer } from "graphql-ws/use/ws";
import type http from "node:http";
import { WebSocketServer } from "ws";
import type { Context } from "../graphql/context.js";
import { SESSION_COOKIE } from "../members/auth.service.js";

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) at /graphql. Only subscriptions are
 * accepted here, checked against the same depth/cost limits as HTTP; queries and mutations go over
 * HTTP, where cookies and CSRF protection apply. The viewer comes from the session cookie sent with
 * the upgrade request.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  limits: readonly ValidationRule[],
  createContext: (sessionToken: string | undefined) => Promise<Context>,
) {
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  return useServer(
    {
      schema,
      context: (ctx) => createContext(parseCookies(ctx.extra.request.headers.cookie ?? "")[SESSION_COOKIE]),
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError("Could not parse the operation.")];
        }
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return [new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations over HTTP.")];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limits]);
        return errors.length ? [...errors] : undefined;
      },
    },
    wsServer,
  );
}
