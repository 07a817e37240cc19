import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
import { deleteComment } from "../comments/comment.service.js";
import type { JobQueue } from "../jobs/queue.js";
import { MailCategory } from "../mail/mail-enums.js";
import { queueMail } from "../mail/mail.service.js";
import { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { conflict } from "../shared/errors.js";
import { ConflictReason } from "../shared/input-rules.js";
import { AuditAction } from "./audit-entry.entity.js";
import { recordAudit } from "./audit.js";
import { Flag, FlagResolution } from "./flag.entity.js";
import { announceApprovedPost } from "./holding.service.js";
import { ContentKind, lockContent, resolveOpenFlags, setHidden, setShown, type ContentTarget, type LockedContent } from "./flag.service.js";
import { ModerationOutcome, renderModerationMail } from "./moderation-mails.js";
import { MODERATION_POLICY } from "./moderation.policy.js";
import { sanctionMember } from "./sanction.service.js";
import { SanctionKind } from "./sanction.entity.js";

/** Which part of the queue to list. */
export enum ModerationQueueFilter {
  /** Everything waiting for a moderator. */
  ALL = "ALL",
  /** Items with open flags that are still shown. */
  FLAGGED = "FLAGGED",
  /** Posts held for approval (all an ambassador sees). */
  HELD = "HELD",
  /** Items hidden by flags, waiting for review. */
  HIDDEN = "HIDDEN",
}

/** Held posts wait at most this long before the queue highlights them and the staff notice counts them. */
export const HELD_OVERDUE_HOURS = 24;

/** One row of the queue, as read by `moderationQueuePage`. */
export interface QueueRow {
  kind: ContentKind;
  id: string;
  postId: string;
  authorId: string;
  held: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  score: number;
  /** Since when it waits: held since, or its first open flag. */
  since: Date;
  overdue: boolean;
  /** Flags ever given on the author's posts and comments (their history). */
  authorFlagCount: number;
}

/**
 * What waits for moderators: posts held for approval and items with open flags (auto-hidden ones
 * among them), each once, the overdue held posts first, then the longest waiting. Read from the open
 * flags' and the withheld posts' partial indexes, not from every post and comment.
 */
const QUEUE_SQL = `
  with open_flags as (
    select f.post_id, f.comment_id, sum(f.weight) as score, min(f.created_at) as first_flagged_at
      from flag f where f.resolved_at is null group by f.post_id, f.comment_id
  ), items as (
    select 'POST' as kind, p.id, p.id as post_id, p.author_id,
           coalesce(p.moderation_state = 'HELD', false) as held, coalesce(p.moderation_state = 'HIDDEN', false) as hidden,
           p.moderation_reason as hidden_reason, coalesce(o.score, 0) as score,
           case when p.moderation_state = 'HELD' then p.moderated_at else o.first_flagged_at end as since,
           coalesce(p.moderation_state = 'HELD' and p.moderated_at < now() - interval '${HELD_OVERDUE_HOURS} hours', false) as overdue
      from post p left join open_flags o on o.post_id = p.id
     where p.id in (select id from post where moderation_state = 'HELD' union all select post_id from open_flags where post_id is not null)
    union all
    select 'COMMENT', c.id, c.post_id, c.author_id, false, c.hidden_at is not null, c.hidden_reason, o.score, o.first_flagged_at, false
      from open_flags o join comment c on c.id = o.comment_id where c.deleted_at is null
  )
  select i.*, count(*) over () as total_count,
         (select count(*) from flag af join post ap on ap.id = af.post_id where ap.author_id = i.author_id)
           + (select count(*) from flag af join comment ac on ac.id = af.comment_id where ac.author_id = i.author_id) as author_flag_count
    from items i where %FILTER%
   order by i.overdue desc, i.since asc, i.id
   limit ? offset ?`;

const FILTER_SQL: Record<ModerationQueueFilter, string> = {
  [ModerationQueueFilter.ALL]: "true",
  [ModerationQueueFilter.FLAGGED]: "not i.held and not i.hidden",
  [ModerationQueueFilter.HELD]: "i.held",
  [ModerationQueueFilter.HIDDEN]: "i.hidden",
};

/** A page of the queue; an ambassador (who reviews held posts only) gets only held posts. */
export async function moderationQueuePage(em: EntityManager, viewer: Member, filter: ModerationQueueFilter, offset: number, first: number) {
  const shown = allows(MODERATION_POLICY.moderate, viewer) ? filter : ModerationQueueFilter.HELD;
  const rows: Record<string, unknown>[] = await em.execute(QUEUE_SQL.replace("%FILTER%", FILTER_SQL[shown]), [first, offset]);
  const items: QueueRow[] = rows.map((row) => ({
    kind: row.kind as ContentKind,
    id: row.id as string,
    postId: row.post_id as string,
    authorId: row.author_id as string,
    held: row.held as boolean,
    hidden: row.hidden as boolean,
    hiddenReason: (row.hidden_reason as string | null) ?? null,
    score: Number(row.score),
    since: new Date(row.since as string),
    overdue: row.overdue as boolean,
    authorFlagCount: Number(row.author_flag_count),
  }));
  return { items, totalCount: rows.length ? Number(rows[0].total_count) : 0 };
}

/** The staff notice: what waits, and how many held posts waited longer than a day. */
export async function moderationSummary(em: EntityManager) {
  const [row]: Record<string, string>[] = await em.execute(
    `select (select count(*) from post where moderation_state = 'HELD') as held,
            (select count(*) from post where moderation_state = 'HELD' and moderated_at < now() - interval '${HELD_OVERDUE_HOURS} hours') as held_overdue,
            (select count(*) from (select distinct post_id, comment_id from flag where resolved_at is null) f) as flagged`,
  );
  return { held: Number(row.held), heldOverdue: Number(row.held_overdue), flagged: Number(row.flagged) };
}

/** The open flags of the page's items, oldest first, in one query. */
export async function openFlagsOf(em: EntityManager, targetIds: readonly string[]) {
  if (!targetIds.length) return [];
  return em.find(Flag, { $or: [{ post: { $in: [...targetIds] } }, { comment: { $in: [...targetIds] } }], resolvedAt: null }, { orderBy: { createdAt: "asc", id: "asc" } });
}

// ------------------------------------------------------------------------------------------------
// Actions: each locks the item, acts, writes its audit row and (with a message) the author's mail, in one transaction
// ------------------------------------------------------------------------------------------------

interface ActionContext {
  em: EntityManager;
  queue: JobQueue;
  config: Config;
  actor: Member;
}

const stateOf = (content: LockedContent) => ({ held: content.held, hidden: content.hidden, hiddenReason: content.hiddenReason });

async function tellAuthor(tx: EntityManager, ctx: ActionContext, content: LockedContent, outcome: ModerationOutcome, message: string | null | undefined) {
  const words = message?.trim();
  if (!words) return;
  const author = await tx.findOneOrFail(Member, { id: content.authorId });
  const url = `${ctx.config.publicUrl}/posts/${content.postId}${content.target.kind === ContentKind.COMMENT ? `#comment-${content.target.id}` : ""}`;
  await queueMail(tx, ctx.queue, {
    recipient: author,
    category: MailCategory.ACCOUNT,
    template: `moderation-${outcome.toLowerCase()}`,
    render: (language) =>
      renderModerationMail(language, { name: author.displayName, kind: content.target.kind, outcome, title: content.title, message: words, reason: content.hidden ? content.hiddenReason : null, url }),
  });
}

async function act<T>(ctx: ActionContext, target: ContentTarget, run: (tx: EntityManager, content: LockedContent) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (tx) => run(tx, await lockContent(tx, target)));
}

const audit = (tx: EntityManager, ctx: ActionContext, action: AuditAction, content: LockedContent, before: Record<string, unknown>, extra: { reason?: string | null; after?: Record<string, unknown> } = {}) =>
  recordAudit(tx, {
    actor: ctx.actor,
    action,
    target: { type: content.target.kind, id: content.target.id },
    targetMember: tx.getReference(Member, content.authorId),
    reason: extra.reason ?? null,
    before,
    after: { ...stateOf(content), ...extra.after },
  });

export interface ResolveFlagsInput {
  target: ContentTarget;
  resolution: FlagResolution;
  messageToAuthor?: string | null;
}

/**
 * Closes the item's open flags. Agreeing hides it (when the flags had not already); dismissing shows
 * again what the flags alone had hidden (a moderator's own hiding stays). CONFLICT when no flag is open.
 */
export async function resolveFlags(ctx: ActionContext, input: ResolveFlagsInput): Promise<LockedContent> {
  return act(ctx, input.target, (tx, content) => resolveLocked(tx, ctx, content, input));
}

async function resolveLocked(tx: EntityManager, ctx: ActionContext, content: LockedContent, input: ResolveFlagsInput): Promise<LockedContent> {
  const before = stateOf(content);
  const closed = await resolveOpenFlags(tx, content.target, input.resolution);
  if (!closed) throw conflict(ConflictReason.ALREADY_MODERATED, "This item has no open flags (another moderator dealt with it).");
  if (input.resolution === FlagResolution.AGREED && !content.hidden) await setHidden(tx, content, null);
  if (input.resolution === FlagResolution.DISMISSED && content.hidden && content.hiddenReason === null) await setShown(tx, content);
  audit(tx, ctx, AuditAction.RESOLVE_FLAGS, content, before, { after: { resolution: input.resolution, flags: closed } });
  const outcome = input.resolution === FlagResolution.AGREED ? ModerationOutcome.HIDDEN : before.hidden && !content.hidden ? ModerationOutcome.RESTORED : ModerationOutcome.KEPT;
  await tellAuthor(tx, ctx, content, outcome, input.messageToAuthor);
  return content;
}

/** Hides the item with a reason everyone sees in its place; agrees with its open flags. */
export async function hideContent(ctx: ActionContext, input: { target: ContentTarget; reason: string; messageToAuthor?: string | null }): Promise<LockedContent> {
  return act(ctx, input.target, async (tx, content) => {
    if (content.hidden && content.hiddenReason === input.reason) throw conflict(ConflictReason.ALREADY_MODERATED, "It is hidden with this reason already.");
    const before = stateOf(content);
    await setHidden(tx, content, input.reason);
    await resolveOpenFlags(tx, content.target, FlagResolution.AGREED);
    audit(tx, ctx, AuditAction.HIDE_CONTENT, content, before, { reason: input.reason });
    await tellAuthor(tx, ctx, content, ModerationOutcome.HIDDEN, input.messageToAuthor);
    return content;
  });
}

/** Shows hidden content to everyone again; dismisses its open flags. CONFLICT when it is not hidden. */
export async function restoreContent(ctx: ActionContext, input: { target: ContentTarget; messageToAuthor?: string | null }): Promise<LockedContent> {
  return act(ctx, input.target, async (tx, content) => {
    if (!content.hidden) throw conflict(ConflictReason.ALREADY_MODERATED, "It is not hidden.");
    const before = stateOf(content);
    await setShown(tx, content);
    await resolveOpenFlags(tx, content.target, FlagResolution.DISMISSED);
    audit(tx, ctx, AuditAction.RESTORE_CONTENT, content, before);
    await tellAuthor(tx, ctx, content, ModerationOutcome.RESTORED, input.messageToAuthor);
    return content;
  });
}

const requireHeld = (content: LockedContent) => {
  if (!content.held) throw conflict(ConflictReason.ALREADY_MODERATED, "The post is not held for approval (someone reviewed it already).");
};

/** A held post becomes public. */
export async function approvePost(ctx: ActionContext, input: { postId: string; messageToAuthor?: string | null }): Promise<LockedContent> {
  const target = { kind: ContentKind.POST, id: input.postId };
  return act(ctx, target, async (tx, content) => {
    requireHeld(content);
    const before = stateOf(content);
    await setShown(tx, content);
    await announceApprovedPost(tx, ctx.queue, content.target.id);
    audit(tx, ctx, AuditAction.APPROVE_POST, content, before);
    await tellAuthor(tx, ctx, content, ModerationOutcome.APPROVED, input.messageToAuthor);
    return content;
  });
}

/** A held post is not approved: it stays its author's, hidden with the reason. */
export async function rejectPost(ctx: ActionContext, input: { postId: string; reason: string; messageToAuthor?: string | null }): Promise<LockedContent> {
  const target = { kind: ContentKind.POST, id: input.postId };
  return act(ctx, target, async (tx, content) => {
    requireHeld(content);
    const before = stateOf(content);
    await setHidden(tx, content, input.reason);
    audit(tx, ctx, AuditAction.REJECT_POST, content, before, { reason: input.reason });
    await tellAuthor(tx, ctx, content, ModerationOutcome.REJECTED, input.messageToAuthor);
    return content;
  });
}

/** Deletes a comment from the queue (the comments' own delete, audited), agreeing with its flags. */
export async function deleteFlaggedComment(ctx: ActionContext, input: { commentId: string; messageToAuthor?: string | null }): Promise<LockedContent> {
  return act(ctx, { kind: ContentKind.COMMENT, id: input.commentId }, async (tx, content) => {
    const before = stateOf(content);
    await deleteComment(tx, ctx.actor, input.commentId);
    await resolveOpenFlags(tx, content.target, FlagResolution.AGREED);
    audit(tx, ctx, AuditAction.DELETE_COMMENT, content, before, { after: { deleted: true } });
    await tellAuthor(tx, ctx, content, ModerationOutcome.DELETED, input.messageToAuthor);
    return content;
  });
}

/**
 * Agrees with the flags and suspends the author, in one transaction: both happen or neither does
 * (a moderator who may not suspend this author leaves the flags open too).
 */
export async function agreeAndSuspend(
  ctx: ActionContext,
  input: { target: ContentTarget; reason: string; until: Date | null; messageToAuthor?: string | null },
): Promise<LockedContent> {
  return act(ctx, input.target, async (tx, content) => {
    await resolveLocked(tx, ctx, content, { target: input.target, resolution: FlagResolution.AGREED, messageToAuthor: input.messageToAuthor });
    await sanctionMember(tx, ctx, ctx.actor, { memberId: content.authorId, kind: SanctionKind.SUSPEND, reason: input.reason, endsAt: input.until });
    return content;
  });
}
