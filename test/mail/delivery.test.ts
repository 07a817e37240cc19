/**
 * How mail gets out: retried while the SMTP server is away, never sent twice (a repeated job, two
 * server processes on one database), stopped for an address that bounces, and kept in the outbox
 * for staff when no SMTP server is configured.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../../server/app.js";
import { openDatabase } from "../../server/db/orm.js";
import type { MikroORM } from "@mikro-orm/postgresql";
import { buildMember } from "../factories/index.js";
import { codeOf } from "../support/graphql-client.js";
import { freePort } from "../support/free-port.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { eventually } from "../support/eventually.js";
import { logger } from "../../server/observability/logger.js";

const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESEND = `mutation { resendVerificationEmail }`;
const ME = `{ me { emailVerified emailBouncing } }`;
const OUTBOX = `query($first: Int!, $after: String) { outbox(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { toAddress subject text htmlSanitized status template category language } } }`;

interface MailRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

async function mailsTo(app: TestApp, address: string): Promise<MailRow[]> {
  return app.orm.em.fork().getConnection().execute(`select id, status, attempts, last_error from outbox_mail where to_address = ? order by created_at`, [address]);
}

describe("mail delivery over SMTP", () => {
  let smtp: SmtpReceiver;
  let app: TestApp;
  beforeAll(async () => {
    smtp = new SmtpReceiver(await freePort());
    // The SMTP server is down when the app starts; it comes up in the first test.
    app = await startTestApp({ smtpUrl: smtp.url, mailRetryBaseMs: 200 });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("retries while the SMTP server is unreachable and delivers once it is back, exactly once", async () => {
    const { member } = await buildMember(app);
    await app.client().ok(REQUEST_RESET, { email: member.email });
    const [waiting] = await eventually(async () => {
      const rows = await mailsTo(app, member.email);
      return rows[0]?.status === "RETRYING" && rows[0].attempts >= 2 && rows;
    });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);

    await smtp.start();
    const mail = await smtp.waitForMail(member.email);
    const [sent] = await eventually(async () => {
      const rows = await mailsTo(app, member.email);
      return rows[0]?.status === "SENT" && rows;
    });
    expect(mail.messageId).toBe(`<${sent.id}@127.0.0.1>`);
    expect(sent.last_error).toBeNull();
    expect(smtp.to(member.email)).toHaveLength(1);
  });

  it("sends nothing again when a delivery job for a sent mail runs a second time", async () => {
    const { member } = await buildMember(app);
    await app.client().ok(REQUEST_RESET, { email: member.email });
    await smtp.waitForMail(member.email);
    const [sent] = await eventually(async () => {
      const rows = await mailsTo(app, member.email);
      return rows[0]?.status === "SENT" && rows;
    });
    const boss = app.running.queue.boss;
    const repeated = (await boss.send("mail.send", { mailId: sent.id }))!;
    await eventually(async () => (await boss.getJobById("mail.send", repeated))?.state === "completed");
    expect(smtp.to(member.email)).toHaveLength(1);
  });

  it("stops mailing an address after two hard bounces, shows it to the member, and resumes once the address is verified", async () => {
    const { member, client } = await buildMember(app);
    smtp.refuse.set(member.email, 550);
    for (const attempt of [1, 2]) {
      await app.client().ok(REQUEST_RESET, { email: member.email });
      await eventually(async () => (await mailsTo(app, member.email)).filter((row) => row.status === "FAILED").length === attempt);
    }
    const failed = await mailsTo(app, member.email);
    expect(failed.map((row) => [row.status, row.attempts])).toEqual([["FAILED", 1], ["FAILED", 1]]);
    expect(failed[0].last_error).toContain("550");
    expect((await client.ok(ME)).me).toMatchObject({ emailVerified: false, emailBouncing: true });

    // A third mail is not even tried.
    await app.client().ok(REQUEST_RESET, { email: member.email });
    await eventually(async () => (await mailsTo(app, member.email)).length === 3);
    expect((await mailsTo(app, member.email))[2].status).toBe("SUPPRESSED");

    // The mailbox works again; the verification link still goes out, and opening it clears the bounce.
    smtp.refuse.delete(member.email);
    await client.ok(RESEND);
    const mail = await smtp.waitForMail(member.email);
    const token = /verify-email\?token=([\w-]+)/.exec(mail.text ?? "")![1];
    await app.client().ok(`mutation($token: String!) { verifyEmail(input: { token: $token }) }`, { token });
    expect((await client.ok(ME)).me).toMatchObject({ emailVerified: true, emailBouncing: false });
    expect(smtp.to(member.email)).toHaveLength(1);
  });

  it("treats a 4xx answer as a reason to retry, not as a bounce", async () => {
    const { member, client } = await buildMember(app);
    smtp.refuse.set(member.email, 451);
    await app.client().ok(REQUEST_RESET, { email: member.email });
    await eventually(async () => (await mailsTo(app, member.email))[0]?.attempts >= 2);
    smtp.refuse.delete(member.email);
    await smtp.waitForMail(member.email);
    expect((await client.ok(ME)).me.emailBouncing).toBe(false);
  });

  describe("with a second server process on the same database", () => {
    let secondOrm: MikroORM;
    let second: RunningApp;
    beforeAll(async () => {
      secondOrm = await openDatabase(app.orm.config.get("clientUrl")!, { migrate: false });
      second = await startApp({ ...app.config }, secondOrm, { port: await freePort(), host: "127.0.0.1" });
    });
    afterAll(async () => {
      await second.stop();
      await secondOrm.close();
    });

    it("sends each mail once, even when both processes get a job for it", async () => {
      const members = await Promise.all(Array.from({ length: 8 }, () => buildMember(app)));
      await Promise.all(members.map(({ member }) => app.client().ok(REQUEST_RESET, { email: member.email })));
      const ids = (await Promise.all(members.map(async ({ member }) => (await eventually(async () => (await mailsTo(app, member.email))[0]))))).map((row) => row.id);
      // A duplicate job for every mail, on the other process' queue client.
      for (const mailId of ids) await second.queue.boss.send("mail.send", { mailId });
      for (const { member } of members) await smtp.waitForMail(member.email);
      // Every job, the duplicates included, has run.
      await eventually(async () => (await second.queue.boss.getQueueSize("mail.send", { before: "completed" })) === 0);
      for (const { member } of members) expect(smtp.to(member.email)).toHaveLength(1);
    });
  });
});

describe("without SMTP", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("keeps mails in the outbox, logs one line each (without the address), and shows them to a MANAGER page by page, never to a MEMBER", async () => {
    const logged = vi.spyOn(logger, "info");
    const { member, client: memberClient } = await buildMember(app, { displayName: "Ola <script>alert(1)</script>" });
    await memberClient.ok(RESEND);
    await memberClient.ok(RESEND);
    await eventually(async () => (await mailsTo(app, member.email)).every((row) => row.status === "CAPTURED") && (await mailsTo(app, member.email)).length === 2);
    const mailIds = (await mailsTo(app, member.email)).map((row) => row.id);
    const lines = logged.mock.calls.filter(([fields]) => mailIds.includes((fields as { mailId?: string }).mailId ?? ""));
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain(member.email);
    logged.mockRestore();

    const { client: manager } = await buildMember(app, { role: "MANAGER" as never });
    const page1 = (await manager.ok(OUTBOX, { first: 1 })).outbox;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.nodes[0]).toMatchObject({ toAddress: member.email, status: "CAPTURED", template: "verify-email", category: "ACCOUNT", language: "EN" });
    expect(page1.nodes[0].text).toContain("/verify-email?token=");
    expect(page1.nodes[0].htmlSanitized).toContain("Ola &lt;script&gt;");
    expect(page1.nodes[0].htmlSanitized).not.toMatch(/<script|<style|style=/);
    const page2 = (await manager.ok(OUTBOX, { first: 1, after: page1.pageInfo.endCursor })).outbox;
    expect(page2.nodes).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(codeOf(await memberClient.request(OUTBOX, { first: 5 }))).toBe("FORBIDDEN");
    expect(codeOf(await app.client().request(OUTBOX, { first: 5 }))).toBe("UNAUTHENTICATED");
  });
});
