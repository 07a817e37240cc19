import type { TrackerKind } from "./tracker.js";

// Jira project keys start with a letter and may contain letters, digits and underscores;
// Linear team keys are letters and digits. Both trackers treat keys case-insensitively.
const ISSUE_KEY_PATTERNS: Record<TrackerKind, RegExp> = {
  JIRA: /^[A-Z][A-Z0-9_]+-[1-9]\d*$/i,
  LINEAR: /^[A-Z][A-Z0-9]*-[1-9]\d*$/i,
};

function parseUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** Jira: ".../browse/ABC-123" (any site, with or without a context path) or a board link with ?selectedIssue=ABC-123. */
function keyFromJiraUrl(url: URL): string | undefined {
  const browse = /\/browse\/([^/]+)\/?$/.exec(url.pathname);
  return browse?.[1] ?? url.searchParams.get("selectedIssue") ?? undefined;
}

/** Linear: "https://linear.app/<workspace>/issue/ENG-123/optional-slug". */
function keyFromLinearUrl(url: URL): string | undefined {
  if (url.hostname !== "linear.app") return undefined;
  return /^\/[^/]+\/issue\/([^/]+)(?:\/[^/]*)?\/?$/.exec(url.pathname)?.[1];
}

/**
 * Extracts an issue key ("ABC-123" / "ENG-123", upper-cased) from what a moderator pastes:
 * the key itself or the issue's URL. Returns null for anything else.
 */
export function parseIssueReference(kind: TrackerKind, keyOrUrl: string): string | null {
  const text = keyOrUrl.trim();
  const url = parseUrl(text);
  const candidate = url ? (kind === "JIRA" ? keyFromJiraUrl(url) : keyFromLinearUrl(url)) : text;
  if (!candidate || !ISSUE_KEY_PATTERNS[kind].test(candidate)) return null;
  return candidate.toUpperCase();
}
