/**
 * How a community outgrows one machine: two server processes on one database. A member connected to
 * the second process hears of a change and sees a vote made through the first, each mail goes out once, and a
 * scheduled job runs once per schedule, not once per process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import { eventually } from "../support/eventually.js";
import { freePort } from "../support/free-port.js";
import { collect, subscriptionClient } from "../support/live-client.js";
import { SmtpReceiver } from "../support/smtp-receiver.js";
import { startSecondProcess, type SecondProcess } from "../support/second-process.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const EVERY_MINUTE = "* * * * *";

describe("two server processes on one database", () => {
  let smtp: SmtpReceiver;
  let first: TestApp;
  let second: SecondProcess;
  let secondUrl: string;

  beforeAll(async () => {
    smtp = await new SmtpReceiver(await freePort()).start();
    // Both processes ask every second whether the every-minute promotion is due.
    first = await startTestApp({ smtpUrl: smtp.url, mailBatchSeconds: 0, trustPromotionCron: EVERY_MINUTE, scheduleCheckSeconds: 1 });
    second = await startSecondProcess(first, { SMTP_URL: smtp.url, MAIL_BATCH_MINUTES: "0", TRUST_PROMOTION_CRON: EVERY_MINUTE, SCHEDULE_CHECK_SECONDS: "1" });
    secondUrl = second.url;
  }, 90_000);
  afterAll(async () => {
    second?.stop();
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

  it("a vote through the first process is live on a post page connected to the second", async () => {
    const manager = await buildMember(first, { role: Role.MANAGER });
    const voter = await buildMember(first);
    const post = await buildPost(first, { author: manager.member });
    const ws = subscriptionClient({ url: secondUrl }, voter);
    const stream = collect<{ postChanged: { id: string; voteCount: number } }>(ws, `subscription($id: ID!) { postChanged(id: $id) { id voteCount } }`, { id: post.id });
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the subscription register
    await voter.client.ok(`mutation($id: ID!) { vote(postId: $id) { id } }`, { id: post.id });
    let event = await stream.next(15_000);
    while (event.postChanged.voteCount !== 1) event = await stream.next(15_000);
    expect(event.postChanged).toEqual({ id: post.id, voteCount: 1 });
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

  it("a scheduled job runs once a minute, though both processes schedule it and check every second", async () => {
    const runs = async () => {
      const rows = await first.orm.em.fork().getConnection().execute<{ minute: string; runs: string; done: string }[]>(
        `select date_trunc('minute', created_on)::text as minute, count(*) as runs, count(*) filter (where state = 'completed') as done
           from pgboss.job where name = 'trust.promote' group by 1 order by 1`,
      );
      return rows.map((row) => ({ minute: row.minute, runs: Number(row.runs), done: Number(row.done) }));
    };
    await eventually(async () => (await runs()).some((minute) => minute.done === 1), 30_000, "the promotion to run");
    // Ten more checks by each process: without one sender per schedule, each would have sent it again.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const perMinute = await runs();
    expect(perMinute.length).toBeGreaterThanOrEqual(1);
    for (const minute of perMinute) expect(minute.runs, `runs in the minute from ${minute.minute}`).toBe(1);
    expect(await first.orm.em.fork().getConnection().execute(`select count(*)::int as schedules from pgboss.schedule where name = 'trust.promote'`)).toEqual([{ schedules: 1 }]);
  }, 60_000);
});
