import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

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
