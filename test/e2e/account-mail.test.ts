/**
 * A forgotten password in a real browser, with the mail going through a real SMTP server: ask for
 * a link, open it from the mail, choose a new password, sign in with it; and a used link read in German.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildMember } from "../factories/index.js";
import type { Member } from "../../server/members/member.entity.js";
import { freePort } from "../support/free-port.js";
import { SmtpReceiver, linkIn } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { chromiumAvailable, ensureWebBuild, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "account mails in the browser" : `account mails in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let smtp: SmtpReceiver;
  let browser: Browser;
  let member: Member;
  let usedLink: string;
  const errors: string[] = [];

  const newContext = (locale: string) => openContext(browser, app, { locale, errors });

  beforeAll(async () => {
    await ensureWebBuild();
    smtp = await new SmtpReceiver(await freePort()).start();
    app = await startTestApp({ smtpUrl: smtp.url });
    member = (await buildMember(app, { displayName: "Rita Reset" })).member;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.stop();
  });

  it("forgot password → mail → reset page → signs in with the new password", async () => {
    const context = await newContext("en-US");
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill(member.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByText(`If ${member.email} belongs to an account, a link is on its way.`).waitFor();

    const mail = await smtp.waitForMail(member.email);
    expect(mail.subject).toBe("Reset your password");
    usedLink = linkIn(mail, "/reset-password").url;
    await page.goto(usedLink);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("New password").fill("short");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("Please use at least 10 characters.").waitFor();
    await page.getByLabel("New password").fill("my new secret phrase");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("Your password is changed. Log in with the new one.").waitFor();
    await screenshot(page, "account-reset-done");

    await page.getByRole("link", { name: "Log in" }).last().click();
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password").fill("my new secret phrase");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByText("Welcome, Rita Reset!").waitFor();
    // The member had never verified the address; opening the reset link mailed to it proved it works.
    expect(await page.getByTestId("account-banner").count()).toBe(0);
    expect((await app.orm.em.fork().execute(`select email_verified_at from member where id = ?`, [member.id]))[0].email_verified_at).not.toBeNull();
    await context.close();
    expect(errors).toEqual([]);
  });

  it("says in German that a used link is used, and offers a new one", async () => {
    const context = await newContext("de-DE");
    const page = await context.newPage();
    await page.goto(usedLink);
    await page.getByLabel("Neues Passwort").fill("noch ein neues passwort");
    await page.getByRole("button", { name: "Neues Passwort speichern" }).click();
    await page.getByText("Dieser Link wurde schon benutzt. Fordere bitte einen neuen an.").waitFor();
    await page.getByRole("link", { name: "Neuen Link anfordern" }).click();
    await page.getByRole("heading", { name: "Passwort zurücksetzen" }).waitFor();
    await context.close();
    expect(errors).toEqual([]);
  });
});
