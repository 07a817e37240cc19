import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { visibleCommentsSql } from "../comments/comment.policy.js";
import type { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { visiblePostsSql } from "../posts/post.policy.js";
import { badInput, conflict, forbidden, notFound, rateLimited } from "../shared/errors.js";
import { ConflictReason, FLAG_REASONS_NEEDING_A_MESSAGE, InputReason } from "../shared/input-rules.js";
import { AuditAction } from "./audit-entry.entity.js";
import { recordAudit } from "./audit.js";
import { FLAGGING_TRUST_LEVELS, Flag, FlagReason, FlagSettings, dailyLimitOf, weightOf, type FlaggingTrustLevel } from "./flag.entity.js";
import { FLAG_TRUST_LEVEL, MODERATION_POLICY, canFlag } from "./moderation.policy.js";

/** A post or a comment: what flags and the moderation queue act on. */
export enum ContentKind {
  POST = "POST",
  COMMENT = "COMMENT",
}

export interface ContentTarget {
  kind: ContentKind;
  id: string;
}

/** The locked row of a flagged or moderated post or comment, as the queue's actions need it. */
export interface LockedContent {
  target: ContentTarget;
  authorId: string;
  /** The post itself, or the post a comment is on. */
  postId: string;
  title: string;
  /** Held for approval (posts only). */
  held: boolean;
  hidden: boolean;
  /** Null while hidden: hidden by flags, not yet reviewed. */
  hiddenReason: string | null;
}

const column = (target: ContentTarget) => (target.kind === ContentKind.POST ? "post_id" : "comment_id");

/**
 * Locks the post or comment row (against a concurrent flag or moderator: they take turns, so two
 * flags reaching the threshold hide it once and neither misses it) and reads it. `viewer`: only what
 * they may see; without one, any (staff services). NOT_FOUND for a deleted comment.
 */
export async function lockContent(tx: EntityManager, target: ContentTarget, viewer: Member | null = null): Promise<LockedContent> {
  const visible = viewer ? visiblePostsSql(viewer, "p") : null;
  const readable = target.kind === ContentKind.COMMENT && viewer ? visibleCommentsSql(viewer, "c") : null;
  const condition = [visible, readable].filter((part) => !!part).map((part) => ` and ${part!.sql}`).join("");
  const values = [target.id, ...(visible?.values ?? []), ...(readable?.values ?? [])];
  const [row]: Record<string, unknown>[] =
    target.kind === ContentKind.POST
      ? await tx.execute(
          `select p.author_id, p.id as post_id, p.title, p.moderation_state, p.moderation_reason as hidden_reason
             from post p where p.id = ?${condition} for no key update of p`,
          values,
        )
      : await tx.execute(
          `select c.author_id, c.post_id, p.title, case when c.hidden_at is not null then 'HIDDEN' end as moderation_state, c.hidden_reason
             from comment c join post p on p.id = c.post_id where c.id = ? and c.deleted_at is null${condition} for no key update of c`,
          values,
        );
  if (!row) throw notFound(target.kind === ContentKind.POST ? "Post" : "Comment");
  return {
    target,
    authorId: row.author_id as string,
    postId: row.post_id as string,
    title: row.title as string,
    held: row.moderation_state === "HELD",
    hidden: row.moderation_state === "HIDDEN",
    hiddenReason: (row.hidden_reason as string | null) ?? null,
  };
}

/** Hides the locked content; `reason` null: hidden by flags, waiting for a moderator's review. */
export async function setHidden(tx: EntityManager, content: LockedContent, reason: string | null): Promise<void> {
  const { target } = content;
  if (target.kind === ContentKind.POST) {
    await tx.execute(`update post set moderation_state = 'HIDDEN', moderation_reason = ?, moderated_at = case when moderation_state = 'HIDDEN' then moderated_at else now() end where id = ?`, [reason, target.id]);
  } else {
    await tx.execute(`update comment set hidden_reason = ?, hidden_at = coalesce(hidden_at, now()) where id = ?`, [reason, target.id]);
  }
  Object.assign(content, { hidden: true, held: false, hiddenReason: reason });
}

/** Shows the locked content to everyone again (a held post: approved). */
export async function setShown(tx: EntityManager, content: LockedContent): Promise<void> {
  const { target } = content;
  if (target.kind === ContentKind.POST) await tx.execute(`update post set moderation_state = null, moderation_reason = null, moderated_at = null where id = ?`, [target.id]);
  else await tx.execute(`update comment set hidden_at = null, hidden_reason = null where id = ?`, [target.id]);
  Object.assign(content, { hidden: false, held: false, hiddenReason: null });
}

/** Closes the item's open flags; how many there were. */
export async function resolveOpenFlags(tx: EntityManager, target: ContentTarget, resolution: Flag["resolution"]): Promise<number> {
  const closed: unknown[] = await tx.execute(`update flag set resolved_at = now(), resolution = ? where ${column(target)} = ? and resolved_at is null returning id`, [resolution, target.id]);
  return closed.length;
}

export async function readFlagSettings(em: EntityManager): Promise<FlagSettings> {
  return (await em.findOne(FlagSettings, { id: true })) ?? em.create(FlagSettings, {}, { persist: false });
}

const levelOf = (member: Member): FlaggingTrustLevel => Math.min(Math.max(member.trustLevel, 1), 4) as FlaggingTrustLevel;

/** A moderator's flag weighs the whole threshold; a member's what their trust level weighs. */
const flagWeight = (settings: FlagSettings, flagger: Member) =>
  allows(MODERATION_POLICY.moderate, flagger) ? settings.hideThreshold : weightOf(settings, levelOf(flagger));

/**
 * RATE_LIMITED once the member gave their trust level's flags in the last 24 hours, with the seconds
 * until the oldest of them leaves the window. Counted from the flag table (the same answer in every
 * process); the caller holds the member's row lock, so two flags at once cannot both take the last one.
 */
async function checkDailyLimit(tx: EntityManager, settings: FlagSettings, flagger: Member): Promise<void> {
  if (allows(MODERATION_POLICY.moderate, flagger)) return;
  const limit = dailyLimitOf(settings, levelOf(flagger));
  const [row]: { given: string; retry_after: number | null }[] = await tx.execute(
    `select count(*) as given, extract(epoch from (min(created_at) + interval '24 hours' - now())) as retry_after
       from (select created_at from flag where flagger_id = ? and created_at > now() - interval '24 hours' order by created_at desc limit ?) recent`,
    [flagger.id, limit],
  );
  if (Number(row.given) >= limit) throw rateLimited(Math.max(1, Math.ceil(Number(row.retry_after ?? 1))));
}

export interface FlagInput {
  target: ContentTarget;
  reason: FlagReason;
  message?: string | null;
}

/**
 * Records the viewer's flag and, in the same transaction, hides the item when its open flags now
 * weigh the threshold. The item's row is locked first, so of two flags that together reach the
 * threshold exactly one hides it. A second open flag by the same member is CONFLICT (the database's
 * unique index decides, also for two at once).
 */
export async function flagContent(em: EntityManager, flagger: Member, input: FlagInput): Promise<Flag> {
  const message = input.message?.trim() || null;
  if (FLAG_REASONS_NEEDING_A_MESSAGE.includes(input.reason) && !message) throw badInput("message", InputReason.REQUIRED, "Say what is wrong: a message is required for this reason.");
  return em.transactional(async (tx) => {
    await tx.execute(`select id from member where id = ? for no key update`, [flagger.id]);
    const content = await lockContent(tx, input.target, flagger);
    if (!canFlag(flagger, content.authorId)) {
      throw forbidden(content.authorId === flagger.id ? "flag your own content" : `flag before trust level ${FLAG_TRUST_LEVEL}`);
    }
    const settings = await readFlagSettings(tx);
    await checkDailyLimit(tx, settings, flagger);
    const flag = tx.create(Flag, {
      post: input.target.kind === ContentKind.POST ? input.target.id : null,
      comment: input.target.kind === ContentKind.COMMENT ? input.target.id : null,
      flagger,
      reason: input.reason,
      message,
      weight: flagWeight(settings, flagger),
    });
    try {
      await tx.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict(ConflictReason.ALREADY_FLAGGED, "You flagged this already; moderators will look at it.");
      throw error;
    }
    const [{ score }]: { score: number }[] = await tx.execute(`select coalesce(sum(weight), 0) as score from flag where ${column(input.target)} = ? and resolved_at is null`, [input.target.id]);
    if (!content.hidden && Number(score) >= settings.hideThreshold) await setHidden(tx, content, null);
    return flag;
  });
}

/** The settings row's key is `true`, not a uuid: its audit rows name it by this fixed id. */
const FLAG_SETTINGS_TARGET_ID = "00000000-0000-0000-0000-000000000000";

export interface FlagSettingsInput {
  hideThreshold: number;
  /** One per trust level 1 to 4. */
  levels: { trustLevel: number; weight: number; dailyLimit: number }[];
}

/** Replaces the settings (every trust level from 1 to 4 once), with an audit row of before and after. */
export async function updateFlagSettings(em: EntityManager, actor: Member, input: FlagSettingsInput): Promise<FlagSettings> {
  const levels = [...input.levels].sort((a, b) => a.trustLevel - b.trustLevel);
  if (levels.map((level) => level.trustLevel).join() !== FLAGGING_TRUST_LEVELS.join()) {
    throw badInput("levels", InputReason.OUT_OF_RANGE, "Give each trust level from 1 to 4 once.");
  }
  return em.transactional(async (tx) => {
    const settings = (await tx.findOne(FlagSettings, { id: true }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? tx.create(FlagSettings, {});
    const before = snapshotOf(settings);
    settings.hideThreshold = input.hideThreshold;
    for (const level of levels) {
      const tl = level.trustLevel as FlaggingTrustLevel;
      settings[`weightTl${tl}`] = level.weight;
      settings[`dailyLimitTl${tl}`] = level.dailyLimit;
    }
    recordAudit(tx, { actor, action: AuditAction.UPDATE_FLAG_SETTINGS, target: { type: "FLAG_SETTINGS", id: FLAG_SETTINGS_TARGET_ID }, before, after: snapshotOf(settings) });
    return settings;
  });
}

const snapshotOf = (settings: FlagSettings) => ({
  hideThreshold: settings.hideThreshold,
  levels: FLAGGING_TRUST_LEVELS.map((trustLevel) => ({ trustLevel, weight: weightOf(settings, trustLevel), dailyLimit: dailyLimitOf(settings, trustLevel) })),
});
