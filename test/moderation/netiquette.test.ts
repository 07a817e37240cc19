/**
 * The netiquette over HTTP against the real server: an ADMIN publishes versions (append-only, audited,
 * clauses with anchors in the HTML); new members accept the current one at sign-up; a material change
 * stops every member from writing until they accept again, a minor one stops nobody; acceptance is
 * recorded once; warnings cite a clause of the current version, and the mail names it and links to it.
 * The "refused by every contributing mutation" check walks the schema, like the sanctions'.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { getSchema } from "../../server/graphql/schema.js";
import { permissionOf } from "../../server/graphql/authorization.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { freePort } from "../support/free-port.js";
import { callWithSampleArguments } from "../support/sample-calls.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const PUBLISH = `mutation($body: String!, $material: Boolean!) { publishNetiquette(body: $body, material: $material) { version material clauses { anchor title } } }`;
const ACCEPT = `mutation($version: Int!) { acceptNetiquette(version: $version) { id netiquetteDue } }`;
const CURRENT = `{ netiquette { version material body bodyHtml clauses { anchor title } publishedBy { id } } }`;
const HISTORY = `{ netiquetteVersions { version material publishedBy { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id netiquetteDue } }`;
const COMMENT = `mutation($postId: ID!, $body: String!) { addComment(input: { postId: $postId, body: $body }) { id } }`;
let comments = 0;
/** A comment's variables, each text new: the same text twice within minutes is refused as a repeat. */
const commentOn = (postId: string) => ({ postId, body: `Hello there, ${++comments}` });
const SUBMIT = `mutation($boardId: ID!) { submitPost(input: { boardId: $boardId, kind: IDEA, title: "A brand new idea" }) { id } }`;
const VOTE = `mutation($id: ID!) { vote(postId: $id) { viewerHasVoted } }`;
const WARN = `mutation($id: ID!, $clause: String, $message: String!) { warnMember(memberId: $id, clause: $clause, message: $message) { id clause } }`;

const V1 = `Welcome.

## 1. Be kind

No insults.

## 2. Stay on topic

One idea per post.

## 2. Stay on topic

Said twice on purpose.`;

let app: TestApp;
let smtp: SmtpReceiver;
let admin: SignedInMember;

const sql = async <T = Record<string, any>>(query: string, params: unknown[] = []): Promise<T[]> => app.orm.em.fork().execute(query, params) as Promise<T[]>;
const extensionsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? {};
const member = (role = "MEMBER") => buildMember(app, { role: role as Role });
const acceptedVersions = async (memberId: string) =>
  (await sql<{ version: number }>(`select v.version from netiquette_acceptance a join netiquette_version v on v.id = a.version_id where a.member_id = ? order by v.version`, [memberId])).map((row) => row.version);
const publish = (body: string, material: boolean) => admin.client.ok(PUBLISH, { body, material });
const due = async (client: SignedInMember["client"]) => (await client.ok(`{ me { netiquetteDue } }`)).me.netiquetteDue;

beforeAll(async () => {
  smtp = await new SmtpReceiver(await freePort()).start();
  app = await startTestApp({ smtpUrl: smtp.url });
  admin = await member("ADMIN");
});
afterAll(async () => {
  await app.close();
  await smtp.stop();
});

describe("before any netiquette", () => {
  it("there is none to read, sign-up needs no acceptance, and nobody is asked for one", async () => {
    expect((await app.client().ok(CURRENT)).netiquette).toBeNull();
    const client = app.client();
    const { signUp } = await client.ok(SIGN_UP, { input: { email: "early@example.com", password: "long enough pw", displayName: "Early" } });
    expect(signUp.netiquetteDue).toBeNull();
    const accept = await client.request(ACCEPT, { version: 1 });
    expect(extensionsOf(accept)).toMatchObject({ code: "NOT_FOUND" });
    const warn = await admin.client.request(WARN, { id: signUp.id, clause: "be-kind", message: "Please" });
    expect(extensionsOf(warn)).toMatchObject({ code: "BAD_USER_INPUT", field: "clause", reason: "UNKNOWN_CLAUSE" });
  });
});

describe("publishing", () => {
  let early: SignedInMember;
  beforeAll(async () => {
    early = await member();
  });

  it("numbers versions, makes the first material whatever is asked, records the publisher's acceptance and one audit row each", async () => {
    const first = await publish(V1, false);
    expect(first.publishNetiquette).toEqual({
      version: 1,
      material: true,
      clauses: [
        { anchor: "be-kind", title: "1. Be kind" },
        { anchor: "stay-on-topic", title: "2. Stay on topic" },
        { anchor: "stay-on-topic-2", title: "2. Stay on topic" },
      ],
    });
    expect((await publish(`${V1}\n\nTypo fixed.`, false)).publishNetiquette).toMatchObject({ version: 2, material: false });

    const audit = await sql(`select action, target_type, after, actor_id from audit_entry where action = 'PUBLISH_NETIQUETTE' order by created_at`);
    expect(audit).toEqual([
      { action: "PUBLISH_NETIQUETTE", target_type: "NETIQUETTE", after: { version: 1, material: true, clauses: ["be-kind", "stay-on-topic", "stay-on-topic-2"] }, actor_id: admin.member.id },
      { action: "PUBLISH_NETIQUETTE", target_type: "NETIQUETTE", after: { version: 2, material: false, clauses: ["be-kind", "stay-on-topic", "stay-on-topic-2"] }, actor_id: admin.member.id },
    ]);
    expect(await acceptedVersions(admin.member.id)).toEqual([1, 2]);
    expect((await admin.client.ok(HISTORY)).netiquetteVersions).toEqual([
      { version: 2, material: false, publishedBy: { id: admin.member.id } },
      { version: 1, material: true, publishedBy: { id: admin.member.id } },
    ]);
  });

  it("shows the current version to anyone, each clause's heading with its id and no id anyone typed", async () => {
    await publish(`${V1}\n\n<h2 id="main">Sneaky</h2>\n\n<h3 id="section-be-kind">Also sneaky</h3>`, false);
    const { netiquette } = await app.client().ok(CURRENT);
    expect(netiquette).toMatchObject({ version: 3, material: false, publishedBy: null });
    expect(netiquette.bodyHtml).toContain(`<h2 id="section-be-kind">1. Be kind</h2>`);
    expect(netiquette.bodyHtml).toContain(`<h2 id="section-stay-on-topic-2">2. Stay on topic</h2>`);
    expect(netiquette.bodyHtml.match(/ id="/g)).toHaveLength(3);
    expect(netiquette.bodyHtml).not.toContain(`id="main"`);
  });

  it("keeps every version as published: the table refuses changes and deletions", async () => {
    for (const statement of [`update netiquette_version set body = 'rewritten' where version = 1`, `delete from netiquette_version where version = 1`]) {
      await expect(sql(statement)).rejects.toThrow(/append-only/);
    }
    expect((await sql(`select count(*)::int as n from netiquette_version`))[0].n).toBe(3);
  });

  it("asks a member who joined before the first version to accept before they write", async () => {
    expect(await due(early.client)).toBe(3);
  });
});

describe("sign-up", () => {
  const input = (email: string, netiquetteVersion?: number) => ({ input: { email, password: "long enough pw", displayName: "Newcomer", netiquetteVersion } });

  it("is refused without accepting the current version, or with an older one, and creates nobody", async () => {
    const missing = await app.client().request(SIGN_UP, input("missing@example.com"));
    expect(extensionsOf(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "netiquetteVersion", reason: "REQUIRED" });
    const outdated = await app.client().request(SIGN_UP, input("outdated@example.com", 1));
    expect(extensionsOf(outdated)).toMatchObject({ code: "CONFLICT", reason: "NETIQUETTE_NOT_CURRENT" });
    expect(await sql(`select 1 from member where email in ('missing@example.com', 'outdated@example.com')`)).toEqual([]);
  });

  it("records the acceptance (member, version, time) of the current version", async () => {
    const before = Date.now();
    const client = app.client();
    const { signUp } = await client.ok(SIGN_UP, input("joined@example.com", 3));
    expect(signUp.netiquetteDue).toBeNull();
    const [row] = await sql(`select v.version, a.accepted_at from netiquette_acceptance a join netiquette_version v on v.id = a.version_id where a.member_id = ?`, [signUp.id]);
    expect(row.version).toBe(3);
    expect(new Date(row.accepted_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("a material change", () => {
  it("stops members (staff too) from posting and commenting until they accept it again, but not from voting; a minor one stops nobody", async () => {
    const writer = await member();
    const moderator = await member("MODERATOR");
    const post = await buildPost(app, { author: admin.member });
    await writer.client.ok(COMMENT, commentOn(post.id));

    // A minor change: nothing to accept.
    const { publishNetiquette: minor } = await publish(`${V1}\n\nA clearer sentence.`, false);
    expect(await due(writer.client)).toBeNull();
    await writer.client.ok(COMMENT, commentOn(post.id));

    const { createApiToken } = await writer.client.ok(`mutation { createApiToken(input: { name: "script" }) { secret } }`);
    const script = app.client();
    script.bearerToken = createApiToken.secret;
    const { publishNetiquette: material } = await publish(`${V1}\n\n## 3. No spam\n\nNo ads.`, true);
    expect(material.version).toBe(minor.version + 1);
    expect(await due(writer.client)).toBe(material.version);
    for (const [client, query, variables] of [
      [writer.client, COMMENT, commentOn(post.id)],
      [writer.client, SUBMIT, { boardId: post.board.id }],
      [script, COMMENT, commentOn(post.id)],
      [moderator.client, `mutation($postId: ID!) { addComment(input: { postId: $postId, body: "Internal", internal: true }) { id } }`, { postId: post.id }],
    ] as const) {
      const result = await client.request(query, variables);
      expect(codeOf(result)).toBe("FORBIDDEN");
      expect(extensionsOf(result)).toMatchObject({ reason: "NETIQUETTE_NOT_ACCEPTED", version: material.version });
      expect(result.errors![0].message).toBe(`The community guidelines changed: accept version ${material.version} before you post or comment.`);
    }
    expect((await sql(`select count(*)::int as n from comment where author_id in (?, ?)`, [writer.member.id, moderator.member.id]))[0].n).toBe(2);
    expect((await writer.client.ok(VOTE, { id: post.id })).vote.viewerHasVoted).toBe(true);
    // Moderation goes on meanwhile.
    await moderator.client.ok(WARN, { id: writer.member.id, message: "Please read the new guidelines" });

    // Accepting the version before is refused; the current one, once or twice, lets them write again.
    expect(extensionsOf(await writer.client.request(ACCEPT, { version: minor.version }))).toMatchObject({ code: "CONFLICT", reason: "NETIQUETTE_NOT_CURRENT" });
    for (let i = 0; i < 2; i++) expect((await writer.client.ok(ACCEPT, { version: material.version })).acceptNetiquette).toEqual({ id: writer.member.id, netiquetteDue: null });
    expect(await acceptedVersions(writer.member.id)).toEqual([minor.version - 1, material.version]);
    await writer.client.ok(COMMENT, commentOn(post.id));
    // Their script's API token was refused like their session, and now works like it.
    await script.ok(COMMENT, commentOn(post.id));
    expect(await due(moderator.client)).toBe(material.version);
  });

  it("refuses a member who has not accepted it by every mutation that writes a post or comment, and by no other", async () => {
    const target = await member();
    await publish(`${V1}\n\n## 4. Respect privacy`, true);
    const refusedBy: string[] = [];
    for (const field of Object.values((await getSchema()).getMutationType()!.getFields())) {
      if (field.name === "logOut") continue;
      const result = await callWithSampleArguments(target.client, field);
      if (extensionsOf(result).reason === "NETIQUETTE_NOT_ACCEPTED") refusedBy.push(field.name);
    }
    const marked = Object.values((await getSchema()).getMutationType()!.getFields()).filter((field) => permissionOf(field)?.contributes);
    expect(refusedBy.sort()).toEqual(marked.map((field) => field.name).sort());
    expect(refusedBy).toContain("addComment");
  });

  it("costs a signed-in request no statement more: the due version comes with the session", async () => {
    const reader = await member();
    const { queries } = await app.countQueries(() => reader.client.ok(`{ me { id netiquetteDue } }`));
    expect(queries.filter((query) => /netiquette/.test(query))).toHaveLength(1);
    expect(queries.filter((query) => /netiquette/.test(query))[0]).toMatch(/from session/);
  });
});

describe("warning citing a clause", () => {
  it("takes only a clause of the current version; the mail names it and links to it", async () => {
    const target = await member();
    const unknown = await admin.client.request(WARN, { id: target.member.id, clause: "be-rude", message: "Please" });
    expect(extensionsOf(unknown)).toMatchObject({ code: "BAD_USER_INPUT", field: "clause", reason: "UNKNOWN_CLAUSE" });
    expect(await sql(`select 1 from sanction where member_id = ?`, [target.member.id])).toEqual([]);

    const { warnMember } = await admin.client.ok(WARN, { id: target.member.id, clause: "stay-on-topic", message: "One idea per post, please" });
    expect(warnMember.clause).toBe("stay-on-topic");
    const mail = await smtp.waitForMail(target.member.email);
    expect(mail.text).toContain("It concerns the community guidelines, section “2. Stay on topic”.");
    expect(mail.text).toContain(`Read the section: ${app.config.publicUrl}/netiquette#section-stay-on-topic`);
  });
});

describe("who may", () => {
  const ROLES = ["MEMBER", "AMBASSADOR", "MODERATOR", "MANAGER", "PRODUCT", "ADMIN"] as const;

  it.each(["ANONYMOUS", ...ROLES])("%s: reads the netiquette; the history and publishing only as ADMIN; accepting signed in", async (actor) => {
    const client = actor === "ANONYMOUS" ? app.client() : (await member(actor)).client;
    const refusal = actor === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN";
    const { netiquette } = await client.ok(`{ netiquette { version } }`);
    expect(netiquette.version).toBeGreaterThan(0);
    const versionsBefore = (await sql(`select count(*)::int as n from netiquette_version`))[0].n;

    const history = await client.request(HISTORY);
    if (actor === "ADMIN") expect(history.data.netiquetteVersions).toHaveLength(versionsBefore);
    else expect(codeOf(history)).toBe(refusal);

    const published = await client.request(PUBLISH, { body: `${V1}\n\nBy ${actor}.`, material: false });
    if (actor === "ADMIN") expect(published.data.publishNetiquette.version).toBe(netiquette.version + 1);
    else expect(codeOf(published)).toBe(refusal);
    expect((await sql(`select count(*)::int as n from netiquette_version`))[0].n).toBe(versionsBefore + (actor === "ADMIN" ? 1 : 0));

    const current = (await client.ok(`{ netiquette { version } }`)).netiquette.version;
    const accepted = await client.request(ACCEPT, { version: current });
    if (actor === "ANONYMOUS") expect(codeOf(accepted)).toBe("UNAUTHENTICATED");
    else expect(accepted.data.acceptNetiquette.netiquetteDue).toBeNull();
  });
});
