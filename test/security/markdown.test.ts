/**
 * Member-written Markdown is rendered and sanitized once, on the server, for every view: what a
 * hostile author writes cannot style, script or restyle the page, and links cannot run code. Issue
 * URLs a tracker returns become links only when they are http(s).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/members/role.js";
import { recordObservation } from "../../server/trackers/tracker-sync.service.js";
import type { TrackerConnection } from "../../server/trackers/tracker-connection.entity.js";
import type { TrackerLink } from "../../server/trackers/tracker-link.entity.js";
import { TrackerKind } from "../../server/trackers/tracker-enums.js";
import { buildBoard, buildMember, type SignedInMember } from "../factories/index.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const HOSTILE = [
  `<div style="position:fixed;inset:0;z-index:9999;background:transparent">overlay</div>`,
  `<a href="javascript:alert(1)">click</a>`,
  `[md link](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)`,
  `<img src=x onerror="alert(4)">`,
  `<script>alert(5)</script>`,
  `<iframe src="https://evil.example"></iframe>`,
  `<svg onload="alert(6)"></svg>`,
  `<p class="admin-banner" onclick="alert(7)">styled</p>`,
  `<a href="https://example.com/ok" target="_self" rel="opener">fine link</a>`,
  "**bold** and `code`",
].join("\n\n");

/** Parses HTML the way a browser-less check can: every tag with its attributes. */
function tagsOf(html: string): { tag: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(([, tag, rest]) => ({
    tag: tag.toLowerCase(),
    attributes: Object.fromEntries([...rest.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name.toLowerCase(), value ?? ""])),
  }));
}

function expectSafe(html: string) {
  const tags = tagsOf(html);
  expect(tags.map((t) => t.tag).filter((tag) => ["script", "img", "iframe", "svg", "div", "style", "form"].includes(tag))).toEqual([]);
  for (const { tag, attributes } of tags) {
    for (const name of Object.keys(attributes)) expect(["href", "title", "target", "rel", "start"], `${tag}[${name}]`).toContain(name);
    if (tag === "a" && attributes.href !== undefined) {
      expect(attributes.href).toMatch(/^(https?:|mailto:)/);
      expect(attributes.rel).toBe("noopener nofollow ugc");
    }
  }
  expect(html).toContain("<strong>bold</strong>");
  expect(html).toContain('<a href="https://example.com/ok" target="_blank" rel="noopener nofollow ugc">fine link</a>');
}

let app: TestApp;
let author: SignedInMember;
let manager: SignedInMember;
beforeAll(async () => {
  app = await startTestApp();
  author = await buildMember(app);
  manager = await buildMember(app, { role: Role.MANAGER });
});
afterAll(() => app.close());

describe("Markdown rendered on the server", () => {
  it("sanitizes post bodies, bug details, comments, internal notes and public notes alike", async () => {
    const board = await buildBoard(app);
    const bug = { stepsToReproduce: HOSTILE, expected: HOSTILE, actual: HOSTILE, environment: "", severity: "LOW" };
    const { submitPost } = await author.client.ok(`mutation($input: SubmitPostInput!) { submitPost(input: $input) { id } }`, {
      input: { boardId: board.id, kind: "BUG", title: "Hostile markdown", body: HOSTILE, bug },
    });
    const postId = submitPost.id;
    await author.client.ok(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { postId, body: HOSTILE } });
    await manager.client.ok(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { postId, body: HOSTILE, internal: true } });
    await manager.client.ok(`mutation($id: ID!, $input: RequiredNoteInput!) { postUpdate(postId: $id, input: $input) { id } }`, { id: postId, input: { note: HOSTILE } });

    const { post } = await manager.client.ok(
      `query($id: ID!) { post(id: $id) { bodyHtml bug { stepsToReproduceHtml expectedHtml actualHtml } comments { bodyHtml } timeline { publicNoteHtml } } }`,
      { id: postId },
    );
    const rendered = [post.bodyHtml, post.bug.stepsToReproduceHtml, post.bug.expectedHtml, post.bug.actualHtml, ...post.comments.map((c: any) => c.bodyHtml), ...post.timeline.map((e: any) => e.publicNoteHtml).filter(Boolean)];
    expect(rendered).toHaveLength(7);
    for (const html of rendered) expectSafe(html);
  });
});

describe("issue URLs from trackers", () => {
  it.each([
    ["javascript:alert(document.cookie)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["not a url", null],
    ["https://acme.atlassian.net/browse/RT-1", "https://acme.atlassian.net/browse/RT-1"],
  ])("stores %s as %s", (issueUrl, stored) => {
    const link = { issueUrl: null, lastEventAt: null } as unknown as TrackerLink;
    const connection = { kind: TrackerKind.JIRA, statusMapping: {} } as unknown as TrackerConnection;
    recordObservation(connection, link, { issueId: "1", issueKey: "RT-1", issueUrl, state: null, occurredAt: new Date() } as never);
    expect(link.issueUrl).toBe(stored);
  });
});
