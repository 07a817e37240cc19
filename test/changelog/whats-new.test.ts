/**
 * The header's "What's new": published entries since the reader last opened the changelog, stored
 * on the server for every signed-in role, kept by the browser (`since`) for visitors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, type SignedInMember } from "../factories/index.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const COUNT = `query($since: DateTimeISO) { whatsNewCount(since: $since) }`;
const MARK_SEEN = `mutation { markChangelogSeen }`;
const CREATE = `mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { id } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id } }`;
const SCHEDULE = `mutation($id: ID!, $at: DateTimeISO!) { scheduleChangelogEntry(id: $id, at: $at) { id } }`;
const ROLES = [Role.MEMBER, Role.AMBASSADOR, Role.MODERATOR, Role.MANAGER, Role.PRODUCT, Role.ADMIN];

describe("what's new since the last visit", () => {
  let app: TestApp;
  let product: SignedInMember;
  let categoryId: string;

  const count = async (client: GraphQLClient, since?: Date) => (await client.ok<{ whatsNewCount: number }>(COUNT, { since: since?.toISOString() ?? null })).whatsNewCount;
  const entry = async () =>
    (await product.client.ok(CREATE, { input: { title: `Entry ${Math.random().toString(36).slice(2, 8)}`, categoryId } })).createChangelogEntry.id as string;
  const published = async () => {
    const id = await entry();
    await product.client.ok(PUBLISH, { id });
    return id;
  };
  /** One entry in each state that is not PUBLISHED: a draft, a scheduled one, an unpublished one. */
  const unpublishedOnes = async () => {
    await entry();
    await product.client.ok(SCHEDULE, { id: await entry(), at: new Date(Date.now() + 3_600_000).toISOString() });
    await product.client.ok(UNPUBLISH, { id: await published() });
  };

  beforeAll(async () => {
    app = await startTestApp();
    product = await buildMember(app, { role: Role.PRODUCT });
    categoryId = (await app.client().ok(`{ changelogCategories { id } }`)).changelogCategories[0].id;
  });
  afterAll(() => app.close());

  it.each(ROLES)("%s: counts every published entry until the first visit, none after it, then each one published since", async (role) => {
    const reader = await buildMember(app, { role });
    const before = await count(app.client());
    await published();
    await unpublishedOnes();
    expect(await count(reader.client)).toBe(before + 1);

    const seenAt = new Date((await reader.client.ok<{ markChangelogSeen: string }>(MARK_SEEN)).markChangelogSeen);
    expect(Math.abs(seenAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await count(reader.client)).toBe(0);
    // The stored moment wins over whatever the browser still keeps from before signing in.
    expect(await count(reader.client, new Date(0))).toBe(0);

    await published();
    await published();
    await unpublishedOnes();
    expect(await count(reader.client)).toBe(2);
    // Another member's visit is theirs alone.
    expect(await count((await buildMember(app, { role })).client)).toBe(before + 3);
  });

  it("a member who never opened the changelog counts from what their browser kept as a visitor", async () => {
    const reader = await buildMember(app);
    const since = new Date();
    await published();
    await unpublishedOnes();
    expect(await count(reader.client, since)).toBe(1);
  });

  it("a visitor counts from the moment their browser kept, only published entries, and may not store one", async () => {
    const visitor = app.client();
    const all = await count(visitor);
    expect(all).toBeGreaterThan(0);
    const since = new Date();
    expect(await count(visitor, since)).toBe(0);
    await published();
    await unpublishedOnes();
    expect(await count(visitor, since)).toBe(1);
    expect(await count(visitor)).toBe(all + 1);

    const refused = await visitor.request(MARK_SEEN);
    expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
