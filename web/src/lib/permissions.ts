import type { Role } from "../gql/graphql";

/**
 * Mirrors server/triage/triage.policy.ts so the UI only offers what will work. The server
 * enforces these anyway; a mismatch shows as a FORBIDDEN error sentence, never a hole.
 */
const TRIAGE = {
  setStatus: ["MANAGER", "PRODUCT", "ADMIN"],
  tag: ["AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"],
  moveBoard: ["MODERATOR", "MANAGER", "ADMIN"],
  merge: ["MODERATOR", "MANAGER", "ADMIN"],
  manageBoardsAndTags: ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type TriageAction = keyof typeof TRIAGE;

export function can(role: Role | null | undefined, action: TriageAction): boolean {
  return !!role && (TRIAGE[action] as readonly Role[]).includes(role);
}

/** Anyone who may do at least one triage action gets the inbox. */
export function canTriage(role: Role | null | undefined): boolean {
  return (Object.keys(TRIAGE) as TriageAction[]).some((action) => can(role, action));
}

const STAFF: readonly Role[] = ["MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];
export const isStaff = (role: Role | null | undefined) => !!role && STAFF.includes(role);

/** Mirrors server/trackers/tracker.policy.ts. */
const TRACKERS = {
  manageConnections: ["ADMIN"],
  editStatusMapping: ["MANAGER", "ADMIN"],
  viewConnections: ["MANAGER", "PRODUCT", "ADMIN"],
  linkIssues: ["MANAGER", "PRODUCT", "ADMIN"],
  viewSyncHealth: ["MANAGER", "ADMIN"],
  repairSync: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type TrackerAction = keyof typeof TRACKERS;

export function canTracker(role: Role | null | undefined, action: TrackerAction): boolean {
  return !!role && (TRACKERS[action] as readonly Role[]).includes(role);
}

/** Mirrors server/reports/reports.policy.ts: community statistics are for staff. */
export const canViewStats = (role: Role | null | undefined) => isStaff(role);

/**
 * Mirrors server/members/member.policy.ts (directory for staff, roles by ADMIN) and
 * server/triage/triage.policy.ts (voteOnBehalf).
 */
const MEMBERS = {
  view: STAFF,
  setRole: ["ADMIN"],
  voteOnBehalf: ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type MemberAction = keyof typeof MEMBERS;

export function canMembers(role: Role | null | undefined, action: MemberAction): boolean {
  return !!role && (MEMBERS[action] as readonly Role[]).includes(role);
}

/** Mirrors server/mail/mail.policy.ts. */
const MAIL = {
  viewOutbox: ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export function canMail(role: Role | null | undefined, action: keyof typeof MAIL): boolean {
  return !!role && (MAIL[action] as readonly Role[]).includes(role);
}
