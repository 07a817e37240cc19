/**
 * What the server accepts in text a person types, and the words it uses to refuse it. The server
 * validates with these and the web app imports this same file (alias `$shared` in web/vite.config.ts)
 * to state, count and check the limits, so the two cannot disagree. Plain data and functions only:
 * this file runs in the browser too.
 */

export interface CharacterLimits {
  /** Defaults to 0. */
  readonly min?: number;
  readonly max: number;
}

/** Limits in characters (Unicode code points, see `characterCount`). */
export const LIMITS = {
  email: { max: 254 },
  password: { min: 10, max: 200 },
  displayName: { min: 1, max: 80 },
  apiTokenName: { min: 1, max: 80 },
  postTitle: { min: 3, max: 160 },
  postBody: { max: 10_000 },
  /** Steps, expected and actual result of a bug; goal and obstacle of a usability report. */
  postDetail: { min: 1, max: 5_000 },
  bugEnvironment: { max: 500 },
  usabilityLocation: { min: 1, max: 500 },
  search: { max: 200 },
  memberSearch: { max: 100 },
  comment: { min: 1, max: 5_000 },
  note: { max: 2_000 },
  requiredNote: { min: 1, max: 2_000 },
  boardName: { min: 1, max: 60 },
  boardDescription: { max: 500 },
  tagName: { min: 1, max: 40 },
  tagDescription: { max: 500 },
  statusName: { min: 1, max: 60 },
  connectionName: { min: 1, max: 80 },
  url: { max: 300 },
  secret: { max: 500 },
  webhookSecret: { max: 200 },
  projectKey: { max: 40 },
  issueType: { max: 80 },
  teamId: { max: 100 },
  settingKey: { min: 1, max: 40 },
  trackerStateId: { min: 1, max: 100 },
  issueReference: { min: 1, max: 500 },
  /** A token from a mailed link (43 characters today). */
  accountToken: { min: 1, max: 200 },
  /** A signed unsubscribe link's token (about 250 characters). */
  unsubscribeToken: { min: 1, max: 1_000 },
  timeZone: { min: 1, max: 64 },
  changelogTitle: { min: 3, max: 160 },
  changelogBody: { max: 20_000 },
  changelogCategoryName: { min: 1, max: 40 },
  sanctionReason: { min: 1, max: 2_000 },
  watchedWord: { min: 1, max: 100 },
  /** A netiquette clause's anchor, e.g. "be-kind". */
  clause: { min: 1, max: 100 },
  /** The netiquette's markdown, one whole version. */
  netiquetteBody: { min: 1, max: 50_000 },
  staffNote: { max: 10_000 },
  flagMessage: { max: 1_000 },
  /** Why moderators hid a post or comment: shown to everyone in its place. */
  moderationReason: { min: 1, max: 500 },
  /** What moderators tell the author, by mail, with an action in the moderation queue. */
  messageToAuthor: { max: 2_000 },
  /** A domain name's longest (RFC 1035). */
  emailDomain: { min: 1, max: 253 },
} as const satisfies Record<string, CharacterLimits>;

/**
 * A netiquette clause's heading carries the id `SECTION_ID_PREFIX` + its anchor (server/shared/markdown.ts),
 * so a link to it is `/netiquette#section-be-kind`. Prefixed so no heading takes an id the app itself uses ("main").
 */
export const SECTION_ID_PREFIX = "section-";
/** The flag reasons that need a message (FlagReason values; the check constraint `flag_message_when_required` spells the same). */
export const FLAG_REASONS_NEEDING_A_MESSAGE: readonly string[] = ["ILLEGAL", "OTHER"];

/** Six-digit hex only: colours are compared and stored as typed. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Why an input was refused: `extensions.reason` of a BAD_USER_INPUT error, next to
 * `extensions.field` (and `min`/`max` for the length and range reasons). Clients word these
 * themselves; the English `message` is for people reading the API.
 */
export const InputReason = {
  REQUIRED: "REQUIRED",
  TOO_SHORT: "TOO_SHORT",
  TOO_LONG: "TOO_LONG",
  TOO_MANY: "TOO_MANY",
  OUT_OF_RANGE: "OUT_OF_RANGE",
  INVALID_EMAIL: "INVALID_EMAIL",
  INVALID_ID: "INVALID_ID",
  INVALID_URL: "INVALID_URL",
  INVALID_COLOR: "INVALID_COLOR",
  INVALID_CURSOR: "INVALID_CURSOR",
  /** A value of the wrong type or enum, refused by GraphQL itself before any resolver ran. */
  INVALID_VALUE: "INVALID_VALUE",
  CONTROL_CHARACTERS: "CONTROL_CHARACTERS",
  /** Not valid Unicode text (a lone UTF-16 surrogate). */
  INVALID_TEXT: "INVALID_TEXT",
  NO_LETTERS_OR_DIGITS: "NO_LETTERS_OR_DIGITS",
  /** Details that do not belong to this kind of post (bug details on an idea). */
  NOT_FOR_THIS_KIND: "NOT_FOR_THIS_KIND",
  ARCHIVED: "ARCHIVED",
  /** A status only merging can give (DUPLICATE). */
  NOT_SETTABLE: "NOT_SETTABLE",
  /** No status has this key (the `statuses` query lists them). */
  UNKNOWN_STATUS: "UNKNOWN_STATUS",
  SAME_POST: "SAME_POST",
  ALREADY_MERGED: "ALREADY_MERGED",
  MUST_BE_INTERNAL: "MUST_BE_INTERNAL",
  NO_TRACKER: "NO_TRACKER",
  UNKNOWN_ISSUE_REFERENCE: "UNKNOWN_ISSUE_REFERENCE",
  AMBIGUOUS_TRACKER: "AMBIGUOUS_TRACKER",
  /** Saving a tracker connection tests it first, and the tracker refused (the message says how). */
  CONNECTION_TEST_FAILED: "CONNECTION_TEST_FAILED",
  /** A mailed link (verify, reset, confirm) that Roundtrip never issued, or for an address no longer the member's. */
  TOKEN_INVALID: "TOKEN_INVALID",
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  /** The link worked once already. */
  TOKEN_USED: "TOKEN_USED",
  /** Not an IANA time zone (Europe/Berlin, UTC, …). */
  INVALID_TIME_ZONE: "INVALID_TIME_ZONE",
  /** The current password, asked for before an account change, is wrong. */
  WRONG_PASSWORD: "WRONG_PASSWORD",
  /** The text contains a word moderators block (the message names it). */
  BLOCKED_WORD: "BLOCKED_WORD",
  /** Not a word moderators can watch: letters, digits, spaces, `'`, `-` and `*` only. */
  INVALID_WATCHED_WORD: "INVALID_WATCHED_WORD",
  /** The current netiquette has no clause with this anchor (the `netiquette` query lists them). */
  UNKNOWN_CLAUSE: "UNKNOWN_CLAUSE",
  /** More links than the author's trust level allows in one post or comment (`max`). */
  TOO_MANY_LINKS: "TOO_MANY_LINKS",
  /** Sign-up with an address at a domain the community does not accept. */
  BLOCKED_EMAIL_DOMAIN: "BLOCKED_EMAIL_DOMAIN",
} as const;
export type InputReason = (typeof InputReason)[keyof typeof InputReason];

/**
 * Why a request clashed with the current state: `extensions.reason` of a CONFLICT error. Clients word
 * these themselves, like input reasons.
 */
export const ConflictReason = {
  LAST_ADMIN: "LAST_ADMIN",
  EMAIL_TAKEN: "EMAIL_TAKEN",
  NAME_TAKEN: "NAME_TAKEN",
  /** The post was merged into another one: act on that one. */
  POST_MERGED: "POST_MERGED",
  ALREADY_LINKED: "ALREADY_LINKED",
  ISSUE_BEING_CREATED: "ISSUE_BEING_CREATED",
  NOTHING_TO_RETRY: "NOTHING_TO_RETRY",
  /** Posts are in this status: move them elsewhere before archiving it. */
  STATUS_IN_USE: "STATUS_IN_USE",
  /** Roundtrip itself moves posts into this status (OPEN, DUPLICATE): it stays. */
  STATUS_RESERVED: "STATUS_RESERVED",
  /** The changelog entry is published: unpublish it before scheduling it. */
  ALREADY_PUBLISHED: "ALREADY_PUBLISHED",
  /** The sanction is a warning, or was lifted or ended already: nothing to lift. */
  SANCTION_NOT_ACTIVE: "SANCTION_NOT_ACTIVE",
  /** The word is on the watched-words list already. */
  ALREADY_WATCHED: "ALREADY_WATCHED",
  /** Only the current netiquette can be accepted: a newer version was published (or none is that number). */
  NETIQUETTE_NOT_CURRENT: "NETIQUETTE_NOT_CURRENT",
  /** The member has an open flag on this post or comment already. */
  ALREADY_FLAGGED: "ALREADY_FLAGGED",
  /** The moderation queue acted on something another moderator dealt with first (no open flags, not held, not hidden). */
  ALREADY_MODERATED: "ALREADY_MODERATED",
  /** The member sent the same text a few minutes ago: most likely a double submit. */
  REPEATED_TEXT: "REPEATED_TEXT",
} as const;
export type ConflictReason = (typeof ConflictReason)[keyof typeof ConflictReason];

/**
 * Why a signed-in member is refused although their role allows it: `extensions.reason` of a FORBIDDEN
 * error. A sanction comes with `until` (ISO time; null for good) and `explanation` (the staff member's
 * reason); the netiquette with `version`, the one to accept.
 */
export const ForbiddenReason = {
  /** Suspended: signed out everywhere, no writes at all. */
  SUSPENDED: "SUSPENDED",
  /** Silenced: reads, votes and follows, but writes no posts or comments. */
  SILENCED: "SILENCED",
  /** The netiquette changed materially since the member last accepted it: no posts or comments until they accept it again. */
  NETIQUETTE_NOT_ACCEPTED: "NETIQUETTE_NOT_ACCEPTED",
} as const;
export type ForbiddenReason = (typeof ForbiddenReason)[keyof typeof ForbiddenReason];

/**
 * Length in Unicode code points, which is what PostgreSQL's varchar(n) and length() count.
 * class-validator's @Length and @MaxLength count differently: they leave out U+FE0F and U+FE0E
 * (emoji presentation selectors), so "❤️" is 1 character to them and 2 to PostgreSQL, and a
 * title they accept can overflow its column.
 */
export const characterCount = (text: string) => [...text].length;

/** Why `text` breaks `limits`, or null when it fits. Counts the text as given (trim it first where the server trims). */
export function lengthProblem(text: string, { min = 0, max }: CharacterLimits): "REQUIRED" | "TOO_SHORT" | "TOO_LONG" | null {
  const count = characterCount(text);
  if (count === 0 && min > 0) return InputReason.REQUIRED;
  if (count < min) return InputReason.TOO_SHORT;
  if (count > max) return InputReason.TOO_LONG;
  return null;
}
