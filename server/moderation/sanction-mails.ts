import { Language } from "../members/language.js";
import { layout, type RenderedMail } from "../mail/templates.js";
import { SanctionKind } from "./sanction.entity.js";

export interface SanctionMailParams {
  name: string;
  kind: SanctionKind;
  reason: string;
  /** The netiquette clause a warning cites: its heading's words and where to read it. */
  clause: { title: string; url: string } | null;
  /** null: a warning, or a permanent suspension. */
  endsAt: Date | null;
}

/** Mails name the end in UTC: a sanction's end is one moment for everyone. */
const when = (language: Language, date: Date) =>
  `${new Intl.DateTimeFormat(language === Language.DE ? "de-DE" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;

const EN = ({ name, kind, reason, clause, endsAt }: SanctionMailParams): RenderedMail => {
  const cited = clause ? [`It concerns the community guidelines, section “${clause.title}”.`] : [];
  const action = clause ? { action: { label: "Read the section", url: clause.url } } : {};
  const content = {
    [SanctionKind.WARN]: {
      subject: "A warning from the community team",
      paragraphs: [`The community team sent you a warning: ${reason}`, ...cited, "Nothing about your account changes; please keep it in mind when you next write."],
    },
    [SanctionKind.SILENCE]: {
      subject: "You cannot post or comment for a while",
      paragraphs: [`The community team has silenced your account until ${endsAt && when(Language.EN, endsAt)}. Until then you can read, vote and follow posts, but not write posts or comments.`, `Reason: ${reason}`, ...cited],
    },
    [SanctionKind.SUSPEND]: {
      subject: "Your account is suspended",
      paragraphs: [
        endsAt ? `The community team has suspended your account until ${when(Language.EN, endsAt)}. Until then you cannot sign in.` : "The community team has suspended your account permanently. You can no longer sign in.",
        `Reason: ${reason}`,
        ...cited,
      ],
    },
  }[kind];
  return layout(Language.EN, { ...content, ...action, greeting: `Hi ${name},` });
};

const DE = ({ name, kind, reason, clause, endsAt }: SanctionMailParams): RenderedMail => {
  const cited = clause ? [`Es geht um den Abschnitt „${clause.title}“ der Community-Richtlinien.`] : [];
  const action = clause ? { action: { label: "Abschnitt lesen", url: clause.url } } : {};
  const content = {
    [SanctionKind.WARN]: {
      subject: "Eine Verwarnung vom Community-Team",
      paragraphs: [`das Community-Team hat dich verwarnt: ${reason}`, ...cited, "An deinem Konto ändert sich nichts; bitte denk daran, wenn du das nächste Mal schreibst."],
    },
    [SanctionKind.SILENCE]: {
      subject: "Du kannst eine Weile nichts posten oder kommentieren",
      paragraphs: [`das Community-Team hat dein Konto bis ${endsAt && when(Language.DE, endsAt)} stummgeschaltet. Bis dahin kannst du lesen, abstimmen und Beiträgen folgen, aber keine Beiträge oder Kommentare schreiben.`, `Grund: ${reason}`, ...cited],
    },
    [SanctionKind.SUSPEND]: {
      subject: "Dein Konto ist gesperrt",
      paragraphs: [
        endsAt ? `das Community-Team hat dein Konto bis ${when(Language.DE, endsAt)} gesperrt. Bis dahin kannst du dich nicht anmelden.` : "das Community-Team hat dein Konto dauerhaft gesperrt. Du kannst dich nicht mehr anmelden.",
        `Grund: ${reason}`,
        ...cited,
      ],
    },
  }[kind];
  return layout(Language.DE, { ...content, ...action, greeting: `Hallo ${name},` });
};

export function renderSanctionMail(language: Language, params: SanctionMailParams): RenderedMail {
  return (language === Language.DE ? DE : EN)(params);
}
