import { hash, verify } from "@node-rs/argon2";
import type { EntityManager } from "@mikro-orm/postgresql";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../config.js";
import { AppError, ErrorCode, conflict } from "../shared/errors.js";
import { ApiToken } from "./api-token.entity.js";
import { Member } from "./member.entity.js";
import { Role } from "./role.js";
import { Session } from "./session.entity.js";
import { executePrepared } from "../db/prepared.js";
import { plainReader } from "../db/plain-rows.js";
import { ConflictReason } from "../shared/input-rules.js";
import type { Language } from "./language.js";
import { sendVerificationMail, type AccountDeps } from "./account.service.js";
import { RESTRICTION_COLUMNS, activeRestriction, restrictionError, restrictionFromRow, restrictionInForceOf, type Restriction } from "../moderation/restriction.js";
import { SanctionKind } from "../moderation/sanction.entity.js";
import { NETIQUETTE_DUE_COLUMN, netiquetteDueFromRow, netiquetteDueOf, recordAcceptance, versionAcceptedAtSignUp } from "../moderation/netiquette.service.js";
import { admitSignUp } from "../trust/trust.service.js";

export const SESSION_COOKIE = "rt_session";
const API_TOKEN_PREFIX = "rt_";

// argon2id is @node-rs/argon2's default algorithm; these are OWASP's recommended minimums.
const HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
/** Verified against when the email is unknown, so both failures take the same time. */
const DUMMY_HASH_PROMISE = hash("roundtrip-dummy-password", HASH_OPTIONS);

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
export const newSecret = () => randomBytes(32).toString("base64url");
export const hashPassword = (password: string) => hash(password, HASH_OPTIONS);

/** E-mail addresses are compared case-insensitively (whitespace is gone already: server/graphql/normalize-args.ts). */
export const normalizeEmail = (email: string) => email.toLowerCase();

const invalidApiToken = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, "The API token is not valid: it may be mistyped or revoked.");
const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, "Email or password is wrong.");

export async function signUp(
  em: EntityManager,
  deps: AccountDeps,
  input: { email: string; password: string; displayName: string; language?: Language | null; netiquetteVersion?: number | null },
  signUpIp: string | null,
): Promise<Member> {
  const { config } = deps;
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    // The first account runs the community; taking a table lock makes "first" exact under concurrency.
    await tx.execute('lock table "member" in share row exclusive mode');
    await admitSignUp(tx, email, signUpIp);
    const isFirst = (await tx.count(Member, {})) === 0;
    const accepted = await versionAcceptedAtSignUp(tx, input.netiquetteVersion);
    const member = tx.create(Member, {
      email,
      signUpIp,
      passwordHash,
      displayName: input.displayName,
      role: isFirst || email === config.adminEmail ? Role.ADMIN : Role.MEMBER,
      ...(input.language ? { language: input.language } : {}),
    });
    try {
      await tx.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw conflict(ConflictReason.EMAIL_TAKEN, "An account with this email already exists.");
      }
      throw error;
    }
    if (accepted) recordAcceptance(tx, member, accepted);
    await sendVerificationMail(tx, deps, member);
    return member;
  });
}

/** Same error, and about the same time, for an unknown email and a wrong password. */
export async function verifyCredentials(em: EntityManager, email: string, password: string): Promise<Member> {
  const member = await em.findOne(Member, { email: normalizeEmail(email) }, { populate: ["passwordHash"] });
  if (!member) {
    await verify(await DUMMY_HASH_PROMISE, password);
    throw invalidCredentials();
  }
  if (!(await verify(member.passwordHash, password))) throw invalidCredentials();
  return member;
}

/** Refuses to sign in a suspended member, saying why and until when; a silence is returned to go with the session. */
export async function restrictionAtSignIn(em: EntityManager, member: Member): Promise<Restriction | null> {
  const restriction = await activeRestriction(em, member.id);
  if (restriction?.kind === SanctionKind.SUSPEND) throw restrictionError(restriction);
  return restriction;
}

/** A new session id on every login (no fixation); returns the cookie value, stored only as its hash. */
export async function startSession(em: EntityManager, config: Config, member: Member): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + config.sessionTtlDays * 86_400_000);
  em.create(Session, { tokenHash: sha256(token), member, expiresAt });
  await em.flush();
  return { token, expiresAt };
}

export async function revokeSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeUpdate(Session, { tokenHash: sha256(token), revokedAt: null }, { revokedAt: new Date() });
}

export async function createApiToken(em: EntityManager, member: Member, name: string): Promise<{ token: ApiToken; secret: string }> {
  const secret = API_TOKEN_PREFIX + newSecret();
  const token = em.create(ApiToken, { member, name, tokenHash: sha256(secret) });
  await em.flush();
  return { token, secret };
}

export async function revokeApiToken(em: EntityManager, member: Member, id: string): Promise<boolean> {
  const revoked = await em.nativeUpdate(ApiToken, { id, member, revokedAt: null }, { revokedAt: new Date() });
  return revoked > 0;
}

const TOKEN_LAST_USED_PRECISION_MS = 60_000;

/**
 * Who a request comes from. `restriction` is the sanction in force on that member: with a silence the
 * member is the viewer (field-guards.ts refuses what they may not write); with a suspension nobody is,
 * so the session reads as signed out and every gated operation answers why (restriction.ts).
 * `netiquetteDue` is the netiquette version they must accept before writing (field-guards.ts again).
 */
export interface ResolvedViewer {
  viewer: Member | null;
  restriction: Restriction | null;
  netiquetteDue: number | null;
}

const ANONYMOUS: ResolvedViewer = { viewer: null, restriction: null, netiquetteDue: null };

/** Resolves the viewer from a session cookie or a bearer token; anything invalid means anonymous. */
export async function resolveViewer(
  em: EntityManager,
  credentials: { sessionToken?: string; bearerToken?: string },
): Promise<ResolvedViewer> {
  const now = new Date();
  if (credentials.bearerToken !== undefined) {
    // A script that sends a token means to be someone: answering as a signed-out visitor would hide
    // its mistake (a typo, a revoked token) behind empty results.
    const found = credentials.bearerToken.startsWith(API_TOKEN_PREFIX) ? await tokenViewer(em, credentials.bearerToken) : null;
    if (!found) throw invalidApiToken();
    const { member, restriction, netiquetteDue, tokenId, lastUsedAt } = found;
    // …and for the same reason a suspended member's script is refused outright, saying why.
    if (restriction?.kind === SanctionKind.SUSPEND) throw restrictionError(restriction);
    // "Last used" to the minute is what a person reviewing their tokens needs; a write on every read is not.
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() >= TOKEN_LAST_USED_PRECISION_MS) {
      await em.nativeUpdate(ApiToken, { id: tokenId }, { lastUsedAt: now });
    }
    return { viewer: member, restriction, netiquetteDue };
  }
  if (credentials.sessionToken) {
    const found = await sessionViewer(em, credentials.sessionToken, now);
    if (!found) return ANONYMOUS;
    const suspended = found.restriction?.kind === SanctionKind.SUSPEND;
    return { viewer: suspended ? null : found.member, restriction: found.restriction, netiquetteDue: suspended ? null : found.netiquetteDue };
  }
  return ANONYMOUS;
}

/** A viewer row: the member's columns, their restriction in force and the netiquette version due, apart. */
function standingFromRow(row: Record<string, unknown>) {
  const { restriction, rest } = restrictionFromRow(row);
  const { netiquetteDue, rest: memberRow } = netiquetteDueFromRow(rest);
  return { restriction, netiquetteDue, rest: memberRow };
}

/**
 * The member of a live session, managed by `em` as if loaded, their restriction in force and the
 * netiquette version they must accept, from one prepared statement: every signed-in request asks, and `em.findOne(Session, …, { populate })` spent
 * about a millisecond building its queries each time, half of a small request's CPU (`npm run bench --
 * --profile`).
 */
async function sessionViewer(em: EntityManager, sessionToken: string, now: Date) {
  const [row] = await executePrepared(
    em,
    `select ${plainReader(em, Member, "m").select}, ${RESTRICTION_COLUMNS}, ${NETIQUETTE_DUE_COLUMN}
       from session s join member m on m.id = s.member_id ${restrictionInForceOf("m")} ${netiquetteDueOf("m")}
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > ?`,
    [sha256(sessionToken), now],
  );
  if (!row) return null;
  const { restriction, netiquetteDue, rest: memberRow } = standingFromRow(row);
  return { member: em.map(Member, memberRow), restriction, netiquetteDue };
}

/** `sessionViewer` for an API token, with the token's id and when it was last used. */
async function tokenViewer(em: EntityManager, bearerToken: string) {
  const [row] = await executePrepared(
    em,
    `select t.id as token_id, t.last_used_at as token_last_used_at, ${plainReader(em, Member, "m").select}, ${RESTRICTION_COLUMNS}, ${NETIQUETTE_DUE_COLUMN}
       from api_token t join member m on m.id = t.member_id ${restrictionInForceOf("m")} ${netiquetteDueOf("m")}
      where t.token_hash = ? and t.revoked_at is null`,
    [sha256(bearerToken)],
  );
  if (!row) return null;
  const { restriction, netiquetteDue, rest } = standingFromRow(row);
  const { token_id: tokenId, token_last_used_at: lastUsedAt, ...memberRow } = rest;
  return { member: em.map(Member, memberRow), restriction, netiquetteDue, tokenId: tokenId as string, lastUsedAt: lastUsedAt ? new Date(lastUsedAt as string) : null };
}
