import { asApiError } from "./api/client";
import { m } from "./i18n.svelte";

/** A human sentence for any failed request, in the current language. */
export function humanError(error: unknown): string {
  const e = asApiError(error);
  const t = m().errors;
  switch (e.code) {
    case "RATE_LIMITED":
      return t.RATE_LIMITED(e.retryAfter);
    case "BAD_USER_INPUT":
      // The server's message names the problem ("title: must be longer than …"); keep it.
      return e.message && e.message !== "Invalid input." ? e.message : t.BAD_USER_INPUT;
    case "CONFLICT":
      return e.message || t.CONFLICT;
    default:
      return t[e.code];
  }
}

/** For BAD_USER_INPUT errors: which form field to highlight (last path segment, e.g. "severity"). */
export function errorField(error: unknown): string | null {
  const e = asApiError(error);
  return e.code === "BAD_USER_INPUT" && e.field ? e.field : null;
}
