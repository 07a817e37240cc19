/**
 * Every HTTP route answers what it cannot serve with JSON and a code, never Express' HTML page
 * with a stack trace: oversized and malformed bodies, unknown routes, unreadable paths. Documents
 * over the query limits are refused as GRAPHQL_VALIDATION_FAILED with HTTP 400, in milliseconds.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, json: () => JSON.parse(text) };
}
const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** JSON, no HTML, no stack frames or file paths. */
function expectCleanJson(answer: { type: string; text: string }) {
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|<pre|\bat \S+ \(|node_modules|\.ts:\d+|\/work\//i);
}
const graphqlCode = (answer: { json: () => any }) => answer.json().errors[0].extensions.code;

describe("bodies the server will not read", () => {
  it("answers a 1 MB GraphQL argument with 413 and a GraphQL error naming the limit", async () => {
    const answer = await postJson("/graphql", JSON.stringify({ query: "query($q: String) { posts(filter: { search: $q }) { totalCount } }", variables: { q: "x".repeat(1_000_000) } }));
    expect(answer.status).toBe(413);
    expectCleanJson(answer);
    expect(graphqlCode(answer)).toBe("BAD_REQUEST");
    expect(answer.json().errors[0].message).toMatch(/larger than the limit of 200 kB/);
  });

  it.each([
    ["truncated JSON", '{"query": "{ me { id } '],
    ["a JSON string", '"{ me { id } }"'],
    ["a JSON number", "42"],
    ["null", "null"],
  ])("answers %s with 400 and a GraphQL error", async (_name, body) => {
    const answer = await postJson("/graphql", body);
    expect(answer.status).toBe(400);
    expectCleanJson(answer);
    expect(graphqlCode(answer)).toBe("BAD_REQUEST");
  });

  it("answers a batch (a JSON array) with 400 JSON", async () => {
    const answer = await postJson("/graphql", JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]));
    expect(answer.status).toBe(400);
    expectCleanJson(answer);
  });

  it("answers a 10 MB webhook delivery with 413 JSON", async () => {
    const answer = await postJson(`/webhooks/jira/${randomUUID()}`, JSON.stringify({ padding: "x".repeat(10_000_000) }));
    expect(answer.status).toBe(413);
    expectCleanJson(answer);
    expect(answer.json().code).toBe("BAD_REQUEST");
  });
});

describe("routes that do not exist or cannot be read", () => {
  it.each([
    ["POST", "/"],
    ["DELETE", "/posts/1"],
    ["POST", "/webhooks/jira"],
  ])("%s %s → 404 JSON", async (method, path) => {
    const answer = await send(path, { method });
    expect(answer.status).toBe(404);
    expectCleanJson(answer);
    expect(answer.json().code ?? graphqlCode(answer)).toBe("NOT_FOUND");
  });

  it.each([
    ["PUT", "/graphql"],
    ["DELETE", "/graphql"],
    ["GET", "/assets/%E0%A4%A.js"],
    ["GET", "/webhooks/jira/x"],
  ])("%s %s → 4xx JSON", async (method, path) => {
    const answer = await send(path, { method });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expectCleanJson(answer);
  });
});

describe("documents over the limits", () => {
  const field = "posts(first: 1) { totalCount }";
  it.each([
    ["1,000 aliases", `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${field}`).join(" ")} }`],
    ["1,000 @include on one field", `{ me ${"@include(if: true) ".repeat(1000)} { id } }`],
    ["3,000 unknown directives", `{ me ${"@x ".repeat(3000)} { id } }`],
    ["a 190 kB document", `{ me { ${"id ".repeat(63_000)} } }`],
  ])("refuses %s with GRAPHQL_VALIDATION_FAILED and HTTP 400, quickly", async (_name, query) => {
    const started = Date.now();
    const answer = await postJson("/graphql", JSON.stringify({ query }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(answer.status).toBe(400);
    expectCleanJson(answer);
    expect(graphqlCode(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses 16 aliases (under the token limit) with HTTP 400 too", async () => {
    const answer = await postJson("/graphql", JSON.stringify({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(" ")} }` }));
    expect(answer.status).toBe(400);
    expect(graphqlCode(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
