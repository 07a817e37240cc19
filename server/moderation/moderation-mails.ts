import { Language } from "../members/language.js";
import { layout, type RenderedMail } from "../mail/templates.js";
import { ContentKind } from "./flag.service.js";

/** What the moderation queue did to a member's post or comment, as its mail tells them. */
export enum ModerationOutcome {
  HIDDEN = "HIDDEN",
  RESTORED = "RESTORED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  DELETED = "DELETED",
  /** Flags dismissed: nothing changes for the author, yet moderators may still want to say something. */
  KEPT = "KEPT",
}

export interface ModerationMailParams {
  name: string;
  kind: ContentKind;
  outcome: ModerationOutcome;
  /** The post's title (a comment's post). */
  title: string;
  /** The moderators' words to the author. */
  message: string;
  /** Why it was hidden, when it was (shown in its place). */
  reason: string | null;
  url: string;
}

const EN = (p: ModerationMailParams): RenderedMail => {
  const what = p.kind === ContentKind.POST ? `your post “${p.title}”` : `your comment on “${p.title}”`;
  const done = {
    [ModerationOutcome.HIDDEN]: `The moderators hid ${what}.`,
    [ModerationOutcome.RESTORED]: `The moderators restored ${what}: everyone sees it again.`,
    [ModerationOutcome.APPROVED]: `The moderators approved ${what}: it is now public.`,
    [ModerationOutcome.REJECTED]: `The moderators did not approve ${what}.`,
    [ModerationOutcome.DELETED]: `The moderators deleted ${what}.`,
    [ModerationOutcome.KEPT]: `The moderators looked at ${what} after it was flagged, and it stays as it is.`,
  }[p.outcome];
  return layout(Language.EN, {
    subject: "A message from the moderators",
    greeting: `Hi ${p.name},`,
    paragraphs: [done, ...(p.reason ? [`Reason: ${p.reason}`] : []), `Their message: ${p.message}`],
    action: { label: "Open it", url: p.url },
  });
};

const DE = (p: ModerationMailParams): RenderedMail => {
  const what = p.kind === ContentKind.POST ? `deinen Beitrag „${p.title}“` : `deinen Kommentar zu „${p.title}“`;
  const done = {
    [ModerationOutcome.HIDDEN]: `das Moderationsteam hat ${what} ausgeblendet.`,
    [ModerationOutcome.RESTORED]: `das Moderationsteam hat ${what} wiederhergestellt: Alle sehen ihn wieder.`,
    [ModerationOutcome.APPROVED]: `das Moderationsteam hat ${what} freigegeben: Er ist jetzt öffentlich.`,
    [ModerationOutcome.REJECTED]: `das Moderationsteam hat ${what} nicht freigegeben.`,
    [ModerationOutcome.DELETED]: `das Moderationsteam hat ${what} gelöscht.`,
    [ModerationOutcome.KEPT]: `das Moderationsteam hat sich ${what} nach einer Meldung angesehen; er bleibt, wie er ist.`,
  }[p.outcome];
  return layout(Language.DE, {
    subject: "Eine Nachricht vom Moderationsteam",
    greeting: `Hallo ${p.name},`,
    paragraphs: [done, ...(p.reason ? [`Grund: ${p.reason}`] : []), `Die Nachricht: ${p.message}`],
    action: { label: "Öffnen", url: p.url },
  });
};

export function renderModerationMail(language: Language, params: ModerationMailParams): RenderedMail {
  return (language === Language.DE ? DE : EN)(params);
}
