/**
 * Account mails end to end through a real SMTP server: what arrives, what its link does, and what
 * a second click, an old link or a forged one gets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, buildMember } from "../factories/index.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { SmtpReceiver, linkIn } from "../support/smtp-receiver.js";
import { freePort } from "../support/free-port.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`;
const ME = `{ me { id email emailVerified emailBouncing language } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(input: { token: $token }) }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, newPassword: $password }) }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(input: { email: $email, password: $password }) { id } }`;
const REQUEST_CHANGE = `mutation($email: String!, $password: String!) { requestEmailChange(input: { newEmail: $email, currentPassword: $password }) }`;
const CONFIRM_CHANGE = `mutation($token: String!) { confirmEmailChange(input: { token: $token }) }`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;
const RESEND = `mutation { resendVerificationEmail }`;

const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.reason;

describe("account mails", () => {
  let app: TestApp;
  let smtp: SmtpReceiver;
  beforeAll(async () => {
    smtp = await new SmtpReceiver(await freePort()).start();
    const generous = { points: 100_000, durationSeconds: 60 };
    const rateLimits = { submit: generous, vote: generous, comment: generous, login: generous, accountMail: { points: 3, durationSeconds: 600 } };
    app = await startTestApp({ smtpUrl: smtp.url, rateLimits });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("sign-up mails a verification link in the member's language, escaped, that verifies the address once", async () => {
    const client = app.client();
    await client.ok(SIGN_UP, { input: { email: "nina@example.com", password: "long enough pw", displayName: "Nina <b>Bold</b>", language: "DE" } });
    expect((await client.ok(ME)).me).toMatchObject({ emailVerified: false, language: "DE" });

    const mail = await smtp.waitForMail("nina@example.com");
    expect(mail.subject).toBe("Bestätige deine E-Mail-Adresse");
    expect(mail.text).toContain("Hallo Nina <b>Bold</b>,");
    expect(mail.html).toContain("Hallo Nina &lt;b&gt;Bold&lt;/b&gt;,");
    expect(mail.html).not.toContain("<b>Bold");
    const { url, token } = linkIn(mail, "/verify-email");
    expect(url.startsWith(`${app.config.publicUrl}/verify-email?token=`)).toBe(true);
    expect(mail.html).toContain(`href="${url}"`);

    // The link may open in a browser that is not signed in.
    expect((await app.client().ok(VERIFY, { token })).verifyEmail).toBe(true);
    expect((await client.ok(ME)).me.emailVerified).toBe(true);
    expect(reasonOf(await app.client().request(VERIFY, { token }))).toBe("TOKEN_USED");
    const forged = await app.client().request(VERIFY, { token: `${token.slice(0, -2)}xx` });
    expect(codeOf(forged)).toBe("BAD_USER_INPUT");
    expect(forged.errors![0].extensions).toMatchObject({ field: "token", reason: "TOKEN_INVALID" });
  });

  it("resends the verification mail a few times, then answers RATE_LIMITED", async () => {
    const { client, member } = await buildMember(app);
    for (let sent = 1; sent <= 3; sent++) {
      await client.ok(RESEND);
      await smtp.waitForMail(member.email, sent);
    }
    expect(codeOf(await client.request(RESEND))).toBe("RATE_LIMITED");
  });

  it("resets a forgotten password: same answer for unknown addresses, the link works once, expired links are refused, every session ends", async () => {
    const { client: signedIn, member } = await buildMember(app);
    expect((await app.client().ok(REQUEST_RESET, { email: "nobody@example.com" })).requestPasswordReset).toBe(true);
    expect((await app.client().ok(REQUEST_RESET, { email: member.email.toUpperCase() })).requestPasswordReset).toBe(true);

    const mail = await smtp.waitForMail(member.email);
    expect(mail.subject).toBe("Reset your password");
    const { token } = linkIn(mail, "/reset-password");
    expect(await app.orm.em.fork().getConnection().execute(`select count(*)::int as n from outbox_mail where to_address = 'nobody@example.com'`)).toEqual([{ n: 0 }]);
    expect(smtp.to("nobody@example.com")).toHaveLength(0);

    expect((await app.client().ok(RESET, { token, password: "a brand new secret" })).resetPassword).toBe(true);
    expect((await signedIn.ok(ME)).me).toBeNull();
    expect(codeOf(await app.client().request(LOG_IN, { email: member.email, password: FACTORY_PASSWORD }))).toBe("UNAUTHENTICATED");
    expect((await app.client().ok(LOG_IN, { email: member.email, password: "a brand new secret" })).logIn.id).toBe(member.id);
    expect(reasonOf(await app.client().request(RESET, { token, password: "yet another secret" }))).toBe("TOKEN_USED");

    await app.client().ok(REQUEST_RESET, { email: member.email });
    const late = linkIn(await smtp.waitForMail(member.email, 2), "/reset-password");
    await app.orm.em.fork().getConnection().execute(`update account_token set expires_at = now() - interval '1 second' where purpose = 'RESET_PASSWORD' and used_at is null`);
    expect(reasonOf(await app.client().request(RESET, { token: late.token, password: "yet another secret" }))).toBe("TOKEN_EXPIRED");
    expect(codeOf(await app.client().request(LOG_IN, { email: member.email, password: "yet another secret" }))).toBe("UNAUTHENTICATED");
  });

  it("changes the address only when the new one confirms, tells the old one, and refuses a taken address even at confirm time", async () => {
    const { client, member } = await buildMember(app);
    const wrong = await client.request(REQUEST_CHANGE, { email: "new-home@example.com", password: "not my password" });
    expect(wrong.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword", reason: "WRONG_PASSWORD" });
    const { member: other } = await buildMember(app);
    expect(reasonOf(await client.request(REQUEST_CHANGE, { email: other.email, password: FACTORY_PASSWORD }))).toBe("EMAIL_TAKEN");

    await client.ok(REQUEST_CHANGE, { email: "new-home@example.com", password: FACTORY_PASSWORD });
    const confirm = linkIn(await smtp.waitForMail("new-home@example.com"), "/confirm-email");
    expect((await client.ok(ME)).me.email).toBe(member.email);
    await app.client().ok(CONFIRM_CHANGE, { token: confirm.token });
    expect((await client.ok(ME)).me).toMatchObject({ email: "new-home@example.com", emailVerified: true });
    const notice = await smtp.waitForMail(member.email);
    expect(notice.subject).toBe("Your e-mail address was changed");
    expect(notice.text).toContain("new-home@example.com");

    // Someone takes the address between the request and the click.
    await client.ok(REQUEST_CHANGE, { email: "contested@example.com", password: FACTORY_PASSWORD });
    const contested = linkIn(await smtp.waitForMail("contested@example.com"), "/confirm-email");
    await buildMember(app, { email: "contested@example.com" });
    const clash = await app.client().request(CONFIRM_CHANGE, { token: contested.token });
    expect(clash.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
    expect((await client.ok(ME)).me.email).toBe("new-home@example.com");
  });

  it("changes the password with the current one, keeping this session and ending the others", async () => {
    const { member } = await buildMember(app);
    const here = app.client();
    const elsewhere = app.client();
    await here.ok(LOG_IN, { email: member.email, password: FACTORY_PASSWORD });
    await elsewhere.ok(LOG_IN, { email: member.email, password: FACTORY_PASSWORD });

    const wrong = await here.request(CHANGE_PASSWORD, { current: "not my password", next: "a much better one" });
    expect(wrong.errors![0].extensions).toMatchObject({ field: "currentPassword", reason: "WRONG_PASSWORD" });
    expect((await elsewhere.ok(ME)).me.id).toBe(member.id);

    await here.ok(CHANGE_PASSWORD, { current: FACTORY_PASSWORD, next: "a much better one" });
    expect((await here.ok(ME)).me.id).toBe(member.id);
    expect((await elsewhere.ok(ME)).me).toBeNull();
    expect((await app.client().ok(LOG_IN, { email: member.email, password: "a much better one" })).logIn.id).toBe(member.id);
    expect((await smtp.waitForMail(member.email)).subject).toBe("Your password was changed");
  });
});
