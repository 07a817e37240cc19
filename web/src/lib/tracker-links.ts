import { m, timeUntil } from "./i18n.svelte";

interface LinkProgress {
  state: "PENDING" | "LINKED" | "FAILED";
  attempts: number;
  nextAttemptAt?: string | null;
}

/** What a link is doing, in words: waiting for its first call, retrying after failures, or given up. */
export function linkStory(link: LinkProgress, now = Date.now()): string | null {
  const t = m().sync;
  if (link.state === "LINKED") return null;
  if (link.state === "FAILED") return link.attempts > 0 ? t.gaveUp(link.attempts) : t.failed;
  if (link.attempts > 0 && link.nextAttemptAt) return t.retryingIn(link.attempts, timeUntil(link.nextAttemptAt, now));
  if (link.attempts > 0) return t.retryingSoon(link.attempts);
  return t.waitingFirst;
}

/** "Retry now" makes sense for a failed link, and for one that waits for its next automatic attempt. */
export const mayRetryNow = (link: LinkProgress) => link.state === "FAILED" || (link.state === "PENDING" && link.attempts > 0);
