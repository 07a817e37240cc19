import "reflect-metadata";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { MikroORM } from "@mikro-orm/postgresql";
import cookieParser from "cookie-parser";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./config.js";
import type { Context } from "./graphql/context.js";
import { formatError } from "./graphql/errors.js";
import { armorProtection } from "./graphql/limits.js";
import { createLoaders } from "./graphql/loaders.js";
import { getSchema } from "./graphql/schema.js";
import { SESSION_COOKIE, resolveViewer } from "./members/auth.service.js";
import { isStaff } from "./members/role.js";
import { RateLimits } from "./shared/rate-limit.js";
import { serveWebApp } from "./http/web-app.js";

export interface RunningApp {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : undefined;
}

/** Builds the HTTP server (GraphQL at /graphql, the web app at /) and starts listening. */
export async function startApp(config: Config, orm: MikroORM, options: { port?: number; host?: string } = {}): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const armor = armorProtection();
  const rateLimits = new RateLimits(config.rateLimits);

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor's typings point at Apollo's CJS build; the plugin objects are the same at run time.
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.set("trust proxy", "loopback");
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/graphql",
    cookieParser(),
    express.json({ limit: "200kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const viewer = await resolveViewer(em, {
          sessionToken: req.cookies?.[SESSION_COOKIE],
          bearerToken: bearerToken(req.headers.authorization),
        });
        return {
          em,
          viewer,
          loaders: createLoaders(em, viewer?.id ?? null, !!viewer && isStaff(viewer.role)),
          config,
          rateLimits,
          req,
          res,
        };
      },
    }),
  );
  serveWebApp(app);

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.port, options.host ?? config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
