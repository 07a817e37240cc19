import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { Member } from "../members/member.entity.js";
import { AuditAction, AuditEntry } from "./audit-entry.entity.js";

/** One staff action, as every feature records it. */
export interface AuditRecord {
  actor: Member;
  action: AuditAction;
  target: { type: string; id: string };
  /** The member the action concerns, so it shows in their history. */
  targetMember?: Member | null;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The target of a change to community-wide settings, which are one row without an id of their own. */
export const settingsTarget = (type: string) => ({ type, id: "00000000-0000-0000-0000-000000000000" });

/**
 * Adds the action's row to the audit log: call it inside the action's own transaction (it is flushed
 * with it), so an action that rolls back leaves no row and a committed one always has its row.
 */
export function recordAudit(tx: EntityManager, record: AuditRecord): AuditEntry {
  return tx.create(AuditEntry, {
    actor: record.actor,
    action: record.action,
    targetType: record.target.type,
    targetId: record.target.id,
    targetMember: record.targetMember ?? null,
    reason: record.reason ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
  });
}

export interface AuditFilter {
  actor?: string | null;
  targetMember?: string | null;
  action?: AuditAction | null;
  from?: Date | null;
  to?: Date | null;
}

const NEWEST_FIRST = { createdAt: "desc", id: "desc" } as const;

/** `filter` as a condition (`from` inclusive, `to` exclusive). */
const auditWhere = (filter: AuditFilter): FilterQuery<AuditEntry> => ({
  ...(filter.actor ? { actor: filter.actor } : {}),
  ...(filter.targetMember ? { targetMember: filter.targetMember } : {}),
  ...(filter.action ? { action: filter.action } : {}),
  ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } } : {}),
});

/** The log, newest first, narrowed by `filter`, with the total for paging. */
export async function auditPage(em: EntityManager, filter: AuditFilter, offset: number, first: number) {
  const [entries, totalCount] = await em.findAndCount(AuditEntry, auditWhere(filter), { orderBy: NEWEST_FIRST, offset, limit: first });
  return { entries, totalCount };
}

/** The newest `first` entries under `filter`, without counting them all (a member's history shows a few). */
export const latestAuditEntries = (em: EntityManager, filter: AuditFilter, first: number) =>
  em.find(AuditEntry, auditWhere(filter), { orderBy: NEWEST_FIRST, limit: first });
