/**
 * Every page of the web app in one table: its paths, the page, its title and who may see it. The
 * router matches URLs against it, App renders its pages and sets its titles, and the header, the
 * account menu and the settings tabs are built from it, so a new page is one new row here.
 */
import type { Component } from "svelte";
import type { Messages } from "./i18n/en";
import type { Viewer } from "./lib/session.svelte";
import AccountLink from "./pages/AccountLink.svelte";
import AuditLog from "./pages/AuditLog.svelte";
import Changelog from "./pages/Changelog.svelte";
import ChangelogEntryPage from "./pages/ChangelogEntryPage.svelte";
import Auth from "./pages/Auth.svelte";
import CatalogSettings from "./pages/CatalogSettings.svelte";
import ChangelogDrafts from "./pages/ChangelogDrafts.svelte";
import ChangelogEditor from "./pages/ChangelogEditor.svelte";
import ForgotPassword from "./pages/ForgotPassword.svelte";
import FlagSettings from "./pages/FlagSettings.svelte";
import MemberPage from "./pages/MemberPage.svelte";
import ModerationSettings from "./pages/ModerationSettings.svelte";
import Moderation from "./pages/Moderation.svelte";
import Members from "./pages/Members.svelte";
import Netiquette from "./pages/Netiquette.svelte";
import NetiquetteSettings from "./pages/NetiquetteSettings.svelte";
import NotFound from "./pages/NotFound.svelte";
import Notifications from "./pages/Notifications.svelte";
import NotificationSettings from "./pages/NotificationSettings.svelte";
import Outbox from "./pages/Outbox.svelte";
import PostList from "./pages/PostList.svelte";
import PostPage from "./pages/PostPage.svelte";
import Profile from "./pages/Profile.svelte";
import ResetPassword from "./pages/ResetPassword.svelte";
import Roadmap from "./pages/Roadmap.svelte";
import Submit from "./pages/Submit.svelte";
import StatusSettings from "./pages/StatusSettings.svelte";
import SyncHealth from "./pages/SyncHealth.svelte";
import TrackerSettings from "./pages/TrackerSettings.svelte";
import TrustSettings from "./pages/TrustSettings.svelte";
import Triage from "./pages/Triage.svelte";
import Unsubscribe from "./pages/Unsubscribe.svelte";

/** The `:name` parts of the path that matched, decoded. */
export type RouteParams = Record<string, string>;
type Text = (t: Messages) => string;
// Each row's page has props of its own; `props` builds them from the URL.
type AnyPage = Component<any>;

export interface AppRoute {
  name: string;
  /** The first one is where navigation links point; `*` is any path no other row matches. */
  paths: readonly string[];
  /** The page, or a loader for one that is fetched only when opened (to keep big libraries out of the first download). */
  page: AnyPage | { load: () => Promise<{ default: AnyPage }> };
  props?: (params: RouteParams) => Record<string, unknown>;
  /** The window title; without it the page names itself after what it shows (a post, a board, a member). */
  title?: Text;
  /** Who may see the page; without it, everyone. Others get the sign-in screen or the page's "not for you" sentence. */
  visible?: (me: Viewer | null, params: RouteParams) => boolean;
  /** Links to the page: in the header's main navigation, in the account menu, as a settings tab. */
  nav?: { primary?: Text; menu?: Text; settings?: Text };
  /** Keep one page across parameter changes (a board switch dims the list while the next one loads); else each URL gets a fresh page. */
  keepAcrossParams?: boolean;
}

const signedIn = (me: Viewer | null) => !!me;
const writesChangelog = (me: Viewer | null) => !!me?.can?.writeChangelog;

// Order matters twice: the first matching row wins, and each navigation lists its links in this order.
export const routes: readonly AppRoute[] = [
  {
    name: "posts",
    paths: ["/", "/boards/:boardSlug"],
    page: PostList,
    props: (params) => ({ boardSlug: params.boardSlug ?? null }),
    nav: { primary: (t) => t.nav.allPosts },
    keepAcrossParams: true,
  },
  { name: "roadmap", paths: ["/roadmap"], page: Roadmap, title: (t) => t.roadmap.title, nav: { primary: (t) => t.nav.roadmap } },
  // The changelog as members read it. The editor's rows (/changelog/new, …) must come before the entry's.
  { name: "changelog", paths: ["/changelog"], page: Changelog, title: (t) => t.changelogPage.title, nav: { primary: (t) => t.changelogPage.nav } },
  // Changelog editor (product staff). Before the entry page's /changelog/:entryId, which would take "new" and "drafts" for ids.
  { name: "changelogNew", paths: ["/changelog/new"], page: ChangelogEditor, props: () => ({ id: null }), title: (t) => t.changelogEditor.newTitle, visible: writesChangelog },
  {
    name: "changelogDrafts",
    paths: ["/changelog/drafts"],
    page: ChangelogDrafts,
    title: (t) => t.changelogEditor.draftsTitle,
    visible: writesChangelog,
    nav: { menu: (t) => t.changelogEditor.draftsTitle },
  },
  {
    name: "changelogEdit",
    paths: ["/changelog/:entryId/edit"],
    page: ChangelogEditor,
    props: (params) => ({ id: params.entryId }),
    title: (t) => t.changelogEditor.editTitle,
    visible: writesChangelog,
  },
  { name: "changelogEntry", paths: ["/changelog/:entryId"], page: ChangelogEntryPage, props: (params) => ({ id: params.entryId }) },
  { name: "netiquette", paths: ["/netiquette"], page: Netiquette, title: (t) => t.netiquette.title },
  { name: "post", paths: ["/posts/:postId"], page: PostPage, props: (params) => ({ id: params.postId }) },
  { name: "submit", paths: ["/new"], page: Submit, title: (t) => t.submit.title, visible: signedIn },
  { name: "login", paths: ["/login"], page: Auth, props: () => ({ mode: "login" }), title: (t) => t.auth.logInTitle },
  { name: "signup", paths: ["/signup"], page: Auth, props: () => ({ mode: "signup" }), title: (t) => t.auth.signUpTitle },
  { name: "forgotPassword", paths: ["/forgot-password"], page: ForgotPassword, title: (t) => t.account.forgotTitle },
  { name: "resetPassword", paths: ["/reset-password"], page: ResetPassword, title: (t) => t.account.resetTitle },
  // Anyone holding the mailed link: it may open in another browser than the one signed in.
  { name: "verifyEmail", paths: ["/verify-email"], page: AccountLink, props: () => ({ kind: "verify" }), title: (t) => t.account.verifyTitle },
  { name: "confirmEmail", paths: ["/confirm-email"], page: AccountLink, props: () => ({ kind: "confirm" }), title: (t) => t.account.confirmTitle },
  // Anyone holding the mailed link; it only acts on the button, never on opening.
  { name: "unsubscribe", paths: ["/unsubscribe"], page: Unsubscribe, title: (t) => t.unsubscribe.title },
  { name: "me", paths: ["/me"], page: MemberPage, props: () => ({ id: null }), visible: signedIn, nav: { menu: (t) => t.history.menu } },
  { name: "notifications", paths: ["/notifications"], page: Notifications, title: (t) => t.notifications.title, visible: signedIn },
  { name: "profile", paths: ["/profile"], page: Profile, title: (t) => t.profile.title, visible: signedIn, nav: { menu: (t) => t.nav.profile } },
  {
    name: "triage",
    paths: ["/triage"],
    page: Triage,
    title: (t) => t.triage.title,
    visible: (me) => !!me?.can?.triage,
    nav: { primary: (t) => t.nav.triage, menu: (t) => t.nav.triage },
  },
  {
    name: "moderation",
    paths: ["/moderation"],
    page: Moderation,
    title: (t) => t.moderation.title,
    visible: (me) => !!me?.can?.reviewHeldPosts,
    nav: { primary: (t) => t.nav.moderation, menu: (t) => t.nav.moderation },
  },
  {
    name: "dashboard",
    paths: ["/dashboard"],
    // chart.js is only needed here.
    page: { load: () => import("./pages/Dashboard.svelte") },
    title: (t) => t.nav.dashboard,
    visible: (me) => !!me?.can?.viewDashboard,
    nav: { primary: (t) => t.nav.dashboard, menu: (t) => t.nav.dashboard },
  },
  {
    name: "members",
    paths: ["/members"],
    page: Members,
    title: (t) => t.members.title,
    visible: (me) => !!me?.can?.viewMembers,
    nav: { menu: (t) => t.nav.members },
  },
  {
    name: "member",
    paths: ["/members/:memberId"],
    page: MemberPage,
    props: (params) => ({ id: params.memberId }),
    // Everyone may see their own history; staff anyone's.
    visible: (me, params) => me?.id === params.memberId || !!me?.can?.viewMembers,
  },
  {
    name: "boardSettings",
    paths: ["/settings/boards"],
    page: CatalogSettings,
    props: () => ({ catalog: "boards" }),
    title: (t) => t.catalog.boardsTitle,
    visible: (me) => !!me?.can?.manageBoardsAndTags,
    nav: { menu: (t) => t.catalog.nav, settings: (t) => t.catalog.boardsTitle },
  },
  {
    name: "tagSettings",
    paths: ["/settings/tags"],
    page: CatalogSettings,
    props: () => ({ catalog: "tags" }),
    title: (t) => t.catalog.tagsTitle,
    visible: (me) => !!me?.can?.manageBoardsAndTags,
    nav: { settings: (t) => t.catalog.tagsTitle },
  },
  {
    name: "statusSettings",
    paths: ["/settings/statuses"],
    page: StatusSettings,
    title: (t) => t.statusSettings.title,
    visible: (me) => !!me?.can?.manageStatuses,
    nav: { settings: (t) => t.statusSettings.title },
  },
  {
    name: "trackerSettings",
    paths: ["/settings/trackers", "/settings"],
    page: TrackerSettings,
    title: (t) => t.settings.trackersTitle,
    visible: (me) => !!me?.can?.viewTrackerConnections,
    nav: { menu: (t) => t.nav.trackers, settings: (t) => t.nav.trackers },
  },
  {
    name: "syncHealth",
    paths: ["/settings/sync"],
    page: SyncHealth,
    title: (t) => t.nav.syncHealth,
    visible: (me) => !!me?.can?.viewSyncHealth,
    nav: { menu: (t) => t.nav.syncHealth, settings: (t) => t.nav.syncHealth },
  },
  {
    name: "outbox",
    paths: ["/settings/outbox"],
    page: Outbox,
    title: (t) => t.outbox.title,
    visible: (me) => !!me?.can?.viewOutbox,
    nav: { menu: (t) => t.nav.outbox, settings: (t) => t.nav.outbox },
  },
  {
    name: "auditLog",
    paths: ["/settings/audit-log"],
    page: AuditLog,
    title: (t) => t.auditLog.title,
    visible: (me) => !!me?.can?.readAuditLog,
    nav: { menu: (t) => t.nav.auditLog, settings: (t) => t.nav.auditLog },
  },
  {
    name: "moderationSettings",
    paths: ["/settings/moderation"],
    page: ModerationSettings,
    title: (t) => t.moderationSettings.title,
    visible: (me) => !!me?.can?.configureHolding || !!me?.can?.watchWords,
    nav: { settings: (t) => t.nav.moderationSettings },
  },
  {
    name: "netiquetteSettings",
    paths: ["/settings/netiquette"],
    page: NetiquetteSettings,
    title: (t) => t.netiquetteSettings.title,
    visible: (me) => !!me?.can?.writeNetiquette,
    nav: { menu: (t) => t.netiquetteSettings.title, settings: (t) => t.netiquetteSettings.title },
  },
  {
    name: "flagSettings",
    paths: ["/settings/flags"],
    page: FlagSettings,
    title: (t) => t.flagSettings.title,
    visible: (me) => !!me?.can?.manageFlagSettings,
    nav: { settings: (t) => t.nav.flagSettings },
  },
  {
    name: "trustSettings",
    paths: ["/settings/trust"],
    page: TrustSettings,
    title: (t) => t.trust.title,
    visible: (me) => !!me?.can?.editTrustSettings,
    nav: { menu: (t) => t.nav.trust, settings: (t) => t.nav.trust },
  },
  {
    name: "notificationSettings",
    paths: ["/settings/notifications"],
    page: NotificationSettings,
    title: (t) => t.notificationSettings.title,
    visible: signedIn,
    nav: { settings: (t) => t.notificationSettings.title },
  },
  // NotFound sets its own title: pages show it too, for a post or board that does not exist.
  { name: "notFound", paths: ["*"], page: NotFound },
];
