import { describe, expect, it } from "vitest";
import { excerptOf } from "../../server/notifications/fan-out.js";
import { markdownToText } from "../../server/shared/markdown.js";

describe("markdown as plain text (notification excerpts)", () => {
  it("keeps the words and drops the markup, raw HTML and images", () => {
    const source = "## Beta\n\n**Beta** is _out_: see [the docs](https://example.com) and `npm i`.\n\n- one\n- two\n\n<script>alert(1)</script>![logo](x.png)\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |";
    expect(markdownToText(source)).toBe("Beta Beta is out: see the docs and npm i. one two quoted a b c d");
  });

  it("an excerpt is the start of that text, cut with an ellipsis", () => {
    expect(excerptOf("**Shipped** today\n\nThanks all")).toBe("Shipped today Thanks all");
    expect(excerptOf(`**${"word ".repeat(60).trim()}**`, 20)).toBe("word word word word…");
    expect(excerptOf("   ")).toBeNull();
    expect(excerptOf(null)).toBeNull();
  });
});
