import { LockMode } from "@mikro-orm/core";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../config.js";
import { Member } from "../members/member.entity.js";
import { retryDelaySeconds, type JobQueue } from "../jobs/queue.js";
import { MailStatus } from "./mail-enums.js";
import { OutboxMail } from "./outbox-mail.entity.js";
import { logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";

/** Attempts before a mail the SMTP server keeps deferring (4xx, unreachable) is given up. */
export const MAX_MAIL_ATTEMPTS = 8;
/** Hard failures in a row after which an address gets no more mail until it is changed or verified. */
export const HARD_BOUNCES_TO_SUPPRESS = 2;

/** SMTP 5xx: the server refused the mail for good (unknown mailbox, rejected); trying again cannot help. */
const isHardFailure = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** Counts a hard failure against the member's address; the second in a row stops their mail. */
async function recordHardBounce(tx: EntityManager, mail: OutboxMail): Promise<void> {
  if (!mail.recipient) return;
  await tx.execute(
    `update "member" set mail_hard_bounces = mail_hard_bounces + 1,
       mail_suppressed_at = case when mail_hard_bounces + 1 >= ? then coalesce(mail_suppressed_at, now()) else mail_suppressed_at end
     where id = ? and email = ?`,
    [HARD_BOUNCES_TO_SUPPRESS, mail.recipient.id, mail.toAddress],
  );
}

export function mailDelivery(deps: { orm: MikroORM; queue: JobQueue; config: Config; transport: Transporter | null; metrics?: Metrics | null }) {
  const { orm, queue, config, transport, metrics } = deps;
  const messageIdHost = new URL(config.publicUrl).hostname;

  /**
   * Sends one mail while holding its row lock. A second process, or a duplicate job, skips a locked
   * or finished mail instead of sending it again; a crash mid-send rolls the claim back and
   * pg-boss runs the job again. Only a crash between the SMTP server's "250 OK" and the commit can
   * send twice; the stable Message-ID lets a receiving server drop that duplicate.
   */
  return async function deliver(mailId: string): Promise<void> {
    await orm.em.fork().transactional(async (tx) => {
      const mail = await tx.findOne(
        OutboxMail,
        { id: mailId, status: { $in: [MailStatus.QUEUED, MailStatus.RETRYING] } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!mail) return;
      if (!transport) {
        mail.status = MailStatus.CAPTURED;
        // The address stays out of the log; the outbox shows it to admins.
        logger.info({ mailId: mail.id, subject: mail.subject }, "no SMTP_URL: mail kept in the outbox (Settings → Outbox)");
        return;
      }
      mail.attempts += 1;
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
          messageId: `<${mail.id}@${messageIdHost}>`,
        });
        mail.status = MailStatus.SENT;
        metrics?.mails.inc({ outcome: "sent" });
        mail.sentAt = new Date();
        mail.lastError = null;
        // Delivered: the address works, so earlier hard failures no longer count.
        if (mail.recipient) await tx.nativeUpdate(Member, { id: mail.recipient.id, email: mail.toAddress }, { mailHardBounces: 0 });
      } catch (error) {
        mail.lastError = describe(error);
        if (isHardFailure(error)) {
          mail.status = MailStatus.FAILED;
          metrics?.mails.inc({ outcome: "failed" });
          await recordHardBounce(tx, mail);
        } else if (mail.attempts < MAX_MAIL_ATTEMPTS) {
          mail.status = MailStatus.RETRYING;
          await queue.enqueue(tx, "mail.send", { mailId }, { startAfterSeconds: retryDelaySeconds(mail.attempts - 1, config.mailRetryBaseMs) });
        } else {
          mail.status = MailStatus.FAILED;
          metrics?.mails.inc({ outcome: "failed" });
        }
      }
    });
  };
}

/** Starts the mail worker of this process; every process on the database may run one. */
export async function startMailWorker(deps: { orm: MikroORM; queue: JobQueue; config: Config; metrics: Metrics | null }): Promise<Transporter | null> {
  const transport = deps.config.smtpUrl
    ? // Short timeouts: a send holds its outbox row locked, and a silent server is retried like a down one.
      nodemailer.createTransport({ url: deps.config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
    : null;
  const deliver = mailDelivery({ ...deps, transport });
  await deps.queue.work("mail.send", (data) => deliver(data.mailId));
  return transport;
}
