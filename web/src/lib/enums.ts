import type { AuditAction, BugSeverity, PostKind, PostSort, Role } from "../gql/graphql";

/** Enum values in display order (codegen emits string unions, not runtime lists). */
export const KINDS: readonly PostKind[] = ["IDEA", "BUG", "USABILITY"];
export const SORTS: readonly PostSort[] = ["TOP", "NEW", "TRENDING"];
/** The triage inbox also sorts by what has waited longest. */
export const TRIAGE_SORTS: readonly PostSort[] = ["TOP", "NEW", "OLDEST"];
export const ROLES: readonly Role[] = ["MEMBER", "AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];
export const AUDIT_ACTIONS: readonly AuditAction[] = ["WARN_MEMBER", "SILENCE_MEMBER", "SUSPEND_MEMBER", "LIFT_SANCTION", "SET_STAFF_NOTE", "SET_TRUST_LEVEL"];
export const SEVERITIES: readonly BugSeverity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

export function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}
