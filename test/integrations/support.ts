import { expect } from "vitest";
import { TrackerError, WebhookRejected } from "../../integrations/index.js";

/** Awaits a call that must fail with TrackerError and returns the error for closer checks. */
export async function trackerErrorOf(promise: Promise<unknown>): Promise<TrackerError> {
  const error = await promise.then(
    () => new Error("expected a TrackerError, but the call succeeded"),
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(TrackerError);
  return error as TrackerError;
}

/** Runs a webhook verification that must be refused and returns the WebhookRejected. */
export function webhookRejectionOf(verify: () => unknown): WebhookRejected {
  let rejection: unknown = new Error("expected WebhookRejected, but the delivery was accepted");
  try {
    verify();
  } catch (error) {
    rejection = error;
  }
  expect(rejection).toBeInstanceOf(WebhookRejected);
  return rejection as WebhookRejected;
}
