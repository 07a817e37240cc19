import { lengthProblem, type CharacterLimits, type InputReason } from "$shared/input-rules";
import { asApiError } from "./api/client";
import { m, waitDuration } from "./i18n.svelte";

/** The current language's sentence for an input refusal (the server's reason, or the same check made here). */
export function reasonSentence(reason: InputReason, bounds: { min?: number; max?: number } = {}): string {
  return m().inputReasons[reason](bounds);
}

/** A human sentence for any failed request, in the current language. Never the server's English message. */
export function humanError(error: unknown): string {
  const e = asApiError(error);
  const t = m().errors;
  switch (e.code) {
    case "RATE_LIMITED":
      return t.RATE_LIMITED(e.retryAfter ? waitDuration(e.retryAfter) : null);
    case "BAD_USER_INPUT":
      return e.input ? reasonSentence(e.input.reason, e.input) : t.BAD_USER_INPUT;
    case "CONFLICT":
      return e.conflict ? m().conflictReasons[e.conflict] : t.CONFLICT;
    default:
      return t[e.code];
  }
}

/** For BAD_USER_INPUT errors that name a field: the field (e.g. "bug.severity") and what to say next to it. */
export function fieldError(error: unknown): { field: string; message: string } | null {
  const e = asApiError(error);
  return e.input?.field ? { field: e.input.field, message: humanError(e) } : null;
}

/** What to say under a text field before sending it: the server's own length check, worded here. */
export function textError(value: string, limits: CharacterLimits, { trim = true } = {}): string | null {
  const reason = lengthProblem(trim ? value.trim() : value, limits);
  return reason ? reasonSentence(reason, limits) : null;
}
