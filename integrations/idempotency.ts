import { TrackerError } from "./tracker.js";

// Restricted so the key is a valid Jira label (no spaces) and survives Linear's
// Markdown normalisation and a `contains` filter unchanged.
const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

export function assertIdempotencyKey(idempotencyKey: string): void {
  if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    throw new TrackerError(
      `Invalid idempotency key "${idempotencyKey.slice(0, 80)}": use 1-200 letters, digits or ._:- characters`,
      false,
    );
  }
}
