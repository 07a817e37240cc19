/**
 * README's roles table is generated from the permissions the policy files declare, the same objects
 * `@Allowed` checks and the capability fields answer, so it cannot drift; and every operation says
 * who may call it (the public ones are listed here, on purpose).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { permissionOf } from "../../server/graphql/authorization.js";
import { rolesTable, withRolesTable } from "../../server/graphql/roles-table.js";
import { getSchema } from "../../server/graphql/schema.js";

/** Operations anyone may call, signed in or not. */
const PUBLIC = [
  "Query.boards", "Query.tags", "Query.statuses", "Query.posts", "Query.post", "Query.similarPosts", "Query.me", "Query.roadmap",
  "Mutation.signUp", "Mutation.logIn", "Mutation.logOut",
  // Anyone holding a mailed link, or asking for one: the token (or the address) is the credential.
  "Mutation.verifyEmail", "Mutation.confirmEmailChange", "Mutation.requestPasswordReset", "Mutation.resetPassword",
  "Mutation.unsubscribe",
  "Subscription.postChanged",
  // The published changelog (drafts answer NOT_FOUND to anyone who may not write them).
  "Query.changelog", "Query.changelogEntry", "Query.changelogCategories",
  // The header's "What's new": a member's stored moment, a visitor's from the browser.
  "Query.whatsNewCount",
  // The netiquette in force: read before signing up.
  "Query.netiquette",
];

describe("roles and permissions", () => {
  it("README's roles table is the one the policy files declare (run `npm run docs:roles`)", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    expect(withRolesTable(readme, await rolesTable())).toBe(readme);
  });

  it("every query, mutation and subscription declares who may call it, except the public ones", async () => {
    const schema = await getSchema();
    const undeclared = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((type) =>
      Object.values(type.getFields()).filter((field) => !permissionOf(field)).map((field) => `${type.name}.${field.name}`),
    );
    expect(undeclared.sort()).toEqual([...PUBLIC].sort());
  });

  it("the schema tells clients who may call each declared operation", async () => {
    const { editPost } = (await getSchema()).getMutationType()!.getFields();
    expect(editPost.description).toMatch(/Allowed: any signed-in member\.$/);
    expect((await getSchema()).getMutationType()!.getFields().setMemberRole.description).toMatch(/Allowed: ADMIN\.$/);
  });
});
