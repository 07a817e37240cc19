import type { EntityManager } from "@mikro-orm/postgresql";
import type { JobQueue } from "../jobs/queue.js";
import type { Language } from "../members/language.js";
import type { Member } from "../members/member.entity.js";
import { MailCategory, MailStatus } from "./mail-enums.js";
import { OutboxMail } from "./outbox-mail.entity.js";
import type { RenderedMail } from "./templates.js";

export interface MailToQueue {
  recipient: Member;
  /** Defaults to the member's address; a new address waiting for confirmation differs. */
  to?: string;
  category: MailCategory;
  template: string;
  /** Rendered in the recipient's language. */
  render: (language: Language) => RenderedMail;
  /** Extra headers (List-Unsubscribe, …). */
  headers?: Record<string, string>;
  /** The one mail that still goes to an address that bounced: the link that proves it works again. */
  evenIfBouncing?: boolean;
}

/** Whether `mail` may go to its address now: notifications need a verified address, nothing goes to one that bounces. */
function mayDeliver(mail: MailToQueue, to: string): boolean {
  if (mail.category === MailCategory.NOTIFICATION && !mail.recipient.emailVerifiedAt) return false;
  const bouncing = !!mail.recipient.mailSuppressedAt && to === mail.recipient.email;
  return !bouncing || !!mail.evenIfBouncing;
}

/**
 * Writes a mail to the outbox and queues its delivery inside `tx`'s transaction (call it from
 * within `em.transactional`): rolled back, no mail; committed, it is delivered even after a crash.
 */
export async function queueMail(tx: EntityManager, queue: JobQueue, mail: MailToQueue): Promise<OutboxMail> {
  const to = mail.to ?? mail.recipient.email;
  const language = mail.recipient.language;
  const deliver = mayDeliver(mail, to);
  const row = tx.create(OutboxMail, {
    recipient: mail.recipient,
    toAddress: to,
    category: mail.category,
    template: mail.template,
    language,
    ...mail.render(language),
    headers: mail.headers ?? {},
    status: deliver ? MailStatus.QUEUED : MailStatus.SUPPRESSED,
  });
  await tx.flush();
  if (deliver) await queue.enqueue(tx, "mail.send", { mailId: row.id });
  return row;
}

/** The outbox, newest first, for staff. */
export async function outboxPage(em: EntityManager, offset: number, first: number): Promise<{ mails: OutboxMail[]; totalCount: number }> {
  const [mails, totalCount] = await em.findAndCount(OutboxMail, {}, { orderBy: { createdAt: "desc", id: "desc" }, offset, limit: first, populate: ["recipient"] });
  return { mails, totalCount };
}
