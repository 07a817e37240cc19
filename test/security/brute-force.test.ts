/**
 * Password guessing: the per-IP login limit cannot be dodged with X-Forwarded-For unless
 * TRUST_PROXY says a proxy sets it, and guesses against one account from many addresses meet a
 * growing delay per account (a wait, never a lockout: the right password works once it is over).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.js";
import { FREE_LOGIN_FAILURES } from "../../server/shared/rate-limit.js";
import { buildMember, FACTORY_PASSWORD, type SignedInMember } from "../factories/index.js";
import { codeOf, type GraphQLResult } from "../support/graphql-client.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const three = { points: 3, durationSeconds: 60 };

let direct: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  const generous = { points: 100_000, durationSeconds: 60 };
  const limits = { submit: generous, vote: generous, comment: generous, login: three, accountMail: generous };
  [direct, behindProxy] = await Promise.all([startTestApp({ rateLimits: limits }), startTestApp({ rateLimits: limits, trustProxy: "loopback" })]);
});
afterAll(() => Promise.all([direct.close(), behindProxy.close()]));

let address = 0;
/** Each call from a new X-Forwarded-For address unless one is given. */
const logIn = (target: TestApp, email: string, password: string, from = `203.0.113.${++address % 250}`): Promise<GraphQLResult> =>
  target.client().request(LOG_IN, { input: { email, password } }, { "x-forwarded-for": from });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("TRUST_PROXY", () => {
  it("by default ignores X-Forwarded-For: the fourth login from this machine is refused whatever address it claims", async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(codeOf(await logIn(direct, `nobody${i}@example.com`, "wrong password")));
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
  });

  it("behind a trusted proxy, counts per forwarded address", async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(codeOf(await logIn(behindProxy, `someone${i}@example.com`, "wrong password", "198.51.100.7")));
    codes.push(codeOf(await logIn(behindProxy, "someone@example.com", "wrong password", "198.51.100.8")));
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED", "UNAUTHENTICATED"]);
  });

  it("is parsed explicitly: none by default, a hop count, or addresses; 'true' is refused", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });
});

describe("guesses against one account from many addresses", () => {
  let victim: SignedInMember;
  beforeAll(async () => {
    victim = await buildMember(behindProxy);
  });

  it("30 wrong passwords from 30 addresses: only the free ones and one more reach the password check", async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 30; i++) codes.push(codeOf(await logIn(behindProxy, victim.member.email, `guess number ${i}`)));
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(FREE_LOGIN_FAILURES + 1);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(30 - FREE_LOGIN_FAILURES - 1);
  });

  it("the wait covers the right password too, doubles with each further failure, and ends", async () => {
    const during = await logIn(behindProxy, victim.member.email.toUpperCase(), FACTORY_PASSWORD);
    expect(codeOf(during)).toBe("RATE_LIMITED");
    expect(during.errors![0].extensions?.retryAfter).toBe(1);
    await sleep(1100);
    expect(codeOf(await logIn(behindProxy, victim.member.email, "one more guess"))).toBe("UNAUTHENTICATED");
    expect((await logIn(behindProxy, victim.member.email, FACTORY_PASSWORD)).errors![0].extensions?.retryAfter).toBe(2);
    await sleep(2100);
    // Over: the member signs in, and that starts their count afresh.
    expect((await logIn(behindProxy, victim.member.email, FACTORY_PASSWORD)).errors).toBeUndefined();
    expect(codeOf(await logIn(behindProxy, victim.member.email, "typo"))).toBe("UNAUTHENTICATED");
    expect((await logIn(behindProxy, victim.member.email, FACTORY_PASSWORD)).errors).toBeUndefined();
  });

  it("another account is not slowed down", async () => {
    const other = await buildMember(behindProxy);
    expect((await logIn(behindProxy, other.member.email, FACTORY_PASSWORD)).errors).toBeUndefined();
  });
});
