import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from "graphql";
import { parse as parseCookies } from "cookie";
import { useServer, type Extra } from "graphql-ws/use/ws";
import http from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { Context } from "../graphql/context.js";
import { formatError, toGraphQLError } from "../graphql/errors.js";
import { AppError, ErrorCode } from "../shared/errors.js";
import { tokenLimitError } from "../graphql/limits.js";
import { SESSION_COOKIE } from "../members/auth.service.js";

/**
 * What one client may hold open. A browser tab needs one connection and a handful of
 * subscriptions; the budgets leave room for many tabs and for several members behind one NAT.
 */
export const LIVE_LIMITS = {
  /** Largest graphql-ws message; a subscription document is a few hundred bytes. */
  maxMessageBytes: 64 * 1024,
  connectionsPerIp: 50,
  /**
   * Every signed-in tab holds a connection (the bell), so this is "tabs per member": at 20, a member's
   * 21st tab was refused, retried, got in when another tab navigated, and refetched its page while idle.
   */
  connectionsPerMember: 40,
  subscriptionsPerIp: 200,
  subscriptionsPerMember: 100,
};

/** Close code for a connection over its budget (graphql-ws reserves 4400–4499 for such refusals). */
export const TOO_MANY_CONNECTIONS = 4429;

/**
 * Close code when the database cannot say who is connected (their session is read from it). graphql-ws
 * clients give up after 4500, its code for a server that threw, but reconnect after this one with
 * back-off and subscribe again. The reason is the error as every transport sends it:
 * `{"message": …, "extensions": {"code": "UPSTREAM_UNAVAILABLE"}}`.
 */
export const UPSTREAM_UNAVAILABLE_CLOSE = 4503;

/** Open connections and subscriptions per key ("ip:…", "member:…"). */
class Budget {
  private readonly counts = new Map<string, number>();
  has(key: string, limit: number): boolean {
    return (this.counts.get(key) ?? 0) < limit;
  }
  take(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  release(key: string): void {
    const left = (this.counts.get(key) ?? 0) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

interface Connection {
  ip: string;
  memberId: string | null;
  /** Operation ids of this connection's running subscriptions. */
  subscriptions: Set<string>;
}

/** Answers a refused upgrade the way every other route answers: JSON with a code. */
function refuseUpgrade(socket: Duplex, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: reason } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
/** The codes HTTP gives the same refusals (Apollo adds them there). */
const requestError = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false; // "null" and other opaque origins
  }
}

const tooMany = (what: string) => toGraphQLError(new AppError(ErrorCode.RATE_LIMITED, `Too many ${what}; close some pages and try again.`));

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) at /graphql, with the HTTP path's
 * protections: the upgrade must come from the app's own origin (a session cookie alone would
 * otherwise let any site subscribe as the member), messages are capped in size, documents are
 * token-counted before they are parsed and validated against the same depth/alias/cost rules, and
 * connections and subscriptions are budgeted per IP and per member. Only subscriptions are served;
 * queries and mutations go over HTTP. Errors are shaped by the same `formatError` as over HTTP.
 */
export function serveSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  limits: readonly ValidationRule[];
  /** The one origin browsers may connect from (PUBLIC_URL's). */
  allowedOrigin: string;
  clientIp: (request: http.IncomingMessage) => string;
  createContext: (sessionToken: string | undefined) => Promise<Context>;
}) {
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: LIVE_LIMITS.maxMessageBytes });
  const connections = new Budget();
  const subscriptions = new Budget();
  const byRequest = new WeakMap<http.IncomingMessage, Connection>();

  options.httpServer.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== "/graphql") {
      refuseUpgrade(socket, 404, ErrorCode.NOT_FOUND, "WebSocket is served at /graphql only.");
      return;
    }
    // Browsers always send Origin; other clients cannot carry a victim's cookie across sites. Besides
    // PUBLIC_URL's origin, a page from the very host the browser is talking to is same-origin too
    // (http://127.0.0.1:4000 when PUBLIC_URL says localhost, the Vite dev server's proxy): the session
    // cookie is bound to that host, so no other site's page can bring it along.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== options.allowedOrigin && !sameHost(origin, request.headers.host)) {
      refuseUpgrade(socket, 403, ErrorCode.FORBIDDEN, "This origin may not open a live connection.");
      return;
    }
    const ip = options.clientIp(request);
    if (!connections.has(`ip:${ip}`, LIVE_LIMITS.connectionsPerIp)) {
      refuseUpgrade(socket, 429, ErrorCode.RATE_LIMITED, "Too many live connections from this address.");
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const connection: Connection = { ip, memberId: null, subscriptions: new Set() };
      byRequest.set(request, connection);
      connections.take(`ip:${ip}`);
      ws.once("close", () => {
        connections.release(`ip:${ip}`);
        if (connection.memberId) connections.release(`member:${connection.memberId}`);
        for (const id of connection.subscriptions) releaseSubscription(connection, id);
      });
      wsServer.emit("connection", ws, request);
    });
  });

  const keysOf = (connection: Connection) => [`ip:${connection.ip}`, ...(connection.memberId ? [`member:${connection.memberId}`] : [])];
  function releaseSubscription(connection: Connection, id: string) {
    if (!connection.subscriptions.delete(id)) return;
    for (const key of keysOf(connection)) subscriptions.release(key);
  }

  const sessionTokenOf = (request: http.IncomingMessage) => parseCookies(request.headers.cookie ?? "")[SESSION_COOKIE];

  /**
   * A context for the connection's member. While the database is away the connection is closed with
   * UPSTREAM_UNAVAILABLE_CLOSE instead, and the refusal is returned.
   */
  async function contextOf(extra: Extra): Promise<Context | AppError> {
    try {
      return await options.createContext(sessionTokenOf(extra.request));
    } catch (error) {
      const refusal = error instanceof GraphQLError ? error.originalError : undefined;
      if (!(refusal instanceof AppError && refusal.code === ErrorCode.UPSTREAM_UNAVAILABLE)) throw error;
      extra.socket.close(UPSTREAM_UNAVAILABLE_CLOSE, JSON.stringify({ message: refusal.message, extensions: { code: refusal.code } }));
      return refusal;
    }
  }

  return useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const connection = byRequest.get(ctx.extra.request)!;
        const context = await contextOf(ctx.extra);
        if (context instanceof AppError) return false;
        const { viewer } = context;
        if (!viewer) return true;
        if (!connections.has(`member:${viewer.id}`, LIVE_LIMITS.connectionsPerMember)) {
          ctx.extra.socket.close(TOO_MANY_CONNECTIONS, "Too many live connections for this member.");
          return false;
        }
        connection.memberId = viewer.id;
        connections.take(`member:${viewer.id}`);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const tooLong = tokenLimitError(payload.query);
        if (tooLong) return [tooLong];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [requestError("GRAPHQL_PARSE_FAILED", error instanceof GraphQLError ? error.message : "Could not parse the operation.")];
        }
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return [requestError("BAD_REQUEST", "Only subscriptions are served over WebSocket; send queries and mutations over HTTP.")];
        }
        const errors = validate(options.schema, document, [...specifiedRules, ...options.limits]);
        if (errors.length) return errors.map((error) => requestError("GRAPHQL_VALIDATION_FAILED", error.message));
        const connection = byRequest.get(ctx.extra.request)!;
        if (!subscriptions.has(`ip:${connection.ip}`, LIVE_LIMITS.subscriptionsPerIp)) return [tooMany("live subscriptions from this address")];
        if (connection.memberId && !subscriptions.has(`member:${connection.memberId}`, LIVE_LIMITS.subscriptionsPerMember)) {
          return [tooMany("live subscriptions for this member")];
        }
        // Counted before the context's query, so subscriptions arriving together cannot all pass the check.
        connection.subscriptions.add(id);
        for (const key of keysOf(connection)) subscriptions.take(key);
        const contextValue = await contextOf(ctx.extra);
        if (contextValue instanceof AppError) {
          releaseSubscription(connection, id);
          return [toGraphQLError(contextValue)];
        }
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onComplete: (ctx, id) => releaseSubscription(byRequest.get(ctx.extra.request)!, id),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    },
    wsServer,
  );
}
