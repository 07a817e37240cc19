import type { EntityManager } from "@mikro-orm/postgresql";
import { hkdfSync } from "node:crypto";
import { SignJWT, errors as joseErrors, jwtVerify } from "jose";
import type { Config } from "../config.js";
import { Member } from "../members/member.entity.js";
import { badInput } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { NotificationCategory } from "./notification-category.js";
import { turnOffEmail } from "./notification-preference.service.js";

/** Long enough for a digest read weeks later; short enough that an old forwarded mail stops working. */
const TOKEN_LIFETIME_MS = 60 * 24 * 3600 * 1000;
const AUDIENCE = "roundtrip:unsubscribe";

/** Its own key, derived from SECRET_KEY, so an unsubscribe token can never pass for anything else. */
function signingKey(config: Config): Uint8Array {
  if (!config.secretKey) throw new Error("SECRET_KEY is required to sign unsubscribe links");
  return new Uint8Array(hkdfSync("sha256", config.secretKey, "", "roundtrip unsubscribe links", 32));
}

/**
 * A signed, expiring link that turns off the e-mail of the categories a mail was about (a batch or
 * digest can hold several) without signing in. Stateless (a JWT from `jose`): every notification
 * mail carries one, and none needs a row of its own.
 */
export async function unsubscribeToken(config: Config, memberId: string, categories: readonly NotificationCategory[], now = new Date()): Promise<string> {
  return new SignJWT({ categories: [...new Set(categories)] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(memberId)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(new Date(now.getTime() + TOKEN_LIFETIME_MS))
    .sign(signingKey(config));
}

export const unsubscribeUrl = (config: Config, token: string) => `${config.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL, no page in between. */
export async function unsubscribeHeaders(config: Config, memberId: string, categories: readonly NotificationCategory[]): Promise<Record<string, string>> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(config, await unsubscribeToken(config, memberId, categories))}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** Checks the token and turns its categories' e-mail off for its member; BAD_USER_INPUT TOKEN_INVALID / TOKEN_EXPIRED otherwise. */
export async function unsubscribe(em: EntityManager, config: Config, token: string): Promise<{ member: Member; categories: NotificationCategory[] }> {
  let claims: { sub?: string; categories?: unknown };
  try {
    ({ payload: claims } = await jwtVerify(token, signingKey(config), { audience: AUDIENCE, algorithms: ["HS256"] }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw badInput("token", InputReason.TOKEN_EXPIRED, "This unsubscribe link has expired; change your notification settings instead.");
    throw badInput("token", InputReason.TOKEN_INVALID, "This unsubscribe link is not valid.");
  }
  const named = Array.isArray(claims.categories) ? claims.categories : [];
  const categories = Object.values(NotificationCategory).filter((known) => named.includes(known));
  const member = claims.sub ? await em.findOne(Member, { id: claims.sub }) : null;
  if (categories.length === 0 || !member) throw badInput("token", InputReason.TOKEN_INVALID, "This unsubscribe link is not valid.");
  for (const category of categories) await turnOffEmail(em, member, category);
  return { member, categories };
}
