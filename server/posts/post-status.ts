import { GraphQLScalarType, Kind } from "graphql";
import { registerEnumType } from "type-graphql";
import type { Status } from "./status.entity.js";

/**
 * Statuses are rows of `post_status` (see status.entity.ts); the rules here read a status's
 * category and position, never its key, except for the two keys the system itself gives a post.
 */

/** What a status means, whatever it is called: everything that interprets a status reads this. */
export enum StatusCategory {
  /** New, nobody acted yet. */
  OPEN = "OPEN",
  /** Being considered or worked on. */
  ACTIVE = "ACTIVE",
  /** Delivered: entering it stamps `shippedAt`; a linked issue in it counts as done. */
  DONE = "DONE",
  /** Closed without delivering (declined, duplicate); off the progress path. */
  CLOSED = "CLOSED",
}
registerEnumType(StatusCategory, { name: "StatusCategory" });

/** Every new post starts here. */
export const INITIAL_STATUS = "OPEN";
/** Only merging gives a post this status (posts/post-status.service.ts `markDuplicate`). */
export const DUPLICATE_STATUS = "DUPLICATE";
/**
 * Where a post whose work is done waits, while shipping waits for the changelog (changelog/
 * shipping-gate.ts), until a published entry links it.
 */
export const DONE_INTERNALLY_STATUS = "DONE_INTERNALLY";
/** Statuses that cannot be archived: the system itself moves posts into them. */
export const RESERVED_STATUSES: readonly string[] = [INITIAL_STATUS, DUPLICATE_STATUS, DONE_INTERNALLY_STATUS];

export const STATUS_KEY = /^[A-Z][A-Z0-9_]{0,39}$/;

const parseKey = (value: unknown): string => {
  if (typeof value !== "string" || !STATUS_KEY.test(value)) throw new TypeError("A status key is upper-case letters, digits and _, e.g. PLANNED");
  return value;
};

/**
 * A status key. It used to be an enum, so clients may still write `status: PLANNED` without quotes:
 * enum-style and string literals are both accepted. The `statuses` query lists the keys there are.
 */
export const PostStatus = new GraphQLScalarType<string, string>({
  name: "PostStatus",
  description: "A post status key, e.g. PLANNED (`statuses` lists them; `Status` describes one).",
  serialize: (value) => String(value),
  parseValue: parseKey,
  parseLiteral(node) {
    if (node.kind !== Kind.ENUM && node.kind !== Kind.STRING) throw new TypeError("A status key is a name such as PLANNED");
    return parseKey(node.value);
  },
});

/** A status a manager may choose for a post. */
export const isSettable = (status: Status) => status.key !== DUPLICATE_STATUS && !status.archivedAt;

/** Whether entering the status means the post was delivered (stamps `shippedAt`, "2 of 3 linked issues done"). */
export const isDone = (status: Status | undefined | null) => status?.category === StatusCategory.DONE;

const PROGRESS_CATEGORIES = [StatusCategory.OPEN, StatusCategory.ACTIVE, StatusCategory.DONE];

/** The delivery path: OPEN, then ACTIVE, then DONE statuses, each by position; CLOSED ones are off it. */
export function progressOrder(statuses: readonly Status[]): Status[] {
  return statuses
    .filter((status) => PROGRESS_CATEGORIES.includes(status.category))
    .sort((a, b) => PROGRESS_CATEGORIES.indexOf(a.category) - PROGRESS_CATEGORIES.indexOf(b.category) || a.position - b.position);
}

/**
 * The status several linked tracker issues give a post: with `everyIssue` (rule ALL) the least
 * advanced one — the post reaches a status only when every issue has — otherwise the most advanced.
 */
export function combineLinkedStatuses(statuses: readonly Status[], keys: readonly string[], everyIssue: boolean): Status | null {
  const path = progressOrder(statuses);
  const ranks = keys.map((key) => path.findIndex((status) => status.key === key)).filter((rank) => rank >= 0);
  if (ranks.length === 0) return null;
  return path[everyIssue ? Math.min(...ranks) : Math.max(...ranks)];
}
