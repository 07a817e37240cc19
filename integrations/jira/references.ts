import { httpUrlOf } from "../url.js";

// Project keys start with a letter and may contain letters, digits and underscores; Jira treats keys case-insensitively.
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-[1-9]\d*$/i;

/** ".../browse/ABC-123" (any site, with or without a context path) or a board link with ?selectedIssue=ABC-123. */
function keyFromUrl(url: URL): string | undefined {
  const browse = /\/browse\/([^/]+)\/?$/.exec(url.pathname);
  return browse?.[1] ?? url.searchParams.get("selectedIssue") ?? undefined;
}

/** "ABC-123" (upper-cased) from the key itself or the issue's URL; null for anything else. */
export function parseJiraReference(keyOrUrl: string): string | null {
  const text = keyOrUrl.trim();
  const url = httpUrlOf(text);
  const candidate = url ? keyFromUrl(url) : text;
  return candidate && ISSUE_KEY.test(candidate) ? candidate.toUpperCase() : null;
}
