import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { SECTION_ID_PREFIX } from "./input-rules.js";

const marked = new Marked({ gfm: true, breaks: true, async: false });

/**
 * The one sanitizer configuration for everything members write, applied on the server so every
 * view (public, staff, e-mail, changelog) shows the same safe HTML. Formatting only: no style or
 * class attributes (a comment must not be able to cover the page), no scripts, handlers, frames,
 * forms or images, and links only to http(s) and mailto, opening with noopener nofollow ugc.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "target", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { target: "_blank", rel: "noopener nofollow ugc" }),
  },
};

/** Markdown as members typed it → HTML that is safe to insert into any page. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, SANITIZE);
}

/** A section of a document that others link to (a netiquette clause): its anchor and its heading's words. */
export interface Section {
  anchor: string;
  title: string;
}

/** A top-level `##` heading token, with the anchor `renderMarkdownWithSections` gives it. */
type SectionHeading = Tokens.Heading & { anchor?: string };

// The anchor is read off the token, so a heading only gets an id where sections were asked for.
marked.use({
  renderer: {
    heading(token: SectionHeading) {
      if (!token.anchor) return false;
      return `<h2 id="${SECTION_ID_PREFIX}${token.anchor}">${this.parser.parseInline(token.tokens)}</h2>\n`;
    },
  },
});

/** "1. Be kind" → "be-kind": the words in lower case, numbering and punctuation dropped; "" when none are left. */
function slugOf(title: string): string {
  const words = title.replace(/^\s*(§\s*)?\d+(\.\d+)*[.):]?\s+/u, "").toLowerCase();
  return words.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
}

/** The top-level `##` headings of `tokens`, each given an anchor unique in the document (a repeat gets "-2"). */
function anchorSections(tokens: readonly Token[]): { heading: SectionHeading; section: Section }[] {
  const taken = new Set<string>();
  return tokens
    .filter((token): token is SectionHeading => token.type === "heading" && (token as Tokens.Heading).depth === 2)
    .map((heading, index) => {
      const base = slugOf(textOf(heading.tokens).trim()) || `section-${index + 1}`;
      let anchor = base;
      for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
      taken.add(anchor);
      heading.anchor = anchor;
      return { heading, section: { anchor, title: textOf(heading.tokens).replace(/\s+/g, " ").trim() } };
    });
}

/** The sections of a document: its top-level `##` headings, in order. */
export function sectionsOf(source: string): Section[] {
  return anchorSections(marked.lexer(source)).map(({ section }) => section);
}

/**
 * `renderMarkdown` for a document with sections (the netiquette): each top-level `##` heading gets the
 * id SECTION_ID_PREFIX + its anchor, so a link can point at it. The sanitizer lets through exactly those
 * ids, on those headings: an id typed as raw HTML is dropped like any other attribute.
 */
export function renderMarkdownWithSections(source: string): string {
  const tokens = marked.lexer(source);
  const ids = new Set(anchorSections(tokens).map(({ section }) => `${SECTION_ID_PREFIX}${section.anchor}`));
  return sanitizeHtml(marked.parser(tokens), {
    ...SANITIZE,
    allowedAttributes: { ...SANITIZE.allowedAttributes, h2: ["id"] },
    transformTags: {
      ...SANITIZE.transformTags,
      h2: (tagName, attribs): sanitizeHtml.Tag => {
        const attributes: sanitizeHtml.Attributes = {};
        if (ids.delete(attribs.id ?? "")) attributes.id = attribs.id;
        return { tagName, attribs: attributes };
      },
    },
  });
}

/** The links a reader would see in `source`: counted in the rendered HTML, so Markdown, autolinks and raw `<a>` count alike. */
export function countLinks(source: string): number {
  return renderMarkdown(source).match(/<a\s/g)?.length ?? 0;
}

/** A URL from outside (a tracker's issue link) if it is http(s), else null: it becomes an href. */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return ["http:", "https:"].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** HTML made elsewhere (a mail in the outbox) → the same safe subset, for showing it inside a page. */
export function sanitizeForPage(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Block tokens whose text ends a phrase: the next block's words must not run into it. */
const BLOCKS = new Set(["paragraph", "heading", "code", "blockquote", "list_item"]);

function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((token): string => {
      if (token.type === "list") return (token as Tokens.List).items.map((item) => `${textOf(item.tokens)} `).join("");
      if (token.type === "table") {
        const table = token as Tokens.Table;
        return [...table.header, ...table.rows.flat()].map((cell) => `${textOf(cell.tokens)} `).join("");
      }
      if (["image", "html", "space", "hr", "br"].includes(token.type)) return " ";
      const inner = "tokens" in token && token.tokens?.length ? textOf(token.tokens) : "text" in token ? String(token.text) : "";
      return BLOCKS.has(token.type) ? `${inner} ` : inner;
    })
    .join("");
}

/** Markdown as members typed it → its words as plain text (no markup, no raw HTML), for excerpts. */
export function markdownToText(source: string): string {
  return textOf(marked.lexer(source)).replace(/\s+/g, " ").trim();
}
