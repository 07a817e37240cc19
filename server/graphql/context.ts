import type { EntityManager } from "@mikro-orm/postgresql";
import type { Request, Response } from "express";
import type { Config } from "../config.js";
import type { Member } from "../members/member.entity.js";
import type { RateLimits } from "../shared/rate-limit.js";
import type { Loaders } from "./loaders.js";

/** Everything a resolver may use; built once per request with its own EntityManager fork. */
export interface Context {
  em: EntityManager;
  viewer: Member | null;
  loaders: Loaders;
  config: Config;
  rateLimits: RateLimits;
  req: Request;
  res: Response;
}
