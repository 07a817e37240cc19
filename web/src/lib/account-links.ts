import type { ApiError } from "./api/client";
import { m } from "./i18n.svelte";

const LINK_REASONS = ["TOKEN_INVALID", "TOKEN_EXPIRED", "TOKEN_USED"] as const;
type LinkReason = (typeof LINK_REASONS)[number];

/** What to say when a mailed link itself was refused (forged, expired, used), or null for any other error. */
export function linkProblem(error: ApiError): string | null {
  const reason = error.input?.field === "token" ? error.input.reason : null;
  return reason && (LINK_REASONS as readonly string[]).includes(reason) ? m().account.linkProblem[reason as LinkReason] : null;
}
