import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
import type { JobQueue } from "../jobs/queue.js";
import { MailCategory } from "../mail/mail-enums.js";
import { queueMail } from "../mail/mail.service.js";
import { Member } from "../members/member.entity.js";
import { dropPendingMail } from "../notifications/notification.service.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import { AuditAction } from "./audit-entry.entity.js";
import { recordAudit } from "./audit.js";
import { requireSanctionable } from "./moderation.policy.js";
import { clauseUrl, requireClause } from "./netiquette.service.js";
import { renderSanctionMail } from "./sanction-mails.js";
import { ACTIVE_RESTRICTION_SQL, Sanction, SanctionKind } from "./sanction.entity.js";
import { StaffNote } from "./staff-note.entity.js";

const ACTION_OF: Record<SanctionKind, AuditAction> = {
  [SanctionKind.WARN]: AuditAction.WARN_MEMBER,
  [SanctionKind.SILENCE]: AuditAction.SILENCE_MEMBER,
  [SanctionKind.SUSPEND]: AuditAction.SUSPEND_MEMBER,
};

export interface SanctionInput {
  memberId: string;
  kind: SanctionKind;
  reason: string;
  clause?: string | null;
  /** null: a warning, or a permanent suspension. */
  endsAt: Date | null;
}

const snapshotOf = (sanction: Sanction) => ({
  kind: sanction.kind,
  clause: sanction.clause,
  startsAt: sanction.startsAt.toISOString(),
  endsAt: sanction.endsAt?.toISOString() ?? null,
  liftedAt: sanction.liftedAt?.toISOString() ?? null,
});

/**
 * Warns, silences or suspends a member, with its audit row and the mail telling them, in one
 * transaction. A cited clause must be one of the current netiquette's; the mail names it and links to it.
 */
export async function sanctionMember(em: EntityManager, deps: { queue: JobQueue; config: Config }, actor: Member, input: SanctionInput): Promise<Sanction> {
  if (input.endsAt && input.endsAt.getTime() <= Date.now()) throw badInput("until", InputReason.OUT_OF_RANGE, "The end must be in the future.");
  return em.transactional(async (tx) => {
    const member = await tx.findOne(Member, { id: input.memberId });
    if (!member) throw notFound("Member");
    requireSanctionable(actor, member);
    const clause = input.clause ? await requireClause(tx, input.clause) : null;
    const sanction = tx.create(Sanction, { kind: input.kind, member, actor, reason: input.reason, clause: input.clause ?? null, endsAt: input.endsAt });
    recordAudit(tx, {
      actor,
      action: ACTION_OF[input.kind],
      target: { type: "SANCTION", id: sanction.id },
      targetMember: member,
      reason: input.reason,
      after: snapshotOf(sanction),
    });
    if (input.kind === SanctionKind.SUSPEND) await dropPendingMail(tx, member.id);
    await queueMail(tx, deps.queue, {
      recipient: member,
      category: MailCategory.ACCOUNT,
      template: `sanction-${input.kind.toLowerCase()}`,
      render: (language) =>
        renderSanctionMail(language, {
          name: member.displayName,
          kind: input.kind,
          reason: input.reason,
          clause: clause && { title: clause.title, url: clauseUrl(deps.config.publicUrl, clause.anchor) },
          endsAt: sanction.endsAt,
        }),
    });
    return sanction;
  });
}

/** Ends a silence or suspension now; one that ended already (or a warning) is CONFLICT. */
export async function liftSanction(em: EntityManager, actor: Member, sanctionId: string, reason: string | null): Promise<Sanction> {
  return em.transactional(async (tx) => {
    const [locked] = await tx.execute(`select id from sanction where id = ? for update`, [sanctionId]);
    if (!locked) throw notFound("Sanction");
    const sanction = await tx.findOneOrFail(Sanction, { id: sanctionId }, { populate: ["member"], refresh: true });
    requireSanctionable(actor, sanction.member);
    const before = snapshotOf(sanction);
    const [active] = await tx.execute(`select now() as now from sanction s where s.id = ? and ${ACTIVE_RESTRICTION_SQL("s")}`, [sanctionId]);
    if (!active) throw conflict(ConflictReason.SANCTION_NOT_ACTIVE, "This sanction is not in force (a warning, lifted, or over).");
    sanction.liftedAt = new Date(active.now);
    recordAudit(tx, { actor, action: AuditAction.LIFT_SANCTION, target: { type: "SANCTION", id: sanction.id }, targetMember: sanction.member, reason, before, after: snapshotOf(sanction) });
    return sanction;
  });
}

/** Replaces the member's staff note (empty removes it); the audit row keeps what it said before. */
export async function setStaffNote(em: EntityManager, actor: Member, memberId: string, note: string): Promise<Member> {
  return em.transactional(async (tx) => {
    // The member row is locked (not for key updates, so nothing else waits), so two staff saving at
    // once take turns and each sees the other's note as "before".
    const [locked] = await tx.execute(`select id from member where id = ? for no key update`, [memberId]);
    if (!locked) throw notFound("Member");
    const member = await tx.findOneOrFail(Member, { id: memberId });
    const existing = await tx.findOne(StaffNote, { member }, { refresh: true });
    const before = existing?.body ?? "";
    if (before === note) return member;
    if (!note) tx.remove(existing!);
    else if (existing) Object.assign(existing, { body: note, updatedBy: actor, updatedAt: new Date() });
    else tx.create(StaffNote, { member, body: note, updatedBy: actor });
    recordAudit(tx, { actor, action: AuditAction.SET_STAFF_NOTE, target: { type: "MEMBER", id: member.id }, targetMember: member, before: { note: before }, after: { note } });
    return member;
  });
}
