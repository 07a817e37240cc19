import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
import type { JobQueue } from "../jobs/queue.js";
import { MailCategory } from "../mail/mail-enums.js";
import { queueMail } from "../mail/mail.service.js";
import type { Language } from "../members/language.js";
import { Member } from "../members/member.entity.js";
import { EmailCadence, type NotificationCategory } from "./notification-category.js";
import { notificationMail, type MailedNotification } from "./notification-mail-templates.js";
import { unsubscribeHeaders, unsubscribeUrl, unsubscribeToken } from "./unsubscribe.js";

export type MailKind = "batch" | EmailCadence.DAILY | EmailCadence.WEEKLY;

/**
 * Mails one member everything still pending for them, as one mail, and marks it sent in the same
 * transaction. Rows are locked with SKIP LOCKED, so two jobs or two server processes never mail the
 * same notification twice; the mail itself goes out through the outbox's own retried job.
 */
async function mailPendingOf(orm: MikroORM, queue: JobQueue, config: Config, memberId: string, kind: MailKind): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    const rows: (MailedNotification & { id: string; category: NotificationCategory })[] = await tx.execute(
      `select n.id, n.kind, n.category, n.excerpt, n.created_at, n.post_id, n.changelog_entry_id, coalesce(p.title, e.title) as title,
              a.display_name as actor, st.name_en as status_en, st.name_de as status_de
       from notification n
       left join post p on p.id = n.post_id
       left join changelog_entry e on e.id = n.changelog_entry_id
       left join member a on a.id = n.actor_id
       left join post_status st on st.key = n.to_status
       where n.id in (select id from notification where recipient_id = ? and mail = 'PENDING' order by created_at for update skip locked)
       order by n.created_at, n.id`,
      [memberId],
    );
    if (rows.length === 0) return false;
    const member = await tx.findOneOrFail(Member, { id: memberId });
    const categories = [...new Set(rows.map((row) => row.category))];
    const token = await unsubscribeToken(config, member.id, categories);
    const links = { publicUrl: config.publicUrl, preferencesUrl: `${config.publicUrl}/settings/notifications`, unsubscribeUrl: unsubscribeUrl(config, token) };
    const mail = await queueMail(tx, queue, {
      recipient: member,
      category: MailCategory.NOTIFICATION,
      template: kind === "batch" ? "notifications" : `digest-${kind.toLowerCase()}`,
      render: (language: Language) => notificationMail(language, { name: member.displayName, kind, notifications: rows, links }),
      headers: await unsubscribeHeaders(config, member.id, categories),
    });
    await tx.execute(`update notification set mail = 'SENT', mail_id = ? where id in (?)`, [mail.id, rows.map((row) => row.id)]);
    return true;
  });
}

/** Members whose first pending instant notification is older than the batch window, a page at a time. */
function dueForBatch(em: EntityManager, config: Config): Promise<{ recipient_id: string }[]> {
  return em.execute(
    `select n.recipient_id from notification n
     left join notification_settings s on s.member_id = n.recipient_id
     where n.mail = 'PENDING' and coalesce(s.email_cadence, 'INSTANT') = 'INSTANT'
     group by n.recipient_id
     having min(n.created_at) <= now() - make_interval(secs => ?)
     limit 500`,
    [config.mailBatchSeconds],
  );
}

/** Sends every instant batch whose window has closed; returns how many mails were queued. */
export async function sendDueBatches(orm: MikroORM, queue: JobQueue, config: Config): Promise<number> {
  let sent = 0;
  for (;;) {
    const due = await dueForBatch(orm.em.fork(), config);
    let progressed = false;
    for (const { recipient_id } of due) {
      if (await mailPendingOf(orm, queue, config, recipient_id, "batch")) {
        sent++;
        progressed = true;
      }
    }
    // Rows another process holds are skipped here and mailed there: stop once nothing moved.
    if (due.length < 500 || !progressed) return sent;
  }
}

/**
 * Sends the digests due at `now`: daily ones at the member's digest hour in their time zone, weekly
 * ones at that hour on Mondays. A digest with nothing in it is not sent (there is no row to mail).
 */
export async function sendDueDigests(orm: MikroORM, queue: JobQueue, config: Config, now = new Date()): Promise<number> {
  const due: { recipient_id: string; email_cadence: EmailCadence.DAILY | EmailCadence.WEEKLY }[] = await orm.em.fork().execute(
    `select distinct n.recipient_id, s.email_cadence from notification n
     join notification_settings s on s.member_id = n.recipient_id
     where n.mail = 'PENDING' and s.email_cadence in ('DAILY', 'WEEKLY')
       and extract(hour from (?::timestamptz at time zone s.time_zone)) = s.digest_hour
       and (s.email_cadence = 'DAILY' or extract(isodow from (?::timestamptz at time zone s.time_zone)) = 1)`,
    [now, now],
  );
  let sent = 0;
  for (const { recipient_id, email_cadence } of due) {
    if (await mailPendingOf(orm, queue, config, recipient_id, email_cadence)) sent++;
  }
  return sent;
}

export async function startNotificationMailWorkers(deps: { orm: MikroORM; queue: JobQueue; config: Config }): Promise<void> {
  const { orm, queue, config } = deps;
  await queue.work("notifications.send-batches", async () => {
    await sendDueBatches(orm, queue, config);
  });
  await queue.work("notifications.send-digests", async () => {
    await sendDueDigests(orm, queue, config);
  });
  // Every hour on the hour: each member's digest hour comes round once a day in their own zone.
  await queue.boss.schedule("notifications.send-digests", "0 * * * *");
}
