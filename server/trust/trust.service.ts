import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Member } from "../members/member.entity.js";
import { isStaff } from "../members/role.js";
import { AuditAction } from "../moderation/audit-entry.entity.js";
import { recordAudit } from "../moderation/audit.js";
import { badInput, notFound, rateLimited } from "../shared/errors.js";
import { InputReason, LIMITS, lengthProblem } from "../shared/input-rules.js";
import { countLinks } from "../shared/markdown.js";
import type { Budget, RateLimitedAction, RateLimits } from "../shared/rate-limit.js";
import { requireTrustSettable } from "./trust.policy.js";
import { HIGHEST_EARNED_LEVEL, TOP_TRUST_LEVEL, TRUST_LEVELS, TrustSettings, type TrustLevelSettings, type TrustPromotionRule } from "./trust.entity.js";

/** The settings row, or the defaults when nobody changed them yet. */
export async function readTrustSettings(em: EntityManager): Promise<TrustSettings> {
  return (await em.findOne(TrustSettings, { id: true })) ?? em.create(TrustSettings, {}, { persist: false });
}

export interface TrustSettingsInput {
  levels?: TrustLevelSettings[] | null;
  accountsPerIpPerDay?: number | null;
  blockedEmailDomains?: string[] | null;
  commonEmailDomains?: string[] | null;
}

/** Each number's range: wide enough for any community, narrow enough that a typo is caught. */
const LEVEL_RANGES: Record<Exclude<keyof TrustLevelSettings, "level" | "promotion">, [number, number]> = {
  postsPerDay: [0, 1_000],
  commentsPerDay: [0, 10_000],
  secondsBetweenPosts: [0, 86_400],
  secondsBetweenComments: [0, 86_400],
  linksPerPost: [0, 100],
  votesPerDay: [0, 10_000],
};
const PROMOTION_RANGES: Record<keyof TrustPromotionRule, [number, number]> = {
  daysSinceJoined: [0, 3_650],
  daysVisited: [0, 3_650],
  postsRead: [0, 100_000],
  acceptedContributions: [0, 100_000],
};
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function checkRange(field: string, value: number, [min, max]: [number, number]) {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, InputReason.OUT_OF_RANGE, `${field} must be a whole number from ${min} to ${max}.`, { min, max });
}

function checkLevels(levels: TrustLevelSettings[]) {
  if (levels.length !== TRUST_LEVELS.length) throw badInput("levels", InputReason.OUT_OF_RANGE, "Give all five levels, 0 to 4, in order.", { min: 5, max: 5 });
  levels.forEach((level, index) => {
    if (level.level !== index) throw badInput(`levels.${index}.level`, InputReason.OUT_OF_RANGE, "Give all five levels, 0 to 4, in order.", { min: index, max: index });
    for (const [name, range] of Object.entries(LEVEL_RANGES)) checkRange(`levels.${index}.${name}`, level[name as keyof typeof LEVEL_RANGES], range);
    // Everyone starts at 0, and 4 is the staff's to give: neither has a rule.
    if (level.promotion && (index === 0 || index > HIGHEST_EARNED_LEVEL)) {
      throw badInput(`levels.${index}.promotion`, InputReason.NOT_SETTABLE, `Level ${index} is not earned by a rule.`);
    }
    if (!level.promotion && (index === 1 || index === 2)) throw badInput(`levels.${index}.promotion`, InputReason.REQUIRED, `Level ${index} is earned by a rule.`);
    for (const [name, range] of Object.entries(level.promotion ? PROMOTION_RANGES : {})) {
      checkRange(`levels.${index}.promotion.${name}`, level.promotion![name as keyof TrustPromotionRule], range);
    }
  });
}

function domainList(field: string, domains: string[]): string[] {
  const normalized = [...new Set(domains.map((domain) => domain.trim().toLowerCase().replace(/^@/, "")))];
  normalized.forEach((domain, index) => {
    const problem = lengthProblem(domain, LIMITS.emailDomain);
    if (problem) throw badInput(`${field}.${index}`, problem, `A domain has 1 to ${LIMITS.emailDomain.max} characters.`, LIMITS.emailDomain);
  });
  const wrong = normalized.findIndex((domain) => !DOMAIN.test(domain));
  if (wrong >= 0) throw badInput(`${field}.${wrong}`, InputReason.INVALID_VALUE, `"${normalized[wrong]}" is not a domain such as example.com.`);
  if (normalized.length > 1_000) throw badInput(field, InputReason.TOO_MANY, "At most 1000 domains.", { max: 1_000 });
  return normalized.sort();
}

/** ADMIN: only the fields given change; every number is checked against its range first. */
export async function updateTrustSettings(em: EntityManager, input: TrustSettingsInput): Promise<TrustSettings> {
  if (input.levels) checkLevels(input.levels);
  if (input.accountsPerIpPerDay != null) checkRange("accountsPerIpPerDay", input.accountsPerIpPerDay, [0, 1_000]);
  const blocked = input.blockedEmailDomains && domainList("blockedEmailDomains", input.blockedEmailDomains);
  const common = input.commonEmailDomains && domainList("commonEmailDomains", input.commonEmailDomains);
  return em.transactional(async (tx) => {
    const settings = (await tx.findOne(TrustSettings, { id: true })) ?? tx.create(TrustSettings, {});
    if (input.levels) settings.levels = input.levels.map((level) => ({ ...level, promotion: level.promotion ? { ...level.promotion } : null }));
    if (input.accountsPerIpPerDay != null) settings.accountsPerIpPerDay = input.accountsPerIpPerDay;
    if (blocked) settings.blockedEmailDomains = blocked;
    if (common) settings.commonEmailDomains = common;
    return settings;
  }).finally(() => levelsRead.delete(em.config));
}

export type Contribution = "post" | "comment" | "vote";

const ACTION_OF: Record<Contribution, RateLimitedAction> = { post: "submit", comment: "comment", vote: "vote" };

const BUDGET_OF: Record<Contribution, (level: TrustLevelSettings) => Budget> = {
  post: (level) => ({ perDay: level.postsPerDay, secondsBetween: level.secondsBetweenPosts }),
  comment: (level) => ({ perDay: level.commentsPerDay, secondsBetween: level.secondsBetweenComments }),
  vote: (level) => ({ perDay: level.votesPerDay, secondsBetween: 0 }),
};

/** How long this process trusts the levels it read: another process's change is seen within this. */
const LEVELS_FRESH_MS = 5_000;
/** Per database (its ORM's configuration), since one process may serve several in tests. */
const levelsRead = new WeakMap<object, { levels: TrustLevelSettings[]; at: number }>();

/**
 * The levels every post, comment and vote is measured against, from memory for a few seconds: the
 * settings row was one more statement in each vote. This process sees its own changes at once.
 */
async function contributionLevels(em: EntityManager): Promise<TrustLevelSettings[]> {
  const read = levelsRead.get(em.config);
  if (read && Date.now() - read.at < LEVELS_FRESH_MS) return read.levels;
  const levels = (await readTrustSettings(em)).levels;
  levelsRead.set(em.config, { levels, at: Date.now() });
  return levels;
}

/** BAD_USER_INPUT when `body` holds more links than the member's level allows. */
function checkLinks(level: TrustLevelSettings, body: string) {
  if (countLinks(body) > level.linksPerPost) {
    throw badInput("body", InputReason.TOO_MANY_LINKS, `At your trust level a post or comment holds at most ${level.linksPerPost} links.`, { max: level.linksPerPost });
  }
}

/**
 * Admits a new post, comment or vote: the action's rate limit for everyone and, except for staff (they
 * answer many members at once), the trust level's say: its links (BAD_USER_INPUT), the wait since the
 * last one and the day's count (RATE_LIMITED), all counters spent in one statement.
 */
export async function admitContribution(em: EntityManager, rateLimits: RateLimits, member: Member, kind: Contribution, body?: string): Promise<void> {
  if (isStaff(member.role)) return rateLimits.consume(ACTION_OF[kind], member.id);
  const level = (await contributionLevels(em))[member.trustLevel];
  if (body !== undefined) checkLinks(level, body);
  await rateLimits.consume(ACTION_OF[kind], member.id, { kind, ...BUDGET_OF[kind](level) });
}

/** An edit may not bring in more links than a new post could have. */
export async function admitEdit(em: EntityManager, member: Member, body: string | null | undefined): Promise<void> {
  if (isStaff(member.role) || body === null || body === undefined) return;
  checkLinks((await contributionLevels(em))[member.trustLevel], body);
}

const DAY_MS = 86_400_000;

/** `domain` or a subdomain of it is in `domains`. */
const withinDomains = (domain: string, domains: readonly string[]) => domains.some((listed) => domain === listed || domain.endsWith(`.${listed}`));

/**
 * Refuses a sign-up from a blocked e-mail domain (BAD_USER_INPUT on `email`) and the next account
 * from an address that opened `accountsPerIpPerDay` in the last 24 hours (RATE_LIMITED). Call it in
 * the sign-up transaction after locking `member`, so two sign-ups at once are counted one after the other.
 */
export async function admitSignUp(tx: EntityManager, email: string, ip: string | null): Promise<void> {
  const settings = await readTrustSettings(tx);
  if (withinDomains(email.slice(email.lastIndexOf("@") + 1), settings.blockedEmailDomains)) {
    throw badInput("email", InputReason.BLOCKED_EMAIL_DOMAIN, "Accounts with addresses at this domain are not accepted here.");
  }
  if (!ip || settings.accountsPerIpPerDay === 0) return;
  const now = Date.now();
  const [row] = await tx.execute<{ count: string; oldest: Date | null }[]>(
    `select count(*) as count, min(created_at) as oldest from member where sign_up_ip = ?::inet and created_at > ?`,
    [ip, new Date(now - DAY_MS)],
  );
  if (Number(row.count) >= settings.accountsPerIpPerDay) throw rateLimited(Math.max(1, Math.ceil((new Date(row.oldest!).getTime() + DAY_MS - now) / 1000)));
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Counts today as a day the member came by, at most once a day: `lastVisitedAt` comes with the
 * request's viewer, so other requests that day write nothing. The first visit of a day also checks
 * whether the member earned a level.
 */
export async function recordVisit(em: EntityManager, member: Member): Promise<void> {
  const now = new Date();
  if (member.lastVisitedAt && utcDay(member.lastVisitedAt) === utcDay(now)) return;
  await em.execute(
    `with visit as (insert into member_visit (member_id, day) values (?, ?::date) on conflict do nothing)
     update member set last_visited_at = ? where id = ?`,
    [member.id, utcDay(now), now, member.id],
  );
  if (member.trustLevel < HIGHEST_EARNED_LEVEL && !member.trustLevelLocked) await promoteMembers(em, now, member.id);
}

/** Levels earned by reading: reads of members whom no rule can raise any more are not recorded. */
export async function recordPostRead(em: EntityManager, member: Member, postId: string): Promise<void> {
  if (member.trustLevel >= HIGHEST_EARNED_LEVEL || member.trustLevelLocked) return;
  await em.execute(`insert into post_read (member_id, post_id, read_at) values (?, ?, ?) on conflict do nothing`, [member.id, postId, new Date()]);
}

/**
 * Raises every member (or just `memberId`) who meets a level's rule to that level, lowest level first
 * so a member can climb several at once. Never lowers a level, and leaves levels staff set alone.
 * Time is the server's `now` (not PostgreSQL's), so tests move it with the clock they control.
 */
export async function promoteMembers(em: EntityManager, now: Date, memberId?: string): Promise<number> {
  const settings = await readTrustSettings(em);
  let promoted = 0;
  for (const { level, promotion } of settings.levels) {
    if (!promotion) continue;
    const rows: unknown[] = await em.execute(
      `update member m set trust_level = ?, trust_level_since = ?, trust_level_set_by_id = null, trust_level_reason = null
        where m.trust_level < ? and not m.trust_level_locked ${memberId ? "and m.id = ?" : ""}
          and m.created_at <= ?::timestamptz - make_interval(days => ?)
          and (? = 0 or (select count(*) from member_visit v where v.member_id = m.id) >= ?)
          and (? = 0 or (select count(*) from post_read r where r.member_id = m.id) >= ?)
          and (? = 0 or (select count(*) from post p where p.author_id = m.id and p.moderation_state is null)
                      + (select count(*) from comment c where c.author_id = m.id and c.hidden_at is null and c.deleted_at is null and c.visibility = 'PUBLIC') >= ?)
        returning m.id`,
      [
        level, now, level, ...(memberId ? [memberId] : []), now, promotion.daysSinceJoined,
        promotion.daysVisited, promotion.daysVisited, promotion.postsRead, promotion.postsRead,
        promotion.acceptedContributions, promotion.acceptedContributions,
      ],
    );
    promoted += rows.length;
  }
  return promoted;
}

/** Staff choose a member's level, with a reason; `keep`: from then on rules leave it as it is (else they may raise it again). Audited. */
export async function setTrustLevel(em: EntityManager, actor: Member, memberId: string, level: number, reason: string, keep: boolean): Promise<Member> {
  checkRange("level", level, [0, TOP_TRUST_LEVEL]);
  return em.transactional(async (tx) => {
    const member = await tx.findOne(Member, { id: memberId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!member) throw notFound("Member");
    requireTrustSettable(actor, member);
    const before = { trustLevel: member.trustLevel, locked: member.trustLevelLocked };
    Object.assign(member, { trustLevel: level, trustLevelLocked: keep, trustLevelSince: new Date(), trustLevelSetBy: actor, trustLevelReason: reason });
    recordAudit(tx, {
      actor,
      action: AuditAction.SET_TRUST_LEVEL,
      target: { type: "MEMBER", id: member.id },
      targetMember: member,
      reason,
      before,
      after: { trustLevel: level, locked: keep },
    });
    return member;
  });
}

export interface RelatedAccount {
  member: Member;
  sameSignUpIp: boolean;
  sameEmailDomain: boolean;
}

/**
 * Other accounts opened from the same address or with an address at the same domain (leaving out
 * `commonEmailDomains`, which half the community shares), newest first: a hint for staff, not proof.
 */
export async function relatedAccounts(em: EntityManager, member: Member, first = 50): Promise<RelatedAccount[]> {
  const domain = member.email.slice(member.email.lastIndexOf("@") + 1);
  const byDomain = !withinDomains(domain, (await readTrustSettings(em)).commonEmailDomains);
  if (!member.signUpIp && !byDomain) return [];
  // Two index lookups (member_sign_up_ip, member_email_domain) rather than one OR the planner scans for.
  const rows = await em.execute<{ id: string; same_ip: boolean; same_domain: boolean }[]>(
    `select id, bool_or(same_ip) as same_ip, bool_or(same_domain) as same_domain, max(created_at) as created_at from (
       select id, created_at, true as same_ip, false as same_domain from member where sign_up_ip = ?::inet and id <> ?
       union all
       select id, created_at, false, true from member where ? and split_part(email, '@', 2) = ? and id <> ?
     ) related group by id order by max(created_at) desc, id limit ?`,
    [member.signUpIp, member.id, byDomain, domain, member.id, first],
  );
  const members = new Map((await em.find(Member, { id: { $in: rows.map((row) => row.id) } })).map((found) => [found.id, found]));
  return rows.map((row) => ({ member: members.get(row.id)!, sameSignUpIp: row.same_ip, sameEmailDomain: row.same_domain }));
}
