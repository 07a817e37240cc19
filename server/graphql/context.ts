import type { EntityManager } from "@mikro-orm/postgresql";
import type { Request, Response } from "express";
import type { Config } from "../config.js";
import type { JobQueue } from "../jobs/queue.js";
import type { SecretBox } from "../shared/secrets.js";
import type { Member } from "../members/member.entity.js";
import type { RateLimits } from "../shared/rate-limit.js";
import type { Loaders } from "./loaders.js";
import type { Restriction } from "../moderation/restriction.js";

/** Everything a resolver may use; built once per request with its own EntityManager fork. */
export interface Context {
  em: EntityManager;
  viewer: Member | null;
  /** The sanction limiting the member behind the credentials (a suspended member is no viewer): see resolveViewer. */
  restriction: Restriction | null;
  /** The netiquette version the viewer must accept before they post or comment; null: nothing due. See resolveViewer. */
  netiquetteDue: number | null;
  loaders: Loaders;
  config: Config;
  rateLimits: RateLimits;
  queue: JobQueue;
  secrets: SecretBox;
  /** The HTTP exchange; null over WebSocket, which carries subscriptions only. */
  http: { req: Request; res: Response } | null;
}

/** For mutations that set or read cookies; they only ever run over HTTP (see server/live/websocket.ts). */
export function requireHttp(ctx: Context): { req: Request; res: Response } {
  if (!ctx.http) throw new Error("This operation needs an HTTP request");
  return ctx.http;
}
