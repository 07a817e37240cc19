import type { AuditAction, BugSeverity, HoldPolicy, PostKind, PostSort, Role, StatusCategory, WatchedWordAction } from "../gql/graphql";

/** Enum values in display order (codegen emits string unions, not runtime lists). */
export const KINDS: readonly PostKind[] = ["IDEA", "BUG", "USABILITY"];
export const CATEGORIES: readonly StatusCategory[] = ["OPEN", "ACTIVE", "DONE", "CLOSED"];
export const SORTS: readonly PostSort[] = ["TOP", "NEW", "TRENDING"];
/** The triage inbox also sorts by what has waited longest. */
export const TRIAGE_SORTS: readonly PostSort[] = ["TOP", "NEW", "OLDEST"];
export const ROLES: readonly Role[] = ["MEMBER", "AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];
export const AUDIT_ACTIONS: readonly AuditAction[] = ["WARN_MEMBER", "SILENCE_MEMBER", "SUSPEND_MEMBER", "LIFT_SANCTION", "SET_STAFF_NOTE",
  "CHANGE_HOLD_SETTINGS", "ADD_WATCHED_WORD", "REMOVE_WATCHED_WORD", "PUBLISH_NETIQUETTE",
  "RESOLVE_FLAGS", "HIDE_CONTENT", "RESTORE_CONTENT", "APPROVE_POST", "REJECT_POST", "DELETE_COMMENT", "UPDATE_FLAG_SETTINGS", "SET_TRUST_LEVEL"];
/** The community's policies; a board may also follow the community (COMMUNITY_DEFAULT). */
export const HOLD_POLICIES: readonly HoldPolicy[] = ["NOBODY", "FIRST_POSTS", "EVERYONE"];
export const WATCHED_WORD_ACTIONS: readonly WatchedWordAction[] = ["BLOCK", "HOLD", "CENSOR"];
export const SEVERITIES: readonly BugSeverity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

export function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}
