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

/** The member's restriction in force now: a suspension before a silence, the longest first. */
export async function activeRestriction(em: EntityManager, memberId: string): Promise<Restriction | null> {
  const [row]: { id: string; kind: Restriction["kind"]; reason: string; ends_at: Date | null }[] = await em.execute(
    `select s.id, s.kind, s.reason, s.ends_at from sanction s
     where s.member_id = ? and ${ACTIVE_RESTRICTION_SQL("s")}
     order by s.kind = 'SUSPEND' desc, s.ends_at desc nulls first limit 1`,
    [memberId],
  );
  return row ? { sanctionId: row.id, kind: row.kind, reason: row.reason, endsAt: row.ends_at ? new Date(row.ends_at) : null } : null;
}

const until = (restriction: Restriction) => (restriction.endsAt ? `until ${restriction.endsAt.toISOString()}` : "permanently");

/** FORBIDDEN saying which sanction refuses the request, why and until when. */
export function restrictionError(restriction: Restriction) {
  const details = { until: restriction.endsAt?.toISOString() ?? null, explanation: restriction.reason };
  return restriction.kind === SanctionKind.SUSPEND
    ? restricted(ForbiddenReason.SUSPENDED, `Your account is suspended ${until(restriction)}: ${restriction.reason}`, details)
    : restricted(ForbiddenReason.SILENCED, `You may not post or comment ${until(restriction)}: ${restriction.reason}`, details);
}
