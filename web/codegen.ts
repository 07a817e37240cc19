import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents for the web app. Every operation lives in `src/lib/api/operations.ts`
 * and is checked against the server's SDL, so a schema change that breaks the web app breaks
 * `npm run build:web` (codegen fails on unknown fields; svelte-check fails on changed types).
 * Paths are relative to the repository root (run from there).
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["web/src/lib/api/operations.ts"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings at run time: no graphql-js in the browser bundle.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: "string", PostStatus: "string" },
        skipTypename: true,
      },
    },
  },
};

export default config;
