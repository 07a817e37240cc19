import { lengthProblem, type CharacterLimits, type InputReason } from "$shared/input-rules";
import { asApiError, type Restriction } from "./api/client";
import { absoluteTime, m, waitDuration } from "./i18n.svelte";

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
    case "FORBIDDEN":
      return e.restriction ? restrictionSentence(e.restriction) : e.netiquetteVersion ? m().netiquette.acceptFirst : t.FORBIDDEN;
    default:
      return t[e.code];
  }
}

/** Why a sanction refuses the member, until when, and the team's reason, in the current language. */
export function restrictionSentence({ reason, until, explanation }: Restriction): string {
  const t = m().sanctions;
  const when = until ? absoluteTime(until) : null;
  return `${reason === "SUSPENDED" ? t.suspendedBanner(when) : t.silencedBanner(when)} ${t.reasonIs(explanation)}`;
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
