import type { EntityManager } from "@mikro-orm/postgresql";
import { restricted } from "../shared/errors.js";
import { ForbiddenReason } from "../shared/input-rules.js";
import { ACTIVE_RESTRICTION_SQL, SanctionKind } from "./sanction.entity.js";

/** The sanction that limits what a member may do right now. */
export interface Restriction {
  sanctionId: string;
  kind: SanctionKind.SILENCE | SanctionKind.SUSPEND;
  reason: string;
  /** null: for good. */
  endsAt: Date | null;
}

/**
 * The member's restriction in force now, as one row of `restriction_*` columns: a suspension before a
 * silence, the longest first. `memberId` is an SQL expression (a `?`, or a column to join it laterally).
 */
export const restrictionOfSql = (memberId: string) =>
  `select s.id as restriction_id, s.kind as restriction_kind, s.reason as restriction_reason, s.ends_at as restriction_ends_at
   from sanction s
   where s.member_id = ${memberId} and ${ACTIVE_RESTRICTION_SQL("s")}
   order by s.kind = 'SUSPEND' desc, s.ends_at desc nulls first limit 1`;

export interface RestrictionColumns {
  restriction_id: string | null;
  restriction_kind: Restriction["kind"] | null;
  restriction_reason: string | null;
  restriction_ends_at: Date | null;
}

/** The restriction in a row read with `restrictionOfSql` (its columns null: none). */
export function restrictionOfRow(row: RestrictionColumns): Restriction | null {
  if (!row.restriction_id) return null;
  return { sanctionId: row.restriction_id, kind: row.restriction_kind!, reason: row.restriction_reason!, endsAt: row.restriction_ends_at && new Date(row.restriction_ends_at) };
}

export async function activeRestriction(em: EntityManager, memberId: string): Promise<Restriction | null> {
  const [row]: RestrictionColumns[] = await em.execute(restrictionOfSql("?"), [memberId]);
  return row ? restrictionOfRow(row) : null;
}

const until = (restriction: Restriction) => (restriction.endsAt ? `until ${restriction.endsAt.toISOString()}` : "permanently");

/** FORBIDDEN saying which sanction refuses the request, why and until when. */
export function restrictionError(restriction: Restriction) {
  const details = { until: restriction.endsAt?.toISOString() ?? null, explanation: restriction.reason };
  return restriction.kind === SanctionKind.SUSPEND
    ? restricted(ForbiddenReason.SUSPENDED, `Your account is suspended ${until(restriction)}: ${restriction.reason}`, details)
    : restricted(ForbiddenReason.SILENCED, `You may not post or comment ${until(restriction)}: ${restriction.reason}`, details);
}
