import { Language } from "./language.js";
import { layout, type RenderedMail } from "../mail/templates.js";

/** The account mails in each language, as the mail pipeline's templates. */
export interface AccountMailParams {
  "verify-email": { name: string; url: string; hours: number };
  "reset-password": { name: string; url: string; minutes: number };
  "confirm-new-email": { name: string; url: string; newEmail: string; hours: number };
  "email-changed": { name: string; newEmail: string };
  "password-changed": { name: string };
}
export type AccountMailTemplate = keyof AccountMailParams;

type Templates = { [T in AccountMailTemplate]: (params: AccountMailParams[T]) => RenderedMail };

const EN: Templates = {
  "verify-email": ({ name, url, hours }) =>
    layout(Language.EN, {
      subject: "Confirm your e-mail address",
      greeting: `Hi ${name},`,
      paragraphs: [`Please confirm that this is your address, so Roundtrip can tell you when something you care about changes. The link works for ${hours} hours.`],
      action: { label: "Confirm my address", url },
    }),
  "reset-password": ({ name, url, minutes }) =>
    layout(Language.EN, {
      subject: "Reset your password",
      greeting: `Hi ${name},`,
      paragraphs: [`Someone asked to reset the password of your Roundtrip account. The link works once, for ${minutes} minutes; afterwards every device is signed out.`],
      action: { label: "Choose a new password", url },
    }),
  "confirm-new-email": ({ name, url, newEmail, hours }) =>
    layout(Language.EN, {
      subject: "Confirm your new e-mail address",
      greeting: `Hi ${name},`,
      paragraphs: [`Please confirm that ${newEmail} is your new address for Roundtrip. Until you do, mail keeps going to the old one. The link works for ${hours} hours.`],
      action: { label: "Confirm my new address", url },
    }),
  "email-changed": ({ name, newEmail }) =>
    layout(Language.EN, {
      subject: "Your e-mail address was changed",
      greeting: `Hi ${name},`,
      paragraphs: [`The address of your Roundtrip account is now ${newEmail}; this address gets no more mail from us. If you did not do this, reply to this mail or contact the community team right away.`],
    }),
  "password-changed": ({ name }) =>
    layout(Language.EN, {
      subject: "Your password was changed",
      greeting: `Hi ${name},`,
      paragraphs: ["The password of your Roundtrip account was just changed, and your other devices were signed out. If you did not do this, reset your password right away."],
    }),
};

const DE: Templates = {
  "verify-email": ({ name, url, hours }) =>
    layout(Language.DE, {
      subject: "Bestätige deine E-Mail-Adresse",
      greeting: `Hallo ${name},`,
      paragraphs: [`bitte bestätige, dass dies deine Adresse ist, damit Roundtrip dir Bescheid geben kann, wenn sich etwas ändert, das dich interessiert. Der Link gilt ${hours} Stunden.`],
      action: { label: "Adresse bestätigen", url },
    }),
  "reset-password": ({ name, url, minutes }) =>
    layout(Language.DE, {
      subject: "Setze dein Passwort zurück",
      greeting: `Hallo ${name},`,
      paragraphs: [`jemand möchte das Passwort deines Roundtrip-Kontos zurücksetzen. Der Link funktioniert einmal und ${minutes} Minuten lang; danach wirst du auf allen Geräten abgemeldet.`],
      action: { label: "Neues Passwort wählen", url },
    }),
  "confirm-new-email": ({ name, url, newEmail, hours }) =>
    layout(Language.DE, {
      subject: "Bestätige deine neue E-Mail-Adresse",
      greeting: `Hallo ${name},`,
      paragraphs: [`bitte bestätige, dass ${newEmail} deine neue Adresse bei Roundtrip ist. Bis dahin geht E-Mail weiter an die alte. Der Link gilt ${hours} Stunden.`],
      action: { label: "Neue Adresse bestätigen", url },
    }),
  "email-changed": ({ name, newEmail }) =>
    layout(Language.DE, {
      subject: "Deine E-Mail-Adresse wurde geändert",
      greeting: `Hallo ${name},`,
      paragraphs: [`die Adresse deines Roundtrip-Kontos ist jetzt ${newEmail}; an diese Adresse schicken wir nichts mehr. Wenn du das nicht warst, antworte auf diese E-Mail oder melde dich sofort beim Community-Team.`],
    }),
  "password-changed": ({ name }) =>
    layout(Language.DE, {
      subject: "Dein Passwort wurde geändert",
      greeting: `Hallo ${name},`,
      paragraphs: ["das Passwort deines Roundtrip-Kontos wurde eben geändert, und deine anderen Geräte wurden abgemeldet. Wenn du das nicht warst, setze dein Passwort sofort zurück."],
    }),
};

const TEMPLATES: Record<Language, Templates> = { [Language.EN]: EN, [Language.DE]: DE };

export function renderAccountMail<T extends AccountMailTemplate>(template: T, language: Language, params: AccountMailParams[T]): RenderedMail {
  return TEMPLATES[language][template](params);
}
