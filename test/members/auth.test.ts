import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "../../server/members/session.entity.js";
import { codeOf } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email displayName role } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id role } }`;
const ME = `{ me { id email role } }`;

describe("members and auth", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ adminEmail: "boss@example.com" });
  });
  afterAll(() => app.close());

  it("makes the first account ADMIN, later ones MEMBER, and the configured admin email ADMIN", async () => {
    const first = await app.client().ok(SIGN_UP, { input: { email: "First@Example.com", password: "long enough pw", displayName: "First" } });
    expect(first.signUp).toMatchObject({ email: "first@example.com", role: "ADMIN" });
    const second = await app.client().ok(SIGN_UP, { input: { email: "second@example.com", password: "long enough pw", displayName: "Second" } });
    expect(second.signUp.role).toBe("MEMBER");
    const boss = await app.client().ok(SIGN_UP, { input: { email: "boss@example.com", password: "long enough pw", displayName: "Boss" } });
    expect(boss.signUp.role).toBe("ADMIN");
  });

  it("refuses a second account with the same email (any case) with CONFLICT", async () => {
    const result = await app.client().request(SIGN_UP, { input: { email: "SECOND@example.com", password: "long enough pw", displayName: "Again" } });
    expect(codeOf(result)).toBe("CONFLICT");
    expect(result.errors![0].extensions?.reason).toBe("EMAIL_TAKEN");
  });

  it("signs up into a session, logs out, and logs in again with a new session id", async () => {
    const client = app.client();
    await client.ok(SIGN_UP, { input: { email: "flow@example.com", password: "long enough pw", displayName: "Flow" } });
    const firstSession = client.cookie("rt_session");
    expect(firstSession).toBeTruthy();
    expect((await client.ok(ME)).me.email).toBe("flow@example.com");

    await client.ok(`mutation { logOut }`);
    expect((await client.ok(ME)).me).toBeNull();
    // The old cookie value is revoked server-side, not only forgotten by the browser.
    const replay = app.client();
    replay.setSessionCookie(firstSession!);
    expect((await replay.ok(ME)).me).toBeNull();

    await client.ok(LOG_IN, { input: { email: "flow@example.com", password: "long enough pw" } });
    expect(client.cookie("rt_session")).not.toBe(firstSession);
    expect((await client.ok(ME)).me.email).toBe("flow@example.com");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOG_IN, variables: { input: { email: "flow@example.com", password: "long enough pw" } } }),
    });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith("rt_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it("gives the same error for an unknown email and a wrong password", async () => {
    const unknown = await app.client().request(LOG_IN, { input: { email: "nobody@example.com", password: "whatever pw" } });
    const wrong = await app.client().request(LOG_IN, { input: { email: "flow@example.com", password: "wrong password" } });
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    expect(wrong.errors).toEqual(unknown.errors);
  });

  it("stores only a hash of the session token", async () => {
    const client = app.client();
    await client.ok(LOG_IN, { input: { email: "flow@example.com", password: "long enough pw" } });
    const token = client.cookie("rt_session")!;
    const sessions = await app.orm.em.fork().find(Session, {});
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((session) => session.tokenHash === token)).toBe(false);
  });

  it("authenticates scripts with a personal API token until it is revoked", async () => {
    const client = app.client();
    await client.ok(LOG_IN, { input: { email: "flow@example.com", password: "long enough pw" } });
    const created = await client.ok(`mutation { createApiToken(input: { name: "report script" }) { secret token { id name } } }`);
    expect(created.createApiToken.secret).toMatch(/^rt_/);

    const script = app.client();
    script.bearerToken = created.createApiToken.secret;
    expect((await script.ok(ME)).me.email).toBe("flow@example.com");
    // "Last used" is kept to the minute: the first request stamps it, a second one right after writes nothing.
    const lastUsed = async () => (await client.ok(`{ myApiTokens { id lastUsedAt } }`)).myApiTokens.find((t: { id: string }) => t.id === created.createApiToken.token.id).lastUsedAt;
    const stamped = await lastUsed();
    expect(Date.now() - Date.parse(stamped)).toBeLessThan(60_000);
    await script.ok(ME);
    expect(await lastUsed()).toBe(stamped);

    await client.ok(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: created.createApiToken.token.id });
    const revoked = await script.request(ME);
    expect(codeOf(revoked)).toBe("UNAUTHENTICATED");
    expect(revoked.data?.me).toBeUndefined();
  });

  it("answers a Bearer token that does not verify with UNAUTHENTICATED and HTTP 401, not as a signed-out visitor", async () => {
    for (const token of ["rt_not-a-real-token", "something-else", "rt_"]) {
      const script = app.client();
      script.bearerToken = token;
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status, token).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(body.errors[0].message).toBe("The API token is not valid: it may be mistyped or revoked.");
    }
  });

  it("rejects bad sign-up input with BAD_USER_INPUT naming the field, and writes no row", async () => {
    const cases = [
      [{ email: "not-an-email", password: "long enough pw", displayName: "X" }, "email"],
      [{ email: "short@example.com", password: "short", displayName: "X" }, "password"],
      [{ email: "empty@example.com", password: "long enough pw", displayName: "" }, "displayName"],
      [{ email: "long@example.com", password: "long enough pw", displayName: "x".repeat(81) }, "displayName"],
    ] as const;
    for (const [input, field] of cases) {
      const result = await app.client().request(SIGN_UP, { input });
      expect(codeOf(result), JSON.stringify(input)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const count: { n: string }[] = await app.orm.em.fork().execute(`select count(*) as n from member where email like '%short%' or email like '%empty%' or email like 'long@%'`);
    expect(Number(count[0].n)).toBe(0);
  });

  it("never leaks stack traces or SQL in errors", async () => {
    const result = await app.client().request(`{ post(id: "not-a-uuid") { id } }`);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|select |at .*\.ts/i);
  });
});
