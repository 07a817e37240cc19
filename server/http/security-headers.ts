import helmet from "helmet";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";

/**
 * helmet's headers on every response: nosniff, Referrer-Policy, no framing (CSP frame-ancestors and
 * X-Frame-Options), a CSP that runs only the app's own script files (no inline script, no eval), and
 * HSTS in production. Styles may be inline because Svelte writes transition keyframes at run time;
 * user content never carries style (see server/shared/markdown.ts).
 *
 * Outside production /graphql answers without a CSP, so Apollo's sandbox page can load.
 */
export function securityHeaders(config: Config): RequestHandler {
  const common = {
    referrerPolicy: { policy: "strict-origin-when-cross-origin" as const },
    strictTransportSecurity: config.production ? { maxAge: 180 * 86_400, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
  const withPolicy = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // https: for changelog cover images, which product staff link from anywhere; members' Markdown has no images.
        imgSrc: ["'self'", "data:", "https:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  const withoutPolicy = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => (!config.production && req.path.startsWith("/graphql") ? withoutPolicy : withPolicy)(req, res, next);
}
