/**
 * An open post page hears what answers the post: publishing an entry that links it, unpublishing,
 * publishing again (which writes no timeline row), renaming, and linking or unlinking it while published.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { collect, subscriptionClient } from "../support/live-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const POST_CHANGED = `subscription($id: ID!) { postChanged(id: $id) { id answeredIn { title } } }`;
type Answered = { postChanged: { answeredIn: { title: string }[] } };

describe("answeredIn reaches an open post page live", () => {
  let app: TestApp;
  let product: SignedInMember;
  let member: SignedInMember;

  beforeAll(async () => {
    app = await startTestApp();
    product = await buildMember(app, { role: Role.PRODUCT });
    member = await buildMember(app);
  });
  afterAll(() => app.close());

  it("on publish, unpublish, republish, rename, and link changes of a published entry", async () => {
    const post = await buildPost(app, { author: member.member });
    const other = await buildPost(app, { author: member.member });
    const categoryId = (await app.client().ok(`{ changelogCategories { id } }`)).changelogCategories[0].id;
    const { createChangelogEntry: entry } = await product.client.ok(`mutation($input: ChangelogEntryInput!) { createChangelogEntry(input: $input) { id } }`, {
      input: { title: "Dark mode", categoryId, postIds: [post.id] },
    });
    const ws = subscriptionClient(app, member);
    const stream = collect<Answered>(ws, POST_CHANGED, { id: post.id });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the subscription register
    const answeredNext = async () => (await stream.next()).postChanged.answeredIn.map((answer) => answer.title);
    const call = (mutation: string, variables: Record<string, unknown> = {}) => product.client.ok(mutation, { id: entry.id, ...variables });

    await call(`mutation($id: ID!) { publishChangelogEntry(id: $id) { id } }`);
    expect(await answeredNext()).toEqual(["Dark mode"]);
    await call(`mutation($id: ID!) { unpublishChangelogEntry(id: $id) { id } }`);
    expect(await answeredNext()).toEqual([]);
    await call(`mutation($id: ID!) { publishChangelogEntry(id: $id) { id } }`);
    expect(await answeredNext()).toEqual(["Dark mode"]);
    await call(`mutation($id: ID!) { updateChangelogEntry(id: $id, input: { title: "Dark mode everywhere" }) { id } }`);
    expect(await answeredNext()).toEqual(["Dark mode everywhere"]);
    await call(`mutation($id: ID!, $postIds: [ID!]) { updateChangelogEntry(id: $id, input: { postIds: $postIds }) { id } }`, { postIds: [other.id] });
    expect(await answeredNext()).toEqual([]);
    await call(`mutation($id: ID!, $postIds: [ID!]) { updateChangelogEntry(id: $id, input: { postIds: $postIds }) { id } }`, { postIds: [other.id, post.id] });
    expect(await answeredNext()).toEqual(["Dark mode everywhere"]);
    stream.dispose();
    await ws.dispose();
  });
});
