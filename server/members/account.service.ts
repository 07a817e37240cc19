import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { verify } from "@node-rs/argon2";
import type { Config } from "../config.js";
import { badInput, conflict } from "../shared/errors.js";
import type { JobQueue } from "../jobs/queue.js";
import { MailCategory } from "../mail/mail-enums.js";
import { queueMail } from "../mail/mail.service.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import { AccountToken, AccountTokenPurpose } from "./account-token.entity.js";
import { renderAccountMail, type AccountMailParams, type AccountMailTemplate } from "./account-mails.js";
import { hashPassword, newSecret, normalizeEmail, sha256 } from "./auth.service.js";
import { Member } from "./member.entity.js";
import { Session } from "./session.entity.js";

export interface AccountDeps {
  config: Config;
  queue: JobQueue;
}

/** The pages of the web app that mailed links open. */
const LINK_PAGES: Record<AccountTokenPurpose, string> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: "/verify-email",
  [AccountTokenPurpose.RESET_PASSWORD]: "/reset-password",
  [AccountTokenPurpose.CHANGE_EMAIL]: "/confirm-email",
};

function lifetimeMs(config: Config, purpose: AccountTokenPurpose): number {
  return purpose === AccountTokenPurpose.RESET_PASSWORD ? config.passwordResetTtlMinutes * 60_000 : config.emailLinkTtlHours * 3_600_000;
}

/** A random token for `email`, stored only as its hash; returns the link that carries it. */
async function issueLink(tx: EntityManager, config: Config, member: Member, purpose: AccountTokenPurpose, email: string): Promise<string> {
  const token = newSecret();
  tx.create(AccountToken, { tokenHash: sha256(token), member, purpose, email, expiresAt: new Date(Date.now() + lifetimeMs(config, purpose)) });
  await tx.flush();
  return `${config.publicUrl}${LINK_PAGES[purpose]}?token=${token}`;
}

/**
 * Spends a mailed token inside `tx`: locked, so two clicks cannot both use it. Unknown, used,
 * expired, or sent to an address the member no longer has: a BAD_USER_INPUT on `token` saying which.
 */
async function redeem(tx: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
  const row = await tx.findOne(AccountToken, { tokenHash: sha256(token), purpose }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) throw badInput("token", InputReason.TOKEN_INVALID, "This link is not valid. Request a new one.");
  if (row.usedAt) throw badInput("token", InputReason.TOKEN_USED, "This link was already used. Request a new one.");
  if (row.expiresAt <= new Date()) throw badInput("token", InputReason.TOKEN_EXPIRED, "This link has expired. Request a new one.");
  await tx.populate(row, ["member"]);
  const stillTheirs = purpose === AccountTokenPurpose.CHANGE_EMAIL || row.email === row.member.email;
  if (!stillTheirs) throw badInput("token", InputReason.TOKEN_INVALID, "This link was sent to an address that is no longer yours.");
  row.usedAt = new Date();
  return row;
}

function accountMail<T extends AccountMailTemplate>(tx: EntityManager, queue: JobQueue, member: Member, template: T, params: AccountMailParams[T], options: { to?: string; evenIfBouncing?: boolean } = {}) {
  return queueMail(tx, queue, {
    recipient: member,
    category: MailCategory.ACCOUNT,
    template,
    render: (language) => renderAccountMail(template, language, params),
    ...options,
  });
}

/** The address proved it receives mail: verified, and earlier bounces forgiven. */
function markAddressWorking(member: Member): void {
  member.emailVerifiedAt ??= new Date();
  member.mailHardBounces = 0;
  member.mailSuppressedAt = null;
}

/** Mails a link that verifies the member's current address (inside the caller's transaction). */
export async function sendVerificationMail(tx: EntityManager, deps: AccountDeps, member: Member): Promise<void> {
  const url = await issueLink(tx, deps.config, member, AccountTokenPurpose.VERIFY_EMAIL, member.email);
  // Even to an address that bounced: opening this link is how the member shows it works again.
  await accountMail(tx, deps.queue, member, "verify-email", { name: member.displayName, url, hours: deps.config.emailLinkTtlHours }, { evenIfBouncing: true });
}

/** Another verification link; nothing happens once the address is verified. */
export async function resendVerificationMail(em: EntityManager, deps: AccountDeps, member: Member): Promise<void> {
  if (member.emailVerifiedAt) return;
  await em.transactional((tx) => sendVerificationMail(tx, deps, tx.merge(member)));
}

export async function verifyEmail(em: EntityManager, token: string): Promise<void> {
  await em.transactional(async (tx) => {
    const { member } = await redeem(tx, token, AccountTokenPurpose.VERIFY_EMAIL);
    markAddressWorking(member);
  });
}

/** Mails a reset link if the address belongs to a member; the caller answers the same either way. */
export async function requestPasswordReset(em: EntityManager, deps: AccountDeps, email: string): Promise<void> {
  await em.transactional(async (tx) => {
    const member = await tx.findOne(Member, { email: normalizeEmail(email) });
    if (!member) return;
    const url = await issueLink(tx, deps.config, member, AccountTokenPurpose.RESET_PASSWORD, member.email);
    await accountMail(tx, deps.queue, member, "reset-password", { name: member.displayName, url, minutes: deps.config.passwordResetTtlMinutes });
  });
}

/** Sets the new password, signs the member out everywhere, and retires every other reset link. */
export async function resetPassword(em: EntityManager, token: string, newPassword: string): Promise<Member> {
  const passwordHash = await hashPassword(newPassword);
  return em.transactional(async (tx) => {
    const { member } = await redeem(tx, token, AccountTokenPurpose.RESET_PASSWORD);
    member.passwordHash = passwordHash;
    markAddressWorking(member);
    const now = new Date();
    await tx.nativeUpdate(AccountToken, { member, purpose: AccountTokenPurpose.RESET_PASSWORD, usedAt: null }, { usedAt: now });
    await tx.nativeUpdate(Session, { member, revokedAt: null }, { revokedAt: now });
    return member;
  });
}

/** Before an account change: the current password, or BAD_USER_INPUT WRONG_PASSWORD on `field`. */
export async function checkCurrentPassword(em: EntityManager, member: Member, password: string, field: string): Promise<void> {
  const { passwordHash } = await em.findOneOrFail(Member, { id: member.id }, { populate: ["passwordHash"], fields: ["passwordHash"] });
  if (!(await verify(passwordHash, password))) throw badInput(field, InputReason.WRONG_PASSWORD, "The current password is wrong.");
}

const emailTaken = () => conflict(ConflictReason.EMAIL_TAKEN, "An account with this email already exists.");

/** Mails a confirmation link to the new address; the address changes only when it is opened. */
export async function requestEmailChange(em: EntityManager, deps: AccountDeps, member: Member, newEmail: string): Promise<void> {
  const email = normalizeEmail(newEmail);
  if (await em.count(Member, { email })) throw emailTaken();
  await em.transactional(async (tx) => {
    const current = tx.merge(member);
    const url = await issueLink(tx, deps.config, current, AccountTokenPurpose.CHANGE_EMAIL, email);
    await accountMail(tx, deps.queue, current, "confirm-new-email", { name: current.displayName, url, newEmail: email, hours: deps.config.emailLinkTtlHours }, { to: email });
  });
}

/** The new address becomes the member's (verified, since the link reached it); the old one is told. */
export async function confirmEmailChange(em: EntityManager, deps: AccountDeps, token: string): Promise<void> {
  try {
    await em.transactional(async (tx) => {
      const { member, email } = await redeem(tx, token, AccountTokenPurpose.CHANGE_EMAIL);
      const oldEmail = member.email;
      member.email = email;
      member.emailVerifiedAt = new Date();
      markAddressWorking(member);
      await tx.flush();
      await accountMail(tx, deps.queue, member, "email-changed", { name: member.displayName, newEmail: email }, { to: oldEmail });
    });
  } catch (error) {
    // Someone signed up with the address after the link was sent.
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}

/** Sets a new password and signs out every other session; the one in use stays signed in. */
export async function changePassword(em: EntityManager, deps: AccountDeps, member: Member, newPassword: string, currentSessionToken: string | undefined): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await em.transactional(async (tx) => {
    const current = tx.merge(member);
    current.passwordHash = passwordHash;
    const others = currentSessionToken ? { tokenHash: { $ne: sha256(currentSessionToken) } } : {};
    await tx.nativeUpdate(Session, { member: current, revokedAt: null, ...others }, { revokedAt: new Date() });
    await accountMail(tx, deps.queue, current, "password-changed", { name: current.displayName });
  });
}
