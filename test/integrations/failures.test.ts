import { describe, expect, it } from "vitest";
import { httpFailure, networkFailure, parseRetryAfterMs, type FailureContext } from "../../integrations/failures.js";

const ctx: FailureContext = { tracker: "Jira", action: "getting issue ABC-1", secrets: ["s3cr3t-token"] };

describe("parseRetryAfterMs", () => {
  const now = Date.parse("Wed, 21 Oct 2026 07:28:00 GMT");

  it.each([
    ["30", 30_000],
    [" 2 ", 2_000],
    ["1.5", 1_500],
    ["0", 0],
    ["Wed, 21 Oct 2026 07:28:45 GMT", 45_000],
    ["Wed, 21 Oct 2026 07:27:00 GMT", 0],
  ])("reads %j as %i ms", (value, expected) => {
    expect(parseRetryAfterMs(value, now)).toBe(expected);
  });

  it.each([undefined, null, "", "soon", "-5"])("ignores %j", (value) => {
    expect(parseRetryAfterMs(value, now)).toBeUndefined();
  });
});

describe("httpFailure", () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
  ])("classifies %i as retryable=%s", (status, retryable) => {
    expect(httpFailure(ctx, status)).toMatchObject({ status, retryable });
  });

  it("redacts configured secrets from server-provided detail", () => {
    const error = httpFailure(ctx, 400, { detail: "token s3cr3t-token is malformed" });
    expect(error.message).toBe("Jira refused the request (400) while getting issue ABC-1: token [redacted] is malformed");
  });
});

describe("networkFailure", () => {
  it("recognises fetch's TypeError with a coded cause", () => {
    const error = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNRESET"), { code: "ECONNRESET" }) });
    expect(networkFailure(ctx, error)).toMatchObject({ retryable: true, message: "Could not reach Jira (ECONNRESET) while getting issue ABC-1" });
  });

  it("recognises a timeout", () => {
    expect(networkFailure(ctx, new DOMException("The operation was aborted due to timeout", "TimeoutError"))).toMatchObject({
      retryable: true,
      message: "Jira did not answer in time while getting issue ABC-1",
    });
  });

  it("does not mistake other errors for network failures", () => {
    expect(networkFailure(ctx, new SyntaxError("Unexpected token"))).toBeNull();
  });
});
