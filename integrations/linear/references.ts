import { httpUrlOf } from "../url.js";

// Team keys are letters and digits; Linear treats identifiers case-insensitively.
const ISSUE_KEY = /^[A-Z][A-Z0-9]*-[1-9]\d*$/i;

/** "https://linear.app/<workspace>/issue/ENG-123/optional-slug". */
function keyFromUrl(url: URL): string | undefined {
  if (url.hostname !== "linear.app") return undefined;
  return /^\/[^/]+\/issue\/([^/]+)(?:\/[^/]*)?\/?$/.exec(url.pathname)?.[1];
}

/** "ENG-123" (upper-cased) from the identifier itself or the issue's URL; null for anything else. */
export function parseLinearReference(keyOrUrl: string): string | null {
  const text = keyOrUrl.trim();
  const url = httpUrlOf(text);
  const candidate = url ? keyFromUrl(url) : text;
  return candidate && ISSUE_KEY.test(candidate) ? candidate.toUpperCase() : null;
}
