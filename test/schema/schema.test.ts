import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printedSchema } from "../../server/graphql/print-schema.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

describe("schema", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("schema/schema.graphql is what the server serves (run `npm run schema` after an API change)", async () => {
    const committed = await readFile(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(await printedSchema());
  });

  it("the committed migrations produce exactly the schema the entities describe", async () => {
    const pending = await app.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe("");
  });
});

describe("production mode", () => {
  it("turns introspection off", async () => {
    const app = await startTestApp({ production: true });
    try {
      const result = await app.client().request(`{ __schema { queryType { name } } }`);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0].message).toMatch(/introspection/i);
      // Ordinary queries still work.
      expect((await app.client().ok(`{ boards { id } }`)).boards).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
