/**
 * Security headers on every response (helmet): a CSP that runs only the app's own script files,
 * no framing, a Referrer-Policy, nosniff (on /graphql too, with no-store: its answers are the viewer's),
 * and HSTS in production only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
let production: TestApp;
beforeAll(async () => {
  [app, production] = await Promise.all([startTestApp(), startTestApp({ production: true })]);
});
afterAll(() => Promise.all([app.close(), production.close()]));

const headersOf = async (target: TestApp, path: string, init: RequestInit = {}) => (await fetch(`${target.url}${path}`, init)).headers;
const graphqlPost: RequestInit = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) };

/** The CSP as directive → sources. */
function policyOf(headers: Headers): Map<string, string[]> {
  const policy = headers.get("content-security-policy") ?? "";
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name, sources]));
}

describe("security headers", () => {
  it.each(["/", "/posts/123", "/healthz", "/no-such-thing"])("%s carries a CSP without inline script, no framing, Referrer-Policy and nosniff", async (path) => {
    const headers = await headersOf(app, path);
    const policy = policyOf(headers);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("/graphql answers with nosniff, no framing, Referrer-Policy and no-store, errors too", async () => {
    const failing: RequestInit = { ...graphqlPost, body: JSON.stringify({ query: "{ noSuchField }" }) };
    for (const init of [graphqlPost, failing]) expect((await headersOf(app, "/graphql", init)).get("cache-control")).toBe("no-store");
    const headers = await headersOf(app, "/graphql", graphqlPost);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("in production: HSTS everywhere and the CSP on /graphql too", async () => {
    for (const [path, init] of [["/", {}], ["/graphql", graphqlPost]] as const) {
      const headers = await headersOf(production, path, init);
      expect(headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}; includeSubDomains/);
      expect(policyOf(headers).get("script-src")).toEqual(["'self'"]);
      expect(policyOf(headers).has("upgrade-insecure-requests")).toBe(true);
    }
  });
});
