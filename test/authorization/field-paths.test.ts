/**
 * Authorization belongs to types and fields, not to root queries: every path in the schema that
 * ends at a restricted field is walked, for every role, and a role that may not see the field never
 * gets its value (null or FORBIDDEN), however the object was reached. The paths are generated from
 * the schema, so a new field that leads to a restricted type is walked without anyone listing it.
 */
import { randomUUID } from "node:crypto";
import { getNamedType, isObjectType, isNonNullType, type GraphQLField, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSchema } from "../../server/graphql/schema.js";
import { Role } from "../../server/members/role.js";
import { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

type Actor = "ANONYMOUS" | keyof typeof Role;
const STAFF: Actor[] = ["MODERATOR", "MANAGER", "PRODUCT", "ADMIN"];

/** Type.field → who may read it (README, "Roles and permissions"). */
const RESTRICTED: Record<string, Actor[]> = {
  ...Object.fromEntries(
    ["baseUrl", "projectKey", "issueType", "teamId", "email", "settings", "hasWebhookSecret", "webhookUrl", "statusMapping", "multiLinkRule", "lastSyncedAt", "createdAt"].map((field) => [
      `TrackerConnection.${field}`,
      ["MANAGER", "PRODUCT", "ADMIN"] as Actor[],
    ]),
  ),
  "Post.trackerLinks": STAFF,
  "Post.voters": STAFF,
  "PostEvent.internalDetails": STAFF,
  // Moderation: who may sanction (and the member themselves for activeSanction; no viewer here is the author).
  "Member.sanctions": ["MODERATOR", "MANAGER", "ADMIN"],
  "Member.staffNote": ["MODERATOR", "MANAGER", "ADMIN"],
  "Member.activeSanction": ["MODERATOR", "MANAGER", "ADMIN"],
  "Sanction.actor": ["MODERATOR", "MANAGER", "ADMIN"],
  "NetiquetteVersion.publishedBy": ["ADMIN"],
  // Trust: related accounts to staff, the sign-up address to ADMIN. (The level and its origin are the member's own
  // too, which every viewer here reaches through `me`: test/moderation/trust-levels.test.ts checks others see null.)
  "Member.relatedAccounts": STAFF,
  "Member.signUpIp": ["ADMIN"],
};

let app: TestApp;
const clients = {} as Record<Actor, GraphQLClient>;
let author: SignedInMember;
let postId: string;
let entryId: string;

beforeAll(async () => {
  app = await startTestApp();
  clients.ANONYMOUS = app.client();
  for (const role of Object.keys(Role) as (keyof typeof Role)[]) clients[role] = (await buildMember(app, { role: Role[role] })).client;
  author = await buildMember(app);
  const post = await buildPost(app, { author: author.member, title: "Export to CSV please" });
  postId = post.id;
  const em = app.orm.em.fork();
  const connection = em.create(TrackerConnection, {
    kind: TrackerKind.JIRA,
    name: "Jira",
    // Every detail filled, so the allowed roles' reads below are not vacuous.
    settings: { baseUrl: "https://acme.atlassian.net", projectKey: "RT", issueType: "Task", email: "bot@acme.example", teamId: "team-1" },
    knownStates: [{ id: "10001", name: "To Do", category: "new" }],
    lastSyncedAt: new Date(),
    sealedSecrets: app.running.secrets.seal(JSON.stringify({ apiToken: "x", webhookSecret: "s" })),
  });
  await em.flush();
  await em.execute(
    `insert into tracker_link (id, post_id, connection_id, state, idempotency_key, issue_id, issue_key, requested_key) values (?, ?, ?, 'LINKED', ?, 'id-1', 'RT-1', 'RT-1')`,
    [randomUUID(), post.id, connection.id, `roundtrip-link-${randomUUID()}`],
  );
  await em.execute(`insert into vote (id, post_id, member_id) values (gen_random_uuid(), ?, ?)`, [post.id, author.member.id]);
  await em.execute(`update post set vote_count = 1 where id = ?`, [post.id]);
  // A silence in force and a staff note on the author, so the moderation fields have something to show.
  await em.execute(`insert into sanction (id, kind, member_id, actor_id, reason, ends_at) select gen_random_uuid(), 'SILENCE', ?, id, 'Flood', now() + interval '1 day' from member where role = 'ADMIN' limit 1`, [author.member.id]);
  await em.execute(`insert into staff_note (member_id, body) values (?, 'Helpful, sometimes heated')`, [author.member.id]);
  // A second account from the author's address, so related accounts and the address have something to show.
  const twin = await buildMember(app);
  await em.execute(`update member set sign_up_ip = '203.0.113.7' where id in (?, ?)`, [author.member.id, twin.member.id]);
  await clients.MANAGER.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED, input: { note: "Soon" }) { id } }`, { id: post.id });
  await em.execute(`update post_event set internal_details = '{"issueKey": "RT-1"}' where post_id = ?`, [post.id]);
  // A published changelog entry answering the post: another way to reach it.
  entryId = randomUUID();
  await em.execute(
    `insert into changelog_entry (id, title, category_id, state, published_at) select ?, 'CSV export', id, 'PUBLISHED', now() from changelog_category order by position limit 1`,
    [entryId],
  );
  await em.execute(`insert into changelog_entry_post (changelog_entry_id, post_id) values (?, ?)`, [entryId, post.id]);
  // A netiquette, so who published it has someone to show.
  await clients.ADMIN.ok(`mutation { publishNetiquette(body: "## Be kind", material: true) { version } }`);
});
afterAll(() => app.close());

/** Arguments for root fields and for fields with required arguments. */
const ARGUMENTS: Record<string, () => string> = {
  "Query.post": () => `(id: "${postId}")`,
  "Query.member": () => `(id: "${author.member.id}")`,
  "Query.similarPosts": () => `(input: { title: "Export to CSV" })`,
  "Query.posts": () => `(first: 3)`,
  "Query.members": () => `(first: 3)`,
  "Query.notificationPreview": () => `(postId: "${postId}")`,
  "Query.changelogEntry": () => `(id: "${entryId}")`,
  "Query.changelogNotificationPreview": () => `(id: "${entryId}")`,
  "Query.previewMarkdown": () => `(body: "Preview")`,
  "Query.communityReport": () => `(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z")`,
};

interface Path {
  steps: string[]; // "Type.field"
  restricted: string;
}

/** Every path from Query to a restricted field, visiting no type twice, at most 4 fields long. */
async function restrictedPaths(): Promise<Path[]> {
  const schema = await getSchema();
  const paths: Path[] = [];
  const walk = (type: GraphQLObjectType, steps: string[], seen: Set<string>) => {
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const key = `${type.name}.${field.name}`;
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      if (required.length && !ARGUMENTS[key]) throw new Error(`${key} needs arguments: add it to ARGUMENTS`);
      if (RESTRICTED[key]) paths.push({ steps: [...steps, key], restricted: key });
      const next = getNamedType(field.type);
      if (isObjectType(next) && !seen.has(next.name) && steps.length < 3) walk(next, [...steps, key], new Set([...seen, next.name]));
    }
  };
  walk(schema.getQueryType()!, [], new Set(["Query"]));
  return paths;
}

/** Sub-selections for restricted fields that are objects. */
const LEAF_SELECTION: Record<string, string> = {
  "Post.trackerLinks": " { __typename }",
  "Post.voters": " { __typename }",
  "Member.sanctions": " { __typename }",
  "Member.activeSanction": " { __typename }",
  "Sanction.actor": " { __typename }",
  "NetiquetteVersion.publishedBy": " { __typename }",
  "Member.relatedAccounts": " { sameSignUpIp }",
  "TrackerConnection.statusMapping": " { stateId }",
  "TrackerConnection.settings": " { key }",
};

function queryOf(path: Path): string {
  const fields = path.steps.map((step) => `${step.split(".")[1]}${ARGUMENTS[step]?.() ?? ""}`);
  const opened = fields.slice(0, -1).map((field) => `${field} { __typename `).join("");
  return `{ ${opened}${fields.at(-1)}${LEAF_SELECTION[path.restricted] ?? ""}${" }".repeat(fields.length - 1)} }`;
}

/** The values found at the end of the path in `data` (lists flattened; null parents end the walk). */
function valuesAt(data: unknown, steps: string[]): unknown[] {
  let nodes: unknown[] = [data];
  for (const step of steps) {
    const field = step.split(".")[1];
    nodes = nodes.flatMap((node) => (node && typeof node === "object" ? [(node as Record<string, unknown>)[field]] : [])).flatMap((value) => (Array.isArray(value) ? value : [value]));
  }
  return nodes.filter((value) => value !== null && value !== undefined);
}

describe("restricted fields, on every path the schema offers", () => {
  it("walks every path to every restricted field for every role", async () => {
    const paths = await restrictedPaths();
    expect(new Set(paths.map((path) => path.restricted))).toEqual(new Set(Object.keys(RESTRICTED)));
    expect(paths.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    const seenByAllowed = new Set<string>();
    const calls = paths.flatMap((path) => (Object.entries(clients) as [Actor, GraphQLClient][]).map(([actor, client]) => ({ path, actor, client })));
    const answers = [];
    for (let i = 0; i < calls.length; i += 20) {
      answers.push(...(await Promise.all(calls.slice(i, i + 20).map(async (call) => ({ ...call, result: await call.client.request(queryOf(call.path)) })))));
    }
    {
      for (const { path, actor, result } of answers) {
        const query = queryOf(path);
        for (const error of result.errors ?? []) {
          if (!["FORBIDDEN", "UNAUTHENTICATED"].includes(String(error.extensions?.code))) leaks.push(`${actor} ${query}: ${JSON.stringify(error)}`);
        }
        const values = valuesAt(result.data, path.steps);
        if (RESTRICTED[path.restricted].includes(actor)) {
          if (values.length) seenByAllowed.add(`${path.restricted} ${actor}`);
        } else if (values.length) {
          leaks.push(`${actor} reads ${path.steps.join(" → ")}: ${JSON.stringify(values).slice(0, 80)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    // Not vacuous: each allowed role reads each restricted field on some path.
    const expected = Object.entries(RESTRICTED).flatMap(([field, actors]) => actors.map((actor) => `${field} ${actor}`));
    expect([...expected].filter((entry) => !seenByAllowed.has(entry))).toEqual([]);
    // Thousands of requests, and more with every type the schema gains: a budget of its own.
  }, 120_000);
});
