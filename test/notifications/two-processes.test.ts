/**
 * How a community outgrows one machine: two server processes on one database. A member connected to
 * the second process hears of a change made through the first, and each mail goes out once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { collect, subscriptionClient } from "../support/live-client.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

describe("notifications across two server processes", () => {
  let smtp: SmtpReceiver;
  let first: TestApp;
  let second: ChildProcess;
  let secondUrl: string;

  beforeAll(async () => {
    smtp = await new SmtpReceiver(await freePort()).start();
    first = await startTestApp({ smtpUrl: smtp.url, mailBatchSeconds: 0 });
    const port = await freePort();
    secondUrl = `http://127.0.0.1:${port}`;
    second = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: first.orm.config.get("clientUrl")!,
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: secondUrl,
        SECRET_KEY: first.config.secretKey!,
        SEED_DEMO_DATA: "false",
        SMTP_URL: smtp.url,
        MAIL_BATCH_MINUTES: "0",
        RECONCILE_CRON: "",
      },
      stdio: "ignore",
    });
    const typename = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) };
    await eventually(async () => (await fetch(`${secondUrl}/graphql`, typename).catch(() => null))?.ok, 60_000, "the second process to serve");
  }, 90_000);
  afterAll(async () => {
    second?.kill("SIGTERM");
    await first?.close();
    await smtp?.stop();
  });

  it("a member subscribed on the second process hears of a change made on the first, and gets one mail", async () => {
    const manager = await buildMember(first, { role: Role.MANAGER });
    const voter: SignedInMember = await buildMember(first);
    await first.orm.em.fork().getConnection().execute(`update member set email_verified_at = now() where id = ?`, [voter.member.id]);
    const post = await buildPost(first, { author: manager.member });
    await voter.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: post.id });

    const ws = subscriptionClient({ url: secondUrl }, voter);
    const stream = collect<{ notificationAdded: { kind: string; toStatus: string; post: { id: string } } }>(
      ws,
      `subscription { notificationAdded { kind toStatus post { id } } }`,
      {},
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the subscription register
    await manager.client.ok(`mutation($id: ID!) { setPostStatus(postId: $id, status: PLANNED) { id } }`, { id: post.id });

    expect((await stream.next(15_000)).notificationAdded).toEqual({ kind: "STATUS_CHANGED", toStatus: "PLANNED", post: { id: post.id } });
    await smtp.waitForMail(voter.member.email, 1, 15_000);
    // Both processes work the mail queues; give the second every chance to send it again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.to(voter.member.email)).toHaveLength(1);
    stream.dispose();
    await ws.dispose();
  });

  it("an anonymous subscription is refused with UNAUTHENTICATED", async () => {
    const ws = subscriptionClient(first, null);
    const answer = await new Promise<unknown>((resolve) => {
      ws.subscribe({ query: `subscription { notificationAdded { id } }` }, { next: resolve, error: resolve, complete: () => resolve("completed") });
    });
    expect(JSON.stringify(answer)).toMatch(/"code":"UNAUTHENTICATED"/);
    await ws.dispose();
  });
});
