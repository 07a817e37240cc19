/**
 * README's GraphQL examples run as written against the demo data `npm start` seeds: every `"…"` id
 * placeholder is filled with a real id of the kind its argument names, the way the README tells a
 * reader to find one. Operations that need what the demo does not have (a tracker connection) and
 * subscriptions are validated against the schema instead of run.
 */
import { readFile } from "node:fs/promises";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../server/db/seed.js";
import { getSchema } from "../../server/graphql/schema.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

/** Each top-level operation of every ```graphql block, in the order README shows them. */
async function readmeOperations(): Promise<string[]> {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  const inline = [...readme.matchAll(/`((?:query|mutation|subscription) \{[^`]*\})`/g)].map((match) => match[1]);
  const operations: string[] = [];
  for (const text of [...blocks, ...inline]) {
    let current = "";
    for (const line of text.split("\n")) {
      if (/^(query|mutation|subscription)\b/.test(line) && current.trim()) {
        operations.push(current.trim());
        current = "";
      }
      current += `${line}\n`;
    }
    if (current.trim()) operations.push(current.trim());
  }
  return operations;
}

describe("README examples", () => {
  let app: TestApp;
  let manager: GraphQLClient;
  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoData(app.orm.em.fork());
    manager = app.client();
    await manager.ok(`mutation { logIn(input: { email: "manager@roundtrip.demo", password: "roundtrip-demo" }) { id } }`);
  });
  afterAll(() => app.close());

  it("every example runs on the demo data without an error", async () => {
    const operations = await readmeOperations();
    expect(operations.length).toBeGreaterThan(8);
    const schema = await getSchema();
    const { boards } = await manager.ok(`{ boards { id } }`);
    const { posts } = await manager.ok(`{ posts(first: 10, sort: NEW) { nodes { id } } }`);
    const ids: Record<string, string> = {
      boardId: boards[0].id,
      postId: posts.nodes[0].id,
      id: posts.nodes[0].id,
      duplicateId: posts.nodes[1].id,
      targetId: posts.nodes[2].id,
    };
    let ran = 0;
    for (const written of operations) {
      const needsTracker = /connectionId: "…"/.test(written);
      const operation = written.replace(/(\w+): "…"/g, (_match, name: string) => `${name}: "${ids[name] ?? "unknown-argument"}"`);
      const errors = validate(schema, parse(operation));
      expect(errors.map((error) => error.message), operation).toEqual([]);
      if (operation.startsWith("subscription") || needsTracker) continue;
      // Signing in as the demo member happens on a client of its own, so the staff examples keep the manager.
      const client = operation.includes("logIn(") ? app.client() : manager;
      const result = await client.request(operation);
      expect(result.errors, operation).toBeUndefined();
      ran++;
    }
    expect(ran).toBeGreaterThan(8);
  });
});
