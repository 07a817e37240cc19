import { Language } from "../members/language.js";

/**
 * Why a tiny tagged template and no MJML or Handlebars: account mails are one short layout (a
 * greeting, a paragraph, a button, a footer), and `html\`…\`` escapes every interpolation unless it
 * is itself `html`, so escaping cannot be forgotten, with no template language to learn.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]);

class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type HtmlPart = string | number | Html | readonly Html[];

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  const escaped = (part: HtmlPart): string =>
    part instanceof Html ? part.value : Array.isArray(part) ? part.map(escaped).join("") : escapeHtml(String(part));
  return new Html(strings.reduce((out, text, index) => out + text + (index < parts.length ? escaped(parts[index]) : ""), ""));
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** One thing a notification mail tells, with the link to where it happened. */
export interface MailItem {
  text: string;
  /** The start of the note or comment, quoted below the text. */
  quote?: string | null;
  link: { label: string; url: string };
}

/** What one mail says: its paragraphs, the items it reports, and, when it asks the reader to act, one link. */
interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  items?: MailItem[];
  action?: { label: string; url: string };
  /** Why the reader gets it, and where to change that; account mails say the default. */
  footer?: { text: string; link?: { label: string; url: string } };
}

const FOOTER: Record<Language, string> = {
  [Language.EN]: "You get this mail because of your account at Roundtrip. If you did not ask for it, you can ignore it.",
  [Language.DE]: "Du erhältst diese E-Mail wegen deines Kontos bei Roundtrip. Wenn du sie nicht angefordert hast, kannst du sie ignorieren.",
};

/** The one layout: the same words in the text part and the HTML part. */
export function layout(language: Language, content: MailContent): RenderedMail {
  const { subject, greeting, paragraphs, action, items = [] } = content;
  const footer = content.footer ?? { text: FOOTER[language] };
  const text = [
    greeting,
    ...paragraphs,
    ...items.map((item) => [item.text, ...(item.quote ? [`> ${item.quote}`] : []), `${item.link.label}: ${item.link.url}`].join("\n")),
    ...(action ? [`${action.label}: ${action.url}`] : []),
    "--",
    [footer.text, ...(footer.link ? [`${footer.link.label}: ${footer.link.url}`] : [])].join("\n"),
  ].join("\n\n");
  const body = html`<!doctype html>
<html lang="${language.toLowerCase()}"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; max-width: 560px; margin: 0 auto; padding: 24px;">
<p>${greeting}</p>
${paragraphs.map((paragraph) => html`<p>${paragraph}</p>\n`)}
${items.map((item) => html`<div style="border-left: 3px solid #d1d9e0; padding: 4px 12px; margin: 16px 0;">
<p style="margin: 0 0 6px;">${item.text}</p>
${item.quote ? html`<p style="margin: 0 0 6px; color: #59636e;">${item.quote}</p>` : ""}
<p style="margin: 0;"><a href="${item.link.url}" style="color: #4f46e5;">${item.link.label}</a></p>
</div>\n`)}
${action ? html`<p><a href="${action.url}" style="display: inline-block; background: #4f46e5; color: #fff; padding: 10px 18px; border-radius: 6px; text-decoration: none;">${action.label}</a></p>
<p style="font-size: 13px; color: #59636e;">${action.url}</p>` : ""}
<hr style="border: 0; border-top: 1px solid #d1d9e0;">
<p style="font-size: 13px; color: #59636e;">${footer.text}${footer.link ? html` <a href="${footer.link.url}" style="color: #59636e;">${footer.link.label}</a>` : ""}</p>
</body></html>`;
  return { subject, text, html: body.value };
}
