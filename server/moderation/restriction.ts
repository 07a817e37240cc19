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
 * The member row `member`'s restriction in force now (a suspension before a silence, the longest
 * first), as a lateral join, so a request reads it with its member in one statement; select
 * RESTRICTION_COLUMNS and read them back with `restrictionFromRow`.
 */
export const restrictionInForceOf = (member: string) =>
  `left join lateral (select s.id, s.kind, s.reason, s.ends_at from sanction s
     where s.member_id = ${member}.id and ${ACTIVE_RESTRICTION_SQL("s")}
     order by s.kind = 'SUSPEND' desc, s.ends_at desc nulls first limit 1) restriction on true`;

export const RESTRICTION_COLUMNS =
  "restriction.id as restriction_id, restriction.kind as restriction_kind, restriction.reason as restriction_reason, restriction.ends_at as restriction_ends_at";

/** The restriction in a row that selected RESTRICTION_COLUMNS, and the row's other columns. */
export function restrictionFromRow(row: Record<string, unknown>): { restriction: Restriction | null; rest: Record<string, unknown> } {
  const { restriction_id: id, restriction_kind: kind, restriction_reason: reason, restriction_ends_at: endsAt, ...rest } = row;
  const restriction = id
    ? { sanctionId: id as string, kind: kind as Restriction["kind"], reason: reason as string, endsAt: endsAt ? new Date(endsAt as string) : null }
    : null;
  return { restriction, rest };
}

/** The member's restriction in force now. */
export async function activeRestriction(em: EntityManager, memberId: string): Promise<Restriction | null> {
  const [row]: Record<string, unknown>[] = await em.execute(`select ${RESTRICTION_COLUMNS} from member m ${restrictionInForceOf("m")} where m.id = ?`, [memberId]);
  return row ? restrictionFromRow(row).restriction : null;
}

const until = (restriction: Restriction) => (restriction.endsAt ? `until ${restriction.endsAt.toISOString()}` : "permanently");

/** FORBIDDEN saying which sanction refuses the request, why and until when. */
export function restrictionError(restriction: Restriction) {
  const details = { until: restriction.endsAt?.toISOString() ?? null, explanation: restriction.reason };
  return restriction.kind === SanctionKind.SUSPEND
    ? restricted(ForbiddenReason.SUSPENDED, `Your account is suspended ${until(restriction)}: ${restriction.reason}`, details)
    : restricted(ForbiddenReason.SILENCED, `You may not post or comment ${until(restriction)}: ${restriction.reason}`, details);
}
