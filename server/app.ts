import "reflect-metadata";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { MikroORM } from "@mikro-orm/postgresql";
import cookieParser from "cookie-parser";
import express from "express";
import http from "node:http";
import proxyAddr from "proxy-addr";
import type { AddressInfo } from "node:net";
import type { Config } from "./config.js";
import type { Context } from "./graphql/context.js";
import { formatError, toGraphQLError } from "./graphql/errors.js";
import { AppError, databaseUnavailable } from "./shared/errors.js";
import { armorProtection, tokenLimit } from "./graphql/limits.js";
import { createLoaders } from "./graphql/loaders.js";
import { getSchema } from "./graphql/schema.js";
import { SESSION_COOKIE, resolveViewer } from "./members/auth.service.js";
import { RateLimits } from "./shared/rate-limit.js";
import { serveWebApp } from "./http/web-app.js";
import { mountWebhooks } from "./http/webhooks.js";
import { mountUnsubscribe } from "./notifications/unsubscribe.http.js";
import { errorsAsJson, notFoundAsJson } from "./http/errors.js";
import { securityHeaders } from "./http/security-headers.js";
import { isDatabaseUnavailable } from "./db/outage.js";
import { mountHealth } from "./http/health.js";
import { Metrics, mountMetrics } from "./observability/metrics.js";
import { graphqlFacts, requestLog } from "./observability/request-log.js";
import { JobQueue } from "./jobs/queue.js";
import { SecretBox } from "./shared/secrets.js";
import { startTrackerWorkers } from "./trackers/tracker-jobs.js";
import { startDomainEventWorkers } from "./events/domain-events.js";
import { startChangelogWorker } from "./changelog/changelog-jobs.js";
import { mountChangelogFeeds } from "./changelog/changelog-feeds.http.js";
import { mountReportExports } from "./reports/reports.http.js";
import { startMailWorker } from "./mail/mail-jobs.js";
import "./notifications/notification-consumer.js";
import { startNotificationMailWorkers } from "./notifications/notification-mail.js";
import { startTrendingWorker } from "./posts/trending.js";
import { startTrustWorker } from "./trust/trust-jobs.js";
import { recordVisit } from "./trust/trust.service.js";
import { PostChangeListener } from "./live/post-changes.js";
import { serveSubscriptions } from "./live/websocket.js";

export interface RunningApp {
  url: string;
  httpServer: http.Server;
  queue: JobQueue;
  secrets: SecretBox;
  stop(): Promise<void>;
}

/** Larger than any document under the token limit with its variables (a post body is 10,000 characters). */
export const GRAPHQL_BODY_LIMIT = "200kb";

function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * Builds the HTTP server (GraphQL at /graphql, tracker webhooks at /webhooks, the web app at /),
 * starts the job queue and its workers, and starts listening.
 */
export async function startApp(config: Config, orm: MikroORM, options: { port?: number; host?: string } = {}): Promise<RunningApp> {
  if (!config.secretKey) throw new Error("SECRET_KEY is required (32 random bytes, base64): it encrypts tracker credentials.");
  const secrets = SecretBox.fromEncoded(config.secretKey);
  const metrics = config.metricsToken ? new Metrics(orm) : null;
  const queue = await JobQueue.start(orm.config.get("clientUrl")!, { pollingIntervalSeconds: config.jobPollingSeconds, scheduleCheckSeconds: config.scheduleCheckSeconds });
  await startTrackerWorkers({ orm, queue, secrets, config, metrics });
  await startDomainEventWorkers(orm, { queue, config });
  await startChangelogWorker({ orm, queue });
  const mailTransport = await startMailWorker({ orm, queue, config, metrics });
  await startNotificationMailWorkers({ orm, queue, config });
  await startTrendingWorker({ orm, queue, config });
  await startTrustWorker({ orm, queue, config });

  /** One context per HTTP request or subscription operation: its own EntityManager fork and loaders. */
  async function createContext(credentials: { sessionToken?: string; bearerToken?: string }, exchange: Context["http"]): Promise<Context> {
    const em = orm.em.fork();
    const { viewer, restriction, netiquetteDue } = await resolveViewer(em, credentials).catch((error: unknown) => {
      // Apollo answers a failed context with 500 unless the error names its status.
      if (isDatabaseUnavailable(error)) throw toGraphQLError(databaseUnavailable(), { failsRequest: true });
      if (error instanceof AppError) throw toGraphQLError(error, { failsRequest: true });
      throw error;
    });
    // Days visited count toward trust levels; written on a member's first request of the day only.
    if (viewer) await recordVisit(em, viewer);
    return {
      em,
      viewer,
      restriction,
      netiquetteDue,
      loaders: createLoaders(em, viewer),
      config,
      rateLimits,
      queue,
      secrets,
      http: exchange,
    };
  }

  const app = express();
  app.set("trust proxy", config.trustProxy);
  const httpServer = http.createServer(app);
  const schema = await getSchema();
  const armor = armorProtection();
  const postChanges = new PostChangeListener(orm.config.get("clientUrl")!);
  await postChanges.start();
  const websocket = serveSubscriptions({
    httpServer,
    schema,
    limits: armor.validationRules,
    allowedOrigin: new URL(config.publicUrl).origin,
    // The same address Express gives `req.ip`: "trust proxy fn" is Express' compiled TRUST_PROXY.
    clientIp: (request) => proxyAddr(request, app.get("trust proxy fn")),
    createContext: (sessionToken) => createContext({ sessionToken }, null),
  });
  const rateLimits = new RateLimits(config.rateLimits, orm.em.getKnex());

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // server/main.ts owns SIGINT/SIGTERM and stops Apollo as one step of its drain; Apollo's own
    // handlers would stop it a second time, concurrently, and re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor's typings point at Apollo's CJS build; the plugin objects are the same at run time.
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      // On stop: refuses new connections, lets in-flight requests finish, then cuts what is left.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutSeconds * 1000 }),
      { serverWillStart: async () => ({ drainServer: async () => websocket.dispose() }) },
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Apollo's default cache-control plugin wraps every field of every type to collect cache hints;
      // answers are per viewer and never cached, so it is off and the one header it sent (no-store)
      // is set once per response.
      ApolloServerPluginCacheControlDisabled(),
      graphqlFacts(metrics),
      { requestDidStart: async () => ({ willSendResponse: async ({ response }) => void response.http.headers.set("cache-control", "no-store") }) },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(requestLog(metrics));
  app.use(securityHeaders(config));
  let stopping = false;
  mountHealth(app, { orm, queue, stopping: () => stopping });
  if (metrics && config.metricsToken) mountMetrics(app, metrics, config.metricsToken);
  app.use(
    "/graphql",
    cookieParser(),
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    tokenLimit,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(
          { sessionToken: req.cookies?.[SESSION_COOKIE], bearerToken: bearerToken(req.headers.authorization) },
          { req, res },
        ),
    }),
  );
  mountWebhooks(app, { orm, queue, secrets });
  mountUnsubscribe(app, { orm, config });
  mountChangelogFeeds(app, { orm, config });
  mountReportExports(app, { orm, config });
  serveWebApp(app);
  app.use(notFoundAsJson);
  app.use(errorsAsJson);

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.port, options.host ?? config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    httpServer,
    queue,
    secrets,
    async stop() {
      stopping = true;
      // One deadline for both: running jobs go on while requests drain.
      const deadline = Date.now() + config.shutdownTimeoutSeconds * 1000;
      queue.beginStop();
      await apollo.stop();
      await postChanges.stop();
      await queue.stop(Math.max(1000, deadline - Date.now()));
      mailTransport?.close();
    },
  };
}
