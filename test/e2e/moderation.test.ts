/**
 * Flags and the moderation queue in a real browser: a member flags a comment through the dialog (the
 * message a reason needs is asked for), their flag reaches the threshold and the comment gives way to
 * "Hidden after flags"; a moderator works the queue by keyboard (approve a held post, dismiss, hide
 * with a reason everyone then reads); an ambassador on a phone reviews held posts in German.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildComment, buildHeldPost, buildMember, buildPost, type SignedInMember } from "../factories/index.js";
import type { Role } from "../../server/members/role.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { PHONE, chromiumAvailable, ensureWebBuild, horizontalOverflow, launchBrowser, openContext, screenshot, seriousA11yViolations, SKIP_MESSAGE } from "./support/browser.js";

if (!chromiumAvailable) console.warn(SKIP_MESSAGE);

describe.skipIf(!chromiumAvailable)(chromiumAvailable ? "moderation in the browser" : `moderation in the browser (${SKIP_MESSAGE})`, () => {
  let app: TestApp;
  let browser: Browser;
  let moderator: SignedInMember;
  let author: SignedInMember;
  const errors: string[] = [];
  const sql = (query: string, params: unknown[] = []) => app.orm.em.fork().execute(query, params);

  /** Flags from members of their own, straight to the database (weight 1 each). */
  async function flagsOn(commentId: string, count: number) {
    for (let i = 0; i < count; i++) {
      const flagger = await buildMember(app, { trustLevel: 1 });
      await sql(`insert into flag (id, comment_id, flagger_id, reason, weight) values (gen_random_uuid(), ?, ?, 'SPAM', 1)`, [commentId, flagger.member.id]);
    }
  }

  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    moderator = await buildMember(app, { role: "MODERATOR" as Role, displayName: "Mo Moderator" });
    author = await buildMember(app, { displayName: "Sam Spammer" });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a member flags a comment; at the threshold it is hidden; a moderator works the queue by keyboard", async () => {
    const post = await buildPost(app, { author: moderator.member, title: "Dark mode for the dashboard" });
    const spam = await buildComment(app, { post, author: author.member, body: "Cheap watches at example.com" });
    const other = await buildComment(app, { post, author: author.member, body: "I disagree with this idea" });
    await buildHeldPost(app, { author: author.member, title: "Please approve me", since: new Date(Date.now() - 2 * 86_400_000) });
    await flagsOn(spam.id, 5);
    await flagsOn(other.id, 1);

    const member = await buildMember(app, { trustLevel: 1, displayName: "Fran Flagger" });
    const context = await openContext(browser, app, { errors, as: member.client });
    const page = await context.newPage();
    await page.goto(`${app.url}/posts/${post.id}`);
    const comment = page.getByRole("article", { name: "Sam Spammer" }).filter({ hasText: "Cheap watches" });
    await comment.getByRole("button", { name: "Flag" }).click();
    const dialog = page.getByRole("dialog", { name: "Flag this comment" });
    await dialog.getByLabel("Something else").check();
    await dialog.getByRole("button", { name: "Send flag" }).click();
    await dialog.getByRole("alert").getByText("Required").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "flag-dialog");
    await dialog.getByLabel("Message to the moderators (required)").fill("Advertising, nothing to do with the idea");
    await dialog.getByRole("button", { name: "Send flag" }).click();
    await page.getByText("Thanks: the moderators will look at it.").waitFor();
    // The sixth flag reached the threshold (6): the comment keeps its place, without its text.
    const hidden = page.getByRole("article", { name: "Sam Spammer" }).first();
    await hidden.getByText("Hidden after flags from the community, until a moderator reviews it.").waitFor();
    expect(await page.getByText("Cheap watches").count()).toBe(0);
    await hidden.getByText("Flagged").waitFor();
    await screenshot(page, "flag-hidden-comment");

    // The moderator: the badge counts what waits; the queue opens with the overdue held post first.
    const staff = await (await openContext(browser, app, { errors, as: moderator.client })).newPage();
    await staff.goto(`${app.url}/`);
    await staff.getByTestId("moderation-badge").click();
    await staff.getByRole("heading", { name: "Moderation" }).waitFor();
    await staff.getByTestId("moderation-summary").getByText("1 held (1 older than 24 hours), 2 flagged").waitFor();
    const first = staff.locator("#moderation-row-0");
    await first.getByText("Please approve me").waitFor();
    await first.getByText("Waiting more than 24 hours").waitFor();
    await staff.getByRole("complementary", { name: "Author’s history" }).getByText("Sam Spammer").waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await screenshot(staff, "moderation-queue");
    await first.focus();
    await staff.keyboard.press("a");
    await staff.getByText("Done.").first().waitFor();
    await staff.locator("#moderation-row-0").getByText("Cheap watches").waitFor();
    // j to the other comment, d dismisses its flag.
    await staff.keyboard.press("j");
    await staff.locator("#moderation-row-1[aria-current='true']").getByText("I disagree with this idea").waitFor();
    await staff.keyboard.press("d");
    await staff.locator("#moderation-row-1").waitFor({ state: "detached" });
    // h on the hidden comment asks for the reason everyone will read.
    await staff.locator("#moderation-row-0").focus();
    await staff.keyboard.press("h");
    await staff.getByLabel("Reason shown in its place").fill("Advertising");
    await staff.locator("#moderation-row-0").getByRole("button", { name: "Hide" }).click();
    await staff.getByText("Nothing waits for moderators.").waitFor();

    await page.reload();
    await page.getByText("Hidden by moderators: Advertising").waitFor();
    expect(await sql(`select action from audit_entry order by created_at`)).toEqual([{ action: "APPROVE_POST" }, { action: "RESOLVE_FLAGS" }, { action: "HIDE_CONTENT" }]);
    expect(errors).toEqual([]);
  });

  it("an ambassador on a phone, in German, approves a held post and sees nothing else of the queue", async () => {
    const ambassador = await buildMember(app, { role: "AMBASSADOR" as Role });
    await buildHeldPost(app, { author: author.member, title: "Bitte freigeben" });
    const other = await buildPost(app, { author: moderator.member });
    const flagged = await buildComment(app, { post: other, author: author.member, body: "Gemeldeter Kommentar" });
    await flagsOn(flagged.id, 1);

    const page = await (await openContext(browser, app, { errors, as: ambassador.client, viewport: PHONE, locale: "de-DE" })).newPage();
    await page.goto(`${app.url}/moderation`);
    const row = page.locator("#moderation-row-0");
    await row.getByText("Bitte freigeben").waitFor();
    await row.getByText("Wartet auf Freigabe").waitFor();
    expect(await page.getByText("Gemeldeter Kommentar").count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, "moderation-ambassador-phone");
    await row.getByRole("button", { name: "Freigeben" }).click();
    await page.getByText("Nichts wartet auf das Moderationsteam.").waitFor();
    expect(errors).toEqual([]);
  });
});
