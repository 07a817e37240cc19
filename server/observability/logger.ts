import pino from "pino";

/**
 * The server's one logger: JSON lines on stdout (one object per event, for a log collector), or
 * pino-pretty's readable lines when a developer runs it in a terminal. `LOG_LEVEL` (default `info`)
 * is read here rather than in config.ts because modules log before the config is loaded.
 *
 * `redact` is the safety net, not the plan: log calls pass named fields (ids, durations), never
 * bodies, headers or entities; should one slip through, these keys are censored wherever they sit.
 */
const pretty = process.env.NODE_ENV !== "production" && process.stdout.isTTY;

export const logger = pino({
  level: process.env.LOG_LEVEL || "info",
  base: undefined,
  serializers: { err: errorFields },
  redact: {
    paths: [
      "password",
      "*.password",
      "token",
      "*.token",
      "email",
      "*.email",
      "cookie",
      "*.cookie",
      "authorization",
      "*.authorization",
      "*.headers.cookie",
      "*.headers.authorization",
      "*.headers[\"set-cookie\"]",
      "variables",
      "*.variables",
    ],
    censor: "[redacted]",
  },
  // pino-pretty is a development dependency: production images, which lack it, always log JSON.
  ...(pretty ? { transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } } } : {}),
});

/** An error's message, kind and stack, without its other properties (an HTTP client's error may carry the request). */
function errorFields(error: unknown): { message: string; type?: string; stack?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  return { message: error.message, type: error.name, stack: error.stack };
}
