/** `npm run schema`: writes schema/schema.graphql, the SDL the web app's client is generated from. */
import { writeFile } from "node:fs/promises";
import { printSchema, lexicographicSortSchema } from "graphql";
import { getSchema } from "./schema.js";

export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL("../../schema/schema.graphql", import.meta.url);
  await writeFile(target, await printedSchema());
  console.log("Wrote schema/schema.graphql");
}
