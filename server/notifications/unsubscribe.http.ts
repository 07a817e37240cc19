import type { MikroORM } from "@mikro-orm/postgresql";
import express, { type Express } from "express";
import type { Config } from "../config.js";
import { AppError } from "../shared/errors.js";
import { LIMITS } from "../shared/input-rules.js";
import { unsubscribe } from "./unsubscribe.js";

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the link
 * from the List-Unsubscribe header, with no page and no sign-in. A GET of the same URL is the web
 * app's page, which asks before it turns anything off (link scanners open every GET).
 */
export function mountUnsubscribe(app: Express, deps: { orm: MikroORM; config: Config }): void {
  app.post("/unsubscribe", express.urlencoded({ extended: false, limit: "4kb" }), async (req, res, next) => {
    const token = typeof req.query.token === "string" ? req.query.token : "";
    if (!token || token.length > LIMITS.unsubscribeToken.max) {
      res.status(400).json({ error: "This unsubscribe link is not valid.", code: "BAD_USER_INPUT", reason: "TOKEN_INVALID" });
      return;
    }
    try {
      const { categories } = await unsubscribe(deps.orm.em.fork(), deps.config, token);
      res.json({ ok: true, categories });
    } catch (error) {
      if (error instanceof AppError) res.status(400).json({ error: error.message, code: error.code, ...error.details });
      else next(error);
    }
  });
}
