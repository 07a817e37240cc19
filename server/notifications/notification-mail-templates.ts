import { Language } from "../members/language.js";
import { layout, type MailItem, type RenderedMail } from "../mail/templates.js";
import { EmailCadence } from "./notification-category.js";
import { NotificationKind } from "./notification.entity.js";

/** One notification as the mail reads it (notification-mail.ts selects these columns). */
export interface MailedNotification {
  kind: NotificationKind;
  excerpt: string | null;
  post_id: string | null;
  changelog_entry_id: string | null;
  /** The post's title, or the changelog entry's. */
  title: string;
  actor: string | null;
  status_en: string | null;
  status_de: string | null;
}

export interface NotificationMailInput {
  name: string;
  kind: "batch" | EmailCadence.DAILY | EmailCadence.WEEKLY;
  notifications: MailedNotification[];
  links: { publicUrl: string; preferencesUrl: string; unsubscribeUrl: string };
}

interface Words {
  item: Record<NotificationKind, (n: MailedNotification) => string>;
  /** The subject of a mail that tells one thing. */
  single: Record<NotificationKind, (n: MailedNotification) => string>;
  several: (count: number) => string;
  digest: Record<EmailCadence.DAILY | EmailCadence.WEEKLY, (count: number) => string>;
  greeting: (name: string) => string;
  intro: (count: number) => string;
  open: string;
  openEntry: string;
  someone: string;
  footer: string;
  preferences: string;
  unsubscribe: string;
}

const EN: Words = {
  item: {
    [NotificationKind.STATUS_CHANGED]: (n) => `“${n.title}” is now ${n.status_en}.`,
    [NotificationKind.MERGED]: (n) => `“${n.title}” was merged into another post; its votes and followers moved there.`,
    [NotificationKind.OFFICIAL_UPDATE]: (n) => `${n.actor ?? EN.someone} posted an update on “${n.title}”.`,
    [NotificationKind.REPLY]: (n) => `${n.actor ?? EN.someone} replied to your comment on “${n.title}”.`,
    [NotificationKind.COMMENT]: (n) => `${n.actor ?? EN.someone} commented on “${n.title}”.`,
    [NotificationKind.NEW_POST]: (n) => `New post in a board you watch: “${n.title}”.`,
    [NotificationKind.CHANGELOG_PUBLISHED]: (n) => `New in the changelog: “${n.title}”.`,
  },
  single: {
    [NotificationKind.STATUS_CHANGED]: (n) => `${n.status_en}: ${n.title}`,
    [NotificationKind.MERGED]: (n) => `Merged: ${n.title}`,
    [NotificationKind.OFFICIAL_UPDATE]: (n) => `Update on “${n.title}”`,
    [NotificationKind.REPLY]: (n) => `${n.actor ?? EN.someone} replied to you on “${n.title}”`,
    [NotificationKind.COMMENT]: (n) => `New comment on “${n.title}”`,
    [NotificationKind.NEW_POST]: (n) => `New post: ${n.title}`,
    [NotificationKind.CHANGELOG_PUBLISHED]: (n) => `Shipped: ${n.title}`,
  },
  several: (count) => `${count} updates on posts you follow`,
  digest: {
    [EmailCadence.DAILY]: (count) => `Your daily digest: ${count} ${count === 1 ? "update" : "updates"}`,
    [EmailCadence.WEEKLY]: (count) => `Your weekly digest: ${count} ${count === 1 ? "update" : "updates"}`,
  },
  greeting: (name) => `Hi ${name},`,
  intro: (count) => (count === 1 ? "here is what happened on Roundtrip:" : `here are ${count} things that happened on Roundtrip:`),
  open: "Open the post",
  openEntry: "Read the announcement",
  someone: "Someone",
  footer: "You get this because you follow these posts or the changelog on Roundtrip.",
  preferences: "Choose what you receive",
  unsubscribe: "Stop these e-mails",
};

const DE: Words = {
  item: {
    [NotificationKind.STATUS_CHANGED]: (n) => `„${n.title}“ ist jetzt ${n.status_de}.`,
    [NotificationKind.MERGED]: (n) => `„${n.title}“ wurde mit einem anderen Beitrag zusammengeführt; Stimmen und Folgende sind umgezogen.`,
    [NotificationKind.OFFICIAL_UPDATE]: (n) => `${n.actor ?? DE.someone} hat ein Update zu „${n.title}“ geschrieben.`,
    [NotificationKind.REPLY]: (n) => `${n.actor ?? DE.someone} hat auf deinen Kommentar zu „${n.title}“ geantwortet.`,
    [NotificationKind.COMMENT]: (n) => `${n.actor ?? DE.someone} hat „${n.title}“ kommentiert.`,
    [NotificationKind.NEW_POST]: (n) => `Neuer Beitrag in einem Board, dem du folgst: „${n.title}“.`,
    [NotificationKind.CHANGELOG_PUBLISHED]: (n) => `Neu im Changelog: „${n.title}“.`,
  },
  single: {
    [NotificationKind.STATUS_CHANGED]: (n) => `${n.status_de}: ${n.title}`,
    [NotificationKind.MERGED]: (n) => `Zusammengeführt: ${n.title}`,
    [NotificationKind.OFFICIAL_UPDATE]: (n) => `Update zu „${n.title}“`,
    [NotificationKind.REPLY]: (n) => `${n.actor ?? DE.someone} hat dir zu „${n.title}“ geantwortet`,
    [NotificationKind.COMMENT]: (n) => `Neuer Kommentar zu „${n.title}“`,
    [NotificationKind.NEW_POST]: (n) => `Neuer Beitrag: ${n.title}`,
    [NotificationKind.CHANGELOG_PUBLISHED]: (n) => `Veröffentlicht: ${n.title}`,
  },
  several: (count) => `${count} Neuigkeiten zu Beiträgen, denen du folgst`,
  digest: {
    [EmailCadence.DAILY]: (count) => `Deine tägliche Zusammenfassung: ${count} ${count === 1 ? "Neuigkeit" : "Neuigkeiten"}`,
    [EmailCadence.WEEKLY]: (count) => `Deine wöchentliche Zusammenfassung: ${count} ${count === 1 ? "Neuigkeit" : "Neuigkeiten"}`,
  },
  greeting: (name) => `Hallo ${name},`,
  intro: (count) => (count === 1 ? "das ist auf Roundtrip passiert:" : `das sind ${count} Neuigkeiten von Roundtrip:`),
  open: "Beitrag öffnen",
  openEntry: "Ankündigung lesen",
  someone: "Jemand",
  footer: "Du erhältst diese E-Mail, weil du diesen Beiträgen oder dem Changelog auf Roundtrip folgst.",
  preferences: "Einstellen, was du bekommst",
  unsubscribe: "Diese E-Mails abbestellen",
};

const WORDS: Record<Language, Words> = { [Language.EN]: EN, [Language.DE]: DE };

/** A batch of instant notifications or a digest, in the member's language. */
export function notificationMail(language: Language, input: NotificationMailInput): RenderedMail {
  const words = WORDS[language];
  const { notifications, links } = input;
  const count = notifications.length;
  const subject =
    input.kind !== "batch" ? words.digest[input.kind](count) : count === 1 ? words.single[notifications[0].kind](notifications[0]) : words.several(count);
  const items: MailItem[] = notifications.map((notification) => ({
    text: words.item[notification.kind](notification),
    quote: notification.excerpt,
    link: notification.changelog_entry_id
      ? { label: words.openEntry, url: `${links.publicUrl}/changelog/${notification.changelog_entry_id}` }
      : { label: words.open, url: `${links.publicUrl}/posts/${notification.post_id}` },
  }));
  return layout(language, {
    subject,
    greeting: words.greeting(input.name),
    paragraphs: [words.intro(count)],
    items,
    footer: { text: `${words.footer} ${words.unsubscribe}: ${links.unsubscribeUrl}`, link: { label: words.preferences, url: links.preferencesUrl } },
  });
}
