/**
 * Polls `check` every 100 ms until it returns a value (anything but undefined or false) and returns
 * that value, or fails after `timeoutMs` naming `what` it waited for. For effects that land after the
 * response: jobs, webhooks, reconciliation.
 */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
