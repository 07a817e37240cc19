import type { EntityManager } from "@mikro-orm/postgresql";
import { hash } from "@node-rs/argon2";
import { Comment, CommentVisibility } from "../comments/comment.entity.js";
import { Member } from "../members/member.entity.js";
import { NetiquetteAcceptance, NetiquetteVersion } from "../moderation/netiquette.entity.js";
import { Role } from "../members/role.js";
import { Follow, FollowLevel, FollowReason } from "../posts/follow.entity.js";
import { BugDetails, Post, UsabilityDetails } from "../posts/post.entity.js";
import { BugSeverity, PostKind } from "../posts/post-enums.js";
import { PostEvent, PostEventType } from "../timeline/post-event.entity.js";
import { Board } from "../boards/board.entity.js";
import { ChangelogCategory, ChangelogEntry, ChangelogEntryState } from "../changelog/changelog.entity.js";
import { addToWeeklyDraft } from "../changelog/weekly-draft.js";
import { DONE_INTERNALLY_STATUS } from "../posts/post-status.js";
import { Tag } from "../boards/tag.entity.js";
import { Vote } from "../votes/vote.entity.js";
import { refreshTrendingScores } from "../posts/trending.js";
import { seededRandom } from "./seeded-random.js";
import { Flag, FlagReason } from "../moderation/flag.entity.js";
import { ModerationState } from "../moderation/moderation-state.js";

export interface DemoCredential {
  role: string;
  email: string;
  password: string;
}

const DEMO_PASSWORD = "roundtrip-demo";

type Idea = [board: number, title: string, body: string];
type Bug = [board: number, title: string, steps: string, expected: string, actual: string, environment: string, severity: BugSeverity];
type Usability = [board: number, title: string, location: string, goal: string, obstacle: string];

const IDEAS: Idea[] = [
  [0, "Dark mode for the mobile app", "Reading the app at night is hard on the eyes. A dark theme that follows the system setting would help."],
  [0, "Offline mode for saved lists", "On the train I lose connection; let me read my saved lists offline and sync later."],
  [1, "Export reports as CSV", "We paste numbers into spreadsheets every week. A CSV export of each report would save us an hour."],
  [1, "Keyboard shortcuts in the dashboard", "Power users would love j/k navigation and a command palette."],
  [2, "Webhooks for new orders", "We want to push new orders to our ERP without polling the API."],
  [2, "Official Python SDK", "Our data team works in Python; a maintained SDK would beat our hand-rolled client."],
  [0, "Widgets for the home screen", "A widget with today's numbers would save opening the app ten times a day."],
  [1, "Two-factor authentication with passkeys", "Passwords are a pain; passkeys would be safer and faster."],
  [1, "Shared team dashboards", "Let us share a dashboard with the whole team instead of sending screenshots."],
  [2, "Rate limit headers on every API response", "We need X-RateLimit-Remaining to back off before we hit the limit."],
  [0, "Apple Watch companion app", "Quick glance at notifications and approvals from the wrist."],
  [1, "Scheduled email digests", "A weekly summary of key metrics sent to stakeholders automatically."],
  [1, "Custom fields on customer profiles", "We track industry and contract tier; let us add our own fields."],
  [2, "GraphQL API", "A GraphQL endpoint would cut our number of requests in half."],
  [0, "Biometric login", "Unlock with Face ID or fingerprint instead of typing the password."],
  [1, "German translation of the dashboard", "Half of our team prefers German; a full translation would help adoption."],
  [2, "Sandbox environment for testing", "We need a sandbox with fake data to test integrations safely."],
  [1, "Bulk edit in tables", "Selecting 50 rows and changing a field at once would save lots of clicks."],
  [0, "Share a list via link", "Send a read-only link to a list to people without an account."],
  [2, "OAuth apps for third parties", "Let partners build integrations without sharing API keys."],
];

const BUGS: Bug[] = [
  [0, "App crashes when uploading a photo larger than 10 MB", "1. Open a project\n2. Tap Add photo\n3. Choose a 12 MB image", "The photo uploads or I get a clear size error", "The app closes immediately", "iOS 18.1, iPhone 15, app 4.2.0", BugSeverity.HIGH],
  [1, "CSV import silently skips rows with umlauts", "Import a CSV that contains 'Müller' in the name column", "All rows are imported", "Rows with ä, ö, ü are missing, no warning", "Chrome 131, Windows 11", BugSeverity.HIGH],
  [1, "Date picker shows the wrong week start", "Open any date picker with locale de-DE", "Weeks start on Monday", "Weeks start on Sunday", "Firefox 133, macOS", BugSeverity.LOW],
  [2, "API returns 500 for empty search query", "GET /v2/search?q=", "400 with a helpful message, or empty results", "500 Internal Server Error", "API v2", BugSeverity.MEDIUM],
  [0, "Push notifications arrive twice", "Enable notifications, get a new comment on your post", "One notification", "Two identical notifications within a second", "Android 15, Pixel 8", BugSeverity.MEDIUM],
  [1, "Logout does not end the session in other tabs", "Log in, open two tabs, log out in one", "The other tab asks to log in again", "The other tab keeps working", "Safari 18", BugSeverity.CRITICAL],
  [2, "Pagination cursor repeats items", "Page through /v2/orders with limit=50", "Every order exactly once", "Some orders appear on two pages", "API v2", BugSeverity.MEDIUM],
  [1, "Charts are blank after changing the time zone", "Change the account time zone, open Reports", "Charts show data for the new zone", "Charts are empty until a reload", "Chrome 131", BugSeverity.LOW],
  [0, "Text overlaps on small screens", "Open Settings on an iPhone SE", "Labels wrap nicely", "Labels overlap the toggles", "iOS 17, iPhone SE", BugSeverity.LOW],
  [2, "Webhook retries never stop after 410", "Return 410 Gone from the webhook endpoint", "Retries stop", "Retries continue every minute for days", "Webhooks", BugSeverity.MEDIUM],
  [1, "Password reset link expires immediately", "Request a reset, click the link within a minute", "A form to set a new password", "'This link has expired'", "Any browser", BugSeverity.CRITICAL],
  [0, "Search ignores accents", "Search for 'cafe' when an item is called 'Café'", "The item is found", "No results", "Android app 4.1", BugSeverity.LOW],
  [1, "Invoice PDF shows wrong VAT rate", "Create an invoice for an Austrian customer", "20% VAT", "19% VAT", "Web app", BugSeverity.HIGH],
  [2, "Rate limit resets at the wrong time", "Hit the rate limit, read X-RateLimit-Reset", "Reset in the next minute", "Reset time is in the past", "API v2", BugSeverity.LOW],
  [1, "Dashboard freezes with more than 20 widgets", "Add 21 widgets to a dashboard", "Dashboard stays responsive", "Tab freezes for 10+ seconds", "Chrome 131, 8 GB RAM", BugSeverity.MEDIUM],
];

const USABILITY: Usability[] = [
  [1, "Hard to find where to change my email", "Settings > Account", "Change my login email", "The email field is read-only and nothing says where to change it"],
  [0, "Onboarding asks for too much at once", "First start of the mobile app", "Start using the app quickly", "Seven screens of questions before I see anything"],
  [1, "Delete button right next to Save", "Edit customer dialog", "Save my changes", "I hit Delete by accident twice; there is no undo"],
  [2, "API error messages do not say which field is wrong", "POST /v2/customers", "Fix my request quickly", "The error only says 'validation failed'"],
  [1, "Filter state is lost when going back", "Reports list with filters", "Open a report and come back to my filtered list", "All filters reset every time"],
  [0, "Tiny tap targets in the toolbar", "Editor toolbar on phones", "Tap bold or italic", "The icons are too small and too close together"],
  [1, "Unclear difference between Archive and Close", "Project menu", "Tidy up finished projects", "Two options, no explanation, and they behave almost the same"],
  [2, "Docs examples use outdated endpoints", "Developer docs, Getting started", "Copy a working example", "Examples call v1 endpoints that return 410"],
  [1, "Notifications settings are scattered", "Settings", "Turn off email for comments", "Email settings live in three different places"],
  [0, "No confirmation after sending feedback", "In-app feedback form", "Know that my feedback arrived", "The form just closes; did it work?"],
  [1, "Table columns cannot be resized", "Customers table", "Read long company names", "Names are cut off and columns have a fixed width"],
  [2, "Webhook setup needs too many steps", "Developer settings > Webhooks", "Register one endpoint", "Six screens and a support ticket to enable it"],
  [1, "Colour alone marks overdue items", "Task list", "See which tasks are overdue", "Red text only; colour-blind teammates miss it"],
  [0, "Back gesture closes the editor without saving", "Note editor on Android", "Go back to the previous screen", "My draft is lost without a warning"],
  [1, "Search results do not highlight matches", "Global search", "See why a result matched", "No highlighting; I have to open each result"],
];

const COMMENTS = [
  "Same here, this happens to our whole team.",
  "+1, this would make a big difference for us.",
  "Any update on this?",
  "We worked around it for now, but a proper fix would be great.",
  "Thanks for looking into it!",
  "Could you share which version you are on?",
  "This is the number one request from our customers.",
  "I can reproduce this every time.",
];

/** What the product team announced: category name, title, markdown, and the titles of the shipped posts it answers. */
const CHANGELOG: [category: string, title: string, body: string, posts: string[]][] = [
  [
    "Fixed",
    "Weeks start on Monday, and Austrian invoices show 20% VAT",
    "Two fixes many of you asked for:\n\n- Date pickers follow your locale's first day of the week.\n- Invoices for customers in Austria use the Austrian VAT rate.",
    ["Date picker shows the wrong week start", "Invoice PDF shows wrong VAT rate"],
  ],
  [
    "Improved",
    "Bigger buttons in the editor toolbar on phones",
    "Bold, italic and lists are now easy to hit with a thumb: every toolbar button is at least 44 × 44 points.",
    ["Tiny tap targets in the toolbar"],
  ],
  [
    "New",
    "Rate limit headers on every API response",
    "Every API response now carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`, so your client can back off before it is refused.",
    ["Rate limit headers on every API response"],
  ],
];

/** Work finished this week: these posts wait as done internally in the weekly draft Roundtrip wrote. */
const DONE_THIS_WEEK = ["Official Python SDK", "Text overlaps on small screens"];

const NETIQUETTE = `Roundtrip is where customers and the product team meet. These guidelines keep it useful and friendly for everyone.

## 1. Be kind

Disagree with ideas, not with people. No insults, name-calling or sarcasm aimed at others.

## 2. Stay on topic

One idea or bug per post, in the board it belongs to. Search before you post: a vote on an existing post counts more than a duplicate.

## 3. Be specific

Say what you tried, what you expected and what happened. Screenshots and steps help the team reproduce a bug.

## 4. Respect privacy

Do not post personal data, passwords, API keys or customers' details, yours or anyone else's.

## 5. No spam or self-promotion

No advertising, referral links or repeated posts. Moderators remove them and may silence the account.
`;

/** Keys of the statuses the migration seeds. */
const STATUS_CYCLE: string[] = [
  "OPEN", "OPEN", "UNDER_REVIEW", "PLANNED", "OPEN",
  "IN_PROGRESS", "OPEN", "SHIPPED", "DECLINED", "UNDER_REVIEW",
];

/** Seeds a demo community into an empty database. Returns the credentials to print, or null when data exists. */
export async function seedDemoData(em: EntityManager): Promise<DemoCredential[] | null> {
  if ((await em.count(Member, {})) > 0) return null;
  const rand = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const passwordHash = await hash(DEMO_PASSWORD);
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 86_400_000);

  return em.transactional(async (tx) => {
    const staff = [
      tx.create(Member, { email: "admin@roundtrip.demo", displayName: "Alex Admin", role: Role.ADMIN, passwordHash, createdAt: daysAgo(120) }),
      tx.create(Member, { email: "manager@roundtrip.demo", displayName: "Maria Manager", role: Role.MANAGER, passwordHash, createdAt: daysAgo(118) }),
      tx.create(Member, { email: "moderator@roundtrip.demo", displayName: "Moritz Moderator", role: Role.MODERATOR, passwordHash, createdAt: daysAgo(110) }),
      tx.create(Member, { email: "product@roundtrip.demo", displayName: "Priya Product", role: Role.PRODUCT, passwordHash, createdAt: daysAgo(100) }),
    ];
    const demoMember = tx.create(Member, { email: "member@roundtrip.demo", displayName: "Mia Member", role: Role.MEMBER, passwordHash, createdAt: daysAgo(90) });
    const names = ["Jonas", "Lena", "Sam", "Chen", "Fatima", "Lukas", "Emma", "Noah", "Aylin", "Ben", "Clara", "David", "Ella", "Finn", "Greta", "Hugo", "Ida", "Jan", "Kim", "Leo"];
    const community = names.map((name, index) =>
      tx.create(Member, {
        email: `${name.toLowerCase()}@roundtrip.demo`,
        displayName: name,
        role: index === 0 ? Role.AMBASSADOR : Role.MEMBER,
        passwordHash,
        createdAt: daysAgo(90 - index * 3),
        // Long-standing members have earned more trust; the newest are still at level 0.
        trustLevel: Math.max(0, 4 - Math.floor(index / 4)),
      }),
    );
    const everyone = [demoMember, ...community];
    // Demo accounts have verified addresses, as if each had opened its verification mail on day one.
    for (const member of [...staff, ...everyone]) member.emailVerifiedAt = member.createdAt;

    const boards = [
      tx.create(Board, { slug: "mobile-app", name: "Mobile app", description: "iOS and Android apps" }),
      tx.create(Board, { slug: "web-dashboard", name: "Web dashboard", description: "Reports, settings and everything in the browser" }),
      tx.create(Board, { slug: "api", name: "API & integrations", description: "REST API, webhooks and SDKs" }),
    ];
    const tags = [
      tx.create(Tag, { name: "accessibility", color: "#7c3aed" }),
      tx.create(Tag, { name: "performance", color: "#ea580c" }),
      tx.create(Tag, { name: "onboarding", color: "#0891b2" }),
      tx.create(Tag, { name: "billing", color: "#16a34a" }),
      tx.create(Tag, { name: "security", color: "#dc2626" }),
    ];

    type Draft = { kind: PostKind; board: number; title: string; body: string; bug?: BugDetails; usability?: UsabilityDetails };
    const ideas: Draft[] = IDEAS.map(([board, title, body]) => ({ kind: PostKind.IDEA, board, title, body }));
    const bugs: Draft[] = BUGS.map(([board, title, stepsToReproduce, expected, actual, environment, severity]) => ({
      kind: PostKind.BUG, board, title, body: "",
      bug: Object.assign(new BugDetails(), { stepsToReproduce, expected, actual, environment, severity }),
    }));
    const usability: Draft[] = USABILITY.map(([board, title, location, goal, obstacle]) => ({
      kind: PostKind.USABILITY, board, title, body: "",
      usability: Object.assign(new UsabilityDetails(), { location, goal, obstacle }),
    }));
    // Interleaved so every week of the demo has a mix of kinds, as a real community would.
    const drafts = ideas.flatMap((idea, index) => [idea, bugs[index], usability[index]]).filter((draft): draft is Draft => !!draft);

    const posts: Post[] = [];
    drafts.forEach((draft, index) => {
      const createdAt = daysAgo(80 - index * 1.5 - rand());
      const author = index % 7 === 0 ? demoMember : pick(community);
      const status = STATUS_CYCLE[index % STATUS_CYCLE.length];
      const post = tx.create(Post, {
        kind: draft.kind, board: boards[draft.board], author, title: draft.title, body: draft.body,
        bug: draft.bug ?? null, usability: draft.usability ?? null, status, createdAt, updatedAt: createdAt,
      });
      posts.push(post);
      tx.create(PostEvent, { post, type: PostEventType.CREATED, actor: author, toStatus: "OPEN", createdAt });
      tx.create(Follow, { post, member: author, reason: FollowReason.AUTHOR, level: FollowLevel.ALL, createdAt });
      // Demo history is written as rows with its own past dates, not through posts/post-status.service.ts
      // (which stamps "now" and queues a domain event per change for consumers of live changes).
      if (status !== "OPEN") {
        // Staff act a few days later, but never in the future: the newest posts were triaged and
        // shipped part-way between being posted and now, not "2 minutes ago" at seeding time.
        const halfwayToNow = (from: Date) => from.getTime() + (now - from.getTime()) / 2;
        const triagedAt = new Date(Math.min(createdAt.getTime() + (1 + rand() * 5) * 86_400_000, halfwayToNow(createdAt)));
        post.firstTriagedAt = triagedAt;
        if (status === "SHIPPED") post.shippedAt = new Date(Math.min(triagedAt.getTime() + 10 * 86_400_000, halfwayToNow(triagedAt)));
        tx.create(PostEvent, {
          post, type: PostEventType.STATUS_CHANGED, actor: staff[1], fromStatus: "OPEN", toStatus: status, createdAt: triagedAt,
          publicNote: status === "PLANNED" ? "Thanks everyone, this is on our plan for next quarter." : null,
        });
      }
      if (rand() < 0.5) post.tags.add(pick(tags));

      // Popularity falls off with the index so TOP, NEW and TRENDING differ visibly.
      const voters = everyone.filter(() => rand() < Math.max(0.05, 0.8 - index * 0.015));
      for (const member of voters) {
        tx.create(Vote, { post, member, createdAt: new Date(createdAt.getTime() + rand() * (now - createdAt.getTime())) });
        if (member !== author) tx.create(Follow, { post, member, reason: FollowReason.VOTE, level: FollowLevel.STATUS });
      }
      post.voteCount = voters.length;

      const commentCount = Math.floor(rand() * 4);
      let previous: Comment | null = null;
      for (let c = 0; c < commentCount; c++) {
        const comment: Comment = tx.create(Comment, {
          post, author: pick(everyone), body: pick(COMMENTS), parent: c > 0 && rand() < 0.4 ? previous : null,
          createdAt: new Date(createdAt.getTime() + (c + 1) * 3_600_000),
        });
        previous = comment;
      }
      post.commentCount = commentCount;
      if (index % 5 === 0) {
        tx.create(Comment, {
          post, author: staff[1], visibility: CommentVisibility.INTERNAL,
          body: "Internal: checked with engineering, rough estimate two sprints.", createdAt: new Date(createdAt.getTime() + 7_200_000),
        });
      }
    });

    seedModeration(tx, { posts, community, daysAgo });
    await seedChangelog(tx, { posts, author: staff[3], now });
    // Everyone joined under the first version of the guidelines, so nobody is asked to accept it again.
    const netiquette = tx.create(NetiquetteVersion, { version: 1, body: NETIQUETTE, material: true, publishedBy: staff[0], publishedAt: daysAgo(121) });
    for (const member of [...staff, ...everyone]) tx.create(NetiquetteAcceptance, { member, version: netiquette, acceptedAt: member.createdAt });
    await tx.flush();
    // The votes were written with their past dates, not cast: score them as the periodic job would.
    await refreshTrendingScores(tx);

    return [
      { role: "ADMIN", email: "admin@roundtrip.demo", password: DEMO_PASSWORD },
      { role: "MANAGER", email: "manager@roundtrip.demo", password: DEMO_PASSWORD },
      { role: "PRODUCT", email: "product@roundtrip.demo", password: DEMO_PASSWORD },
      { role: "MEMBER", email: "member@roundtrip.demo", password: DEMO_PASSWORD },
    ];
  });
}

/**
 * Something for the moderation queue: a spam comment hidden by its flags (six basic members' flags
 * reach the default threshold of 6), a comment and a post flagged below it, and two posts by a
 * newcomer held for approval, one of them waiting for more than a day (highlighted).
 */
function seedModeration(tx: EntityManager, { posts, community, daysAgo }: { posts: Post[]; community: Member[]; daysAgo: (days: number) => Date }): void {
  const newcomer = community[community.length - 1];
  const flaggers = community.filter((member) => member.trustLevel === 1 || member.trustLevel === 2);
  const weight = (member: Member) => (member.trustLevel === 2 ? 1.5 : 1);
  const [spamPost, offTopicPost, abusePost] = [posts[2], posts[5], posts[8]];

  const spam = tx.create(Comment, { post: spamPost, author: newcomer, body: "Get 50% off premium watches at cheap-deals.example, today only!", createdAt: daysAgo(0.5), hiddenAt: daysAgo(0.2) });
  spamPost.commentCount += 1;
  let score = 0;
  for (const flagger of flaggers) {
    if (score >= 6) break;
    tx.create(Flag, { comment: spam, flagger, reason: FlagReason.SPAM, weight: weight(flagger), createdAt: daysAgo(0.4) });
    score += weight(flagger);
  }

  const offTopic = tx.create(Comment, { post: offTopicPost, author: newcomer, body: "Does anyone know a good pizza place near the office?", createdAt: daysAgo(1) });
  offTopicPost.commentCount += 1;
  tx.create(Flag, { comment: offTopic, flagger: flaggers[0], reason: FlagReason.OFF_TOPIC, weight: weight(flaggers[0]), createdAt: daysAgo(0.9) });
  tx.create(Flag, { comment: offTopic, flagger: flaggers[1], reason: FlagReason.OTHER, message: "Probably meant for the team chat.", weight: weight(flaggers[1]), createdAt: daysAgo(0.8) });
  tx.create(Flag, { post: abusePost, flagger: flaggers[2], reason: FlagReason.ABUSE, message: null, weight: weight(flaggers[2]), createdAt: daysAgo(2) });

  for (const [title, heldDays] of [["Add a crypto payment option", 1.5], ["Dark mode for the mobile app, please", 0.1]] as const) {
    const post = tx.create(Post, {
      kind: PostKind.IDEA, board: spamPost.board, author: newcomer, title, body: "", createdAt: daysAgo(heldDays), updatedAt: daysAgo(heldDays),
      moderationState: ModerationState.HELD, moderatedAt: daysAgo(heldDays),
    });
    tx.create(PostEvent, { post, type: PostEventType.CREATED, actor: newcomer, toStatus: "OPEN", createdAt: daysAgo(heldDays) });
    tx.create(Follow, { post, member: newcomer, reason: FollowReason.AUTHOR, level: FollowLevel.ALL, createdAt: daysAgo(heldDays) });
  }
}

/**
 * A changelog with a past: the entries that shipped the demo's SHIPPED posts, each published when
 * its last post shipped, and this week's draft that Roundtrip wrote itself for the work done since.
 */
async function seedChangelog(tx: EntityManager, { posts, author, now }: { posts: Post[]; author: Member; now: number }): Promise<void> {
  const byTitle = (title: string) => posts.find((post) => post.title === title)!;
  const categories = await tx.find(ChangelogCategory, {});
  for (const [category, title, body, postTitles] of CHANGELOG) {
    const linked = postTitles.map(byTitle);
    const publishedAt = new Date(Math.max(...linked.map((post) => post.shippedAt!.getTime())));
    const entry = tx.create(ChangelogEntry, {
      title, body, author, category: categories.find((each) => each.name === category)!,
      state: ChangelogEntryState.PUBLISHED, publishedAt, notifiedAt: publishedAt, createdAt: publishedAt, updatedAt: publishedAt,
    });
    entry.posts.set(linked);
    await tx.flush();
    // The posts' shipping event names the entry, as publishing it would have.
    await tx.nativeUpdate(PostEvent, { post: { $in: linked }, type: PostEventType.STATUS_CHANGED, toStatus: "SHIPPED" }, { changelogEntry: entry });
  }
  for (const [index, title] of DONE_THIS_WEEK.entries()) {
    const post = byTitle(title);
    const doneAt = new Date(now - (index + 1) * 3_600_000);
    tx.create(PostEvent, { post, type: PostEventType.STATUS_CHANGED, actor: null, fromStatus: post.status, toStatus: DONE_INTERNALLY_STATUS, createdAt: doneAt });
    post.status = DONE_INTERNALLY_STATUS;
    await tx.flush();
    await addToWeeklyDraft(tx, post.id, doneAt);
  }
}
