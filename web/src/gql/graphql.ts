/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountLinkInput = {
  /** From the mailed link. */
  token: string;
};

export type AddCommentInput = {
  body: string;
  /** Staff-only note (see `Post.viewerCan.writeInternalNote`). */
  internal?: boolean;
  /** Reply to this comment. */
  parentId?: string | number | null | undefined;
  postId: string | number;
};

/** A kind of staff action recorded in the audit log. */
export type AuditAction =
  | 'ADD_WATCHED_WORD'
  | 'APPROVE_POST'
  | 'CHANGE_HOLD_SETTINGS'
  | 'DELETE_COMMENT'
  | 'HIDE_CONTENT'
  | 'LIFT_SANCTION'
  | 'PUBLISH_NETIQUETTE'
  | 'REJECT_POST'
  | 'REMOVE_WATCHED_WORD'
  | 'RESOLVE_FLAGS'
  | 'RESTORE_CONTENT'
  | 'SET_STAFF_NOTE'
  | 'SET_TRUST_LEVEL'
  | 'SILENCE_MEMBER'
  | 'SUSPEND_MEMBER'
  | 'UPDATE_FLAG_SETTINGS'
  | 'WARN_MEMBER';

export type AuditLogFilter = {
  action?: AuditAction | null | undefined;
  /** Actions by this staff member. */
  actor?: string | number | null | undefined;
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Actions concerning this member. */
  targetMember?: string | number | null | undefined;
  /** Before this moment. */
  to?: string | null | undefined;
};

export type BoardInput = {
  description?: string;
  name: string;
};

export type BugDetailsInput = {
  actual: string;
  environment?: string;
  expected: string;
  severity: BugSeverity;
  stepsToReproduce: string;
};

export type BugSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type CategoryPreferenceInput = {
  category: NotificationCategory;
  email: boolean;
  inApp: boolean;
};

export type ChangeEmailInput = {
  currentPassword: string;
  newEmail: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type ChangelogEntryInput = {
  body?: string;
  categoryId: string | number;
  /** An http(s) image URL. */
  coverImageUrl?: string | null | undefined;
  /** The posts this entry answers. */
  postIds?: Array<string | number>;
  title: string;
};

export type ChangelogEntryState =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type CommentVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

export type ConnectionHealthLevel =
  | 'DEGRADED'
  | 'FAILING'
  | 'HEALTHY';

/** A post or a comment. */
export type ContentKind =
  | 'COMMENT'
  | 'POST';

/** The post or comment to act on. */
export type ContentTargetInput = {
  id: string | number;
  kind: ContentKind;
};

export type CreateApiTokenInput = {
  /** What the token is for, e.g. 'weekly report script'. */
  name: string;
};

export type DeliveryState =
  | 'APPLIED'
  | 'FAILED'
  | 'RECEIVED'
  | 'SKIPPED';

export type EditCommentInput = {
  body: string;
};

/** Only the fields given change. */
export type EditPostInput = {
  body?: string | null | undefined;
  bug?: BugDetailsInput | null | undefined;
  title?: string | null | undefined;
  usability?: UsabilityDetailsInput | null | undefined;
};

/** How e-mail notifications arrive. */
export type EmailCadence =
  | 'DAILY'
  | 'INSTANT'
  | 'OFF'
  | 'WEEKLY';

export type FlagLevelInput = {
  dailyLimit: number;
  trustLevel: number;
  weight: number;
};

/** Why a member flags a post or comment. ILLEGAL and OTHER need a message. */
export type FlagReason =
  | 'ABUSE'
  | 'ILLEGAL'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'SPAM';

export type FlagResolution =
  | 'AGREED'
  | 'DISMISSED';

export type FlagSettingsInput = {
  /** Open flags weighing this much hide the item until a moderator reviews it. */
  hideThreshold: number;
  /** Each trust level from 1 to 4 once. */
  levels: Array<FlagLevelInput>;
};

/** What a follower hears about a post. */
export type FollowLevel =
  | 'ALL'
  | 'NONE'
  | 'STATUS';

/** Why a member follows a post. */
export type FollowReason =
  | 'AUTHOR'
  | 'COMMENT'
  | 'MANUAL'
  | 'MERGED'
  | 'VOTE';

/** Which new posts wait for approval. Staff and ambassadors never wait; a post with a watched word that holds always waits. */
export type HoldPolicy =
  | 'COMMUNITY_DEFAULT'
  | 'EVERYONE'
  | 'FIRST_POSTS'
  | 'NOBODY';

/** Only the fields given change. */
export type HoldSettingsInput = {
  firstPosts?: number | null | undefined;
  /** Not COMMUNITY_DEFAULT, which is for boards. */
  policy?: HoldPolicy | null | undefined;
};

/** A language Roundtrip speaks (web app and mails). */
export type Language =
  | 'DE'
  | 'EN';

export type LinkIssueInput = {
  /** Needed only when several connections could hold the issue. */
  connectionId?: string | number | null | undefined;
  /** A Jira key (ABC-123) or issue URL, or a Linear identifier (ENG-123) or issue URL. */
  keyOrUrl: string;
};

export type LogInInput = {
  email: string;
  password: string;
};

/** Where a mail in the outbox stands. */
export type MailStatus =
  | 'CAPTURED'
  | 'FAILED'
  | 'QUEUED'
  | 'RETRYING'
  | 'SENT'
  | 'SUPPRESSED';

export type MarkNotificationsReadInput = {
  /** Every unread notification of the viewer. */
  all?: boolean | null | undefined;
  /** These notifications (each must be the viewer's own). */
  ids?: Array<string | number> | null | undefined;
};

/** Which part of the moderation queue to list. */
export type ModerationQueueFilter =
  | 'ALL'
  | 'FLAGGED'
  | 'HELD'
  | 'HIDDEN';

/** Why a post is withheld: seen only by its author and staff until a moderator acts. */
export type ModerationState =
  | 'HELD'
  | 'HIDDEN';

export type MultiLinkRule =
  | 'ALL'
  | 'ANY';

export type NoteInput = {
  /** Public note shown on the post's timeline. */
  note?: string | null | undefined;
  /** False: recorded on the timeline, but followers are not told. */
  notifyFollowers?: boolean;
};

/** What a notification is about. */
export type NotificationCategory =
  | 'CHANGELOG'
  | 'COMMENTS'
  | 'REPLIES'
  | 'STAFF_NEW_POSTS'
  | 'STATUS';

/** What happened, as the recipient is told it. */
export type NotificationKind =
  | 'CHANGELOG_PUBLISHED'
  | 'COMMENT'
  | 'MERGED'
  | 'NEW_POST'
  | 'OFFICIAL_UPDATE'
  | 'REPLY'
  | 'STATUS_CHANGED';

/** Only what changes; categories left out keep their current choice. */
export type NotificationPreferencesInput = {
  allChangelogEntries?: boolean | null | undefined;
  categories?: Array<CategoryPreferenceInput> | null | undefined;
  digestHour?: number | null | undefined;
  emailCadence?: EmailCadence | null | undefined;
  timeZone?: string | null | undefined;
};

export type PasswordResetRequestInput = {
  email: string;
};

export type PostEventSource =
  | 'JIRA'
  | 'LINEAR'
  | 'MANUAL';

export type PostEventType =
  | 'ANNOUNCED'
  | 'BOARD_CHANGED'
  | 'CREATED'
  | 'MERGED_FROM'
  | 'MERGED_INTO'
  | 'NOTE'
  | 'STATUS_CHANGED';

export type PostFilter = {
  author?: string | number | null | undefined;
  board?: string | number | null | undefined;
  /** Only posts created at or after this time (e.g. a report's period). */
  createdAfter?: string | null | undefined;
  /** Only posts created before this time (e.g. waiting longer than a week). */
  createdBefore?: string | null | undefined;
  kind?: PostKind | null | undefined;
  /** true: only posts linked to a tracker issue; false: only posts without one. */
  linked?: boolean | null | undefined;
  /** Web-search syntax: words, "quoted phrases", -excluded. */
  search?: string | null | undefined;
  /** Any of these. Without it, merged duplicates are left out. */
  status?: Array<string> | null | undefined;
  tag?: string | number | null | undefined;
};

export type PostKind =
  | 'BUG'
  | 'IDEA'
  | 'USABILITY';

export type PostSort =
  | 'NEW'
  | 'OLDEST'
  | 'TOP'
  | 'TRENDING';

/** A count the community report gives. */
export type ReportMetric =
  | 'ACTIVE_MEMBERS'
  | 'CHANGELOG_ENTRIES'
  | 'COMMENTS'
  | 'NEW_MEMBERS'
  | 'NOTIFICATION_MAILS'
  | 'POSTS'
  | 'POSTS_ACTIVE'
  | 'POSTS_BUG'
  | 'POSTS_CLOSED'
  | 'POSTS_DONE'
  | 'POSTS_IDEA'
  | 'POSTS_OPEN'
  | 'POSTS_USABILITY'
  | 'SANCTIONS'
  | 'SHIPPED'
  | 'VOTES';

export type RequiredNoteInput = {
  note: string;
  /** False: recorded on the timeline, but followers are not told. */
  notifyFollowers?: boolean;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** From the link in the reset mail. */
  token: string;
};

/** What a member may do. See README, 'Roles and permissions'. */
export type Role =
  | 'ADMIN'
  | 'AMBASSADOR'
  | 'MANAGER'
  | 'MEMBER'
  | 'MODERATOR'
  | 'PRODUCT';

/** What a sanction does to the member. */
export type SanctionKind =
  | 'SILENCE'
  | 'SUSPEND'
  | 'WARN';

export type SignUpInput = {
  displayName: string;
  email: string;
  /** The language of the member's mails; English when not given. */
  language?: Language | null | undefined;
  /** The netiquette version the member read and accepts: required once there is a netiquette (BAD_USER_INPUT), the current one (CONFLICT NETIQUETTE_NOT_CURRENT). */
  netiquetteVersion?: number | null | undefined;
  password: string;
};

export type SimilarPostsInput = {
  body?: string;
  first?: number;
  title: string;
};

export type StatusCategory =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DONE'
  | 'OPEN';

export type StatusInput = {
  category: StatusCategory;
  color: string;
  nameDe: string;
  /** English name; the key is made from it and never changes. */
  nameEn: string;
  onRoadmap?: boolean;
  public?: boolean;
};

export type StatusMappingEntryInput = {
  stateId: string;
  /** The post status for this tracker state; null with useDefault false means 'ignore'. */
  status?: string | null | undefined;
  /** Drop the override and use the default mapping. */
  useDefault?: boolean;
};

export type StatusMappingInput = {
  entries: Array<StatusMappingEntryInput>;
};

export type SubmitPostInput = {
  boardId: string | number;
  body?: string;
  /** Required when kind is BUG, refused otherwise. */
  bug?: BugDetailsInput | null | undefined;
  kind: PostKind;
  title: string;
  /** Required when kind is USABILITY, refused otherwise. */
  usability?: UsabilityDetailsInput | null | undefined;
};

export type TagInput = {
  color?: string | null | undefined;
  description?: string;
  name: string;
};

/** Jira: baseUrl, email (Cloud) or none (Data Center PAT), apiToken, projectKey, issueType. Linear: apiToken (API key), teamId. Any tracker: its settings (see trackerKinds) in `settings`. */
export type TrackerConnectionInput = {
  /** Write-only. Jira API token or PAT; Linear API key. */
  apiToken?: string | null | undefined;
  /** Linear only: another GraphQL endpoint (self-hosted proxies, tests). */
  apiUrl?: string | null | undefined;
  baseUrl?: string | null | undefined;
  email?: string | null | undefined;
  issueType?: string | null | undefined;
  multiLinkRule?: MultiLinkRule | null | undefined;
  name?: string | null | undefined;
  projectKey?: string | null | undefined;
  /** Saving tests the connection first and refuses one that does not work; true saves it anyway, marked untested (verifiedAt null). */
  saveUntested?: boolean | null | undefined;
  /** The tracker's settings by key (trackerKinds); a named field above wins over the same key here. */
  settings?: Array<TrackerSettingInput> | null | undefined;
  teamId?: string | null | undefined;
  /** Write-only. The secret the tracker signs webhooks with; empty string removes it. */
  webhookSecret?: string | null | undefined;
};

export type TrackerKind =
  | 'JIRA'
  | 'LINEAR';

export type TrackerLinkState =
  | 'FAILED'
  | 'LINKED'
  | 'PENDING';

/** One setting of a tracker connection, by the key `trackerKinds` lists for its kind. */
export type TrackerSettingInput = {
  key: string;
  /** null keeps what is stored; an empty string clears it (secrets: keeps it). */
  value?: string | null | undefined;
};

export type TrustLevelSettingsInput = {
  commentsPerDay: number;
  level: number;
  linksPerPost: number;
  postsPerDay: number;
  /** Required for levels 1 and 2; null for 0 and 4; null for 3 leaves it to staff. */
  promotion?: TrustPromotionRuleInput | null | undefined;
  secondsBetweenComments: number;
  secondsBetweenPosts: number;
  votesPerDay: number;
};

export type TrustPromotionRuleInput = {
  acceptedContributions: number;
  daysSinceJoined: number;
  daysVisited: number;
  postsRead: number;
};

/** Only the fields given change. */
export type TrustSettingsInput = {
  accountsPerIpPerDay?: number | null | undefined;
  blockedEmailDomains?: Array<string> | null | undefined;
  commonEmailDomains?: Array<string> | null | undefined;
  /** All five levels, 0 to 4, in order. */
  levels?: Array<TrustLevelSettingsInput> | null | undefined;
};

export type UnsubscribeInput = {
  /** From the link in a notification mail. */
  token: string;
};

/** Only the fields given change. */
export type UpdateBoardInput = {
  /** Archived boards take no new posts and leave the board list. */
  archived?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Which new posts on this board wait for approval; COMMUNITY_DEFAULT follows `holdSettings`. */
  holdPolicy?: HoldPolicy | null | undefined;
  name?: string | null | undefined;
};

/** Only the fields given change; an empty coverImageUrl removes the cover. */
export type UpdateChangelogEntryInput = {
  body?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  coverImageUrl?: string | null | undefined;
  /** Replaces the linked posts. */
  postIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateProfileInput = {
  displayName: string;
  /** The language of the member's mails; unchanged when not given. */
  language?: Language | null | undefined;
};

/** Only the fields given change. */
export type UpdateStatusInput = {
  /** Archived statuses cannot be chosen; refused (CONFLICT) while posts are in it. */
  archived?: boolean | null | undefined;
  category?: StatusCategory | null | undefined;
  color?: string | null | undefined;
  nameDe?: string | null | undefined;
  nameEn?: string | null | undefined;
  onRoadmap?: boolean | null | undefined;
  public?: boolean | null | undefined;
};

/** Only the fields given change. */
export type UpdateTagInput = {
  archived?: boolean | null | undefined;
  color?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UsabilityDetailsInput = {
  /** What the member tried to do. */
  goal: string;
  /** Screen or URL where it happened. */
  location: string;
  /** What got in the way. */
  obstacle: string;
};

/** What a watched word does to text that contains it. */
export type WatchedWordAction =
  | 'BLOCK'
  | 'CENSOR'
  | 'HOLD';

export type WatchedWordInput = {
  action: WatchedWordAction;
  /** A word or phrase; `*` matches any letters (`spam*` also catches `spammer`). */
  word: string;
};

export type PostSummaryFragment = { id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } };

export type ViewerFieldsFragment = { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null } | null };

export type StatusFieldsFragment = { key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } };

export type NavigationQueryVariables = Exact<{ [key: string]: never; }>;


export type NavigationQuery = { boards: Array<{ id: string, name: string, slug: string, description: string }>, tags: Array<{ id: string, name: string, color: string }>, statuses: Array<{ key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } }> };

export type PostsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sort: PostSort;
  filter?: PostFilter | null | undefined;
}>;


export type PostsQuery = { posts: { totalCount: number, approximate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } }> } };

export type RoadmapQueryVariables = Exact<{
  first: number;
  boardId?: string | number | null | undefined;
  kind?: PostKind | null | undefined;
}>;


export type RoadmapQuery = { roadmap: Array<{ totalCount: number, status: { key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } }, posts: Array<{ shippedAt: string | null, id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, answeredIn: Array<{ id: string, title: string }>, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } }> }> };

export type TrackerLinkFieldsFragment = { id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } };

export type CommentFieldsFragment = { id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } };

export type PostViewerCanFragment = { edit: boolean, setStatus: boolean, postUpdate: boolean, tag: boolean, move: boolean, merge: boolean, writeInternalNote: boolean, voteOnBehalf: boolean, seeVoters: boolean, linkIssue: boolean, setLinkRule: boolean, flag: boolean };

export type PostDetailFragment = { body: string, bodyHtml: string, updatedAt: string, editedAt: string | null, shippedAt: string | null, viewerHasFlagged: boolean, moderationState: ModerationState | null, moderationReason: string | null, linkRule: MultiLinkRule | null, id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, viewerFollow: { level: FollowLevel, reason: FollowReason } | null, viewerCan: { edit: boolean, setStatus: boolean, postUpdate: boolean, tag: boolean, move: boolean, merge: boolean, writeInternalNote: boolean, voteOnBehalf: boolean, seeVoters: boolean, linkIssue: boolean, setLinkRule: boolean, flag: boolean }, author: { id: string, displayName: string, role: Role }, mergedInto: { id: string, title: string, status: string } | null, bug: { stepsToReproduce: string, stepsToReproduceHtml: string, expected: string, expectedHtml: string, actual: string, actualHtml: string, environment: string, severity: BugSeverity } | null, usability: { location: string, goal: string, goalHtml: string, obstacle: string, obstacleHtml: string } | null, comments: Array<{ id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } }>, timeline: Array<{ id: string, type: PostEventType, source: PostEventSource, trackerName: string | null, createdAt: string, fromStatus: string | null, toStatus: string | null, publicNote: string | null, publicNoteHtml: string | null, internalDetails: string | null, actor: { id: string, displayName: string, role: Role } | null, relatedPost: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null }>, answeredIn: Array<{ id: string, title: string }>, trackerProgress: { total: number, done: number, rule: MultiLinkRule } | null, trackerLinks: Array<{ id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } }> | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }> };

export type PostQueryVariables = Exact<{
  id: string | number;
}>;


export type PostQuery = { post: { body: string, bodyHtml: string, updatedAt: string, editedAt: string | null, shippedAt: string | null, viewerHasFlagged: boolean, moderationState: ModerationState | null, moderationReason: string | null, linkRule: MultiLinkRule | null, id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, viewerFollow: { level: FollowLevel, reason: FollowReason } | null, viewerCan: { edit: boolean, setStatus: boolean, postUpdate: boolean, tag: boolean, move: boolean, merge: boolean, writeInternalNote: boolean, voteOnBehalf: boolean, seeVoters: boolean, linkIssue: boolean, setLinkRule: boolean, flag: boolean }, author: { id: string, displayName: string, role: Role }, mergedInto: { id: string, title: string, status: string } | null, bug: { stepsToReproduce: string, stepsToReproduceHtml: string, expected: string, expectedHtml: string, actual: string, actualHtml: string, environment: string, severity: BugSeverity } | null, usability: { location: string, goal: string, goalHtml: string, obstacle: string, obstacleHtml: string } | null, comments: Array<{ id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } }>, timeline: Array<{ id: string, type: PostEventType, source: PostEventSource, trackerName: string | null, createdAt: string, fromStatus: string | null, toStatus: string | null, publicNote: string | null, publicNoteHtml: string | null, internalDetails: string | null, actor: { id: string, displayName: string, role: Role } | null, relatedPost: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null }>, answeredIn: Array<{ id: string, title: string }>, trackerProgress: { total: number, done: number, rule: MultiLinkRule } | null, trackerLinks: Array<{ id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } }> | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }> } | null };

export type PostChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type PostChangedSubscription = { postChanged: { body: string, bodyHtml: string, updatedAt: string, editedAt: string | null, shippedAt: string | null, viewerHasFlagged: boolean, moderationState: ModerationState | null, moderationReason: string | null, linkRule: MultiLinkRule | null, id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, viewerFollow: { level: FollowLevel, reason: FollowReason } | null, viewerCan: { edit: boolean, setStatus: boolean, postUpdate: boolean, tag: boolean, move: boolean, merge: boolean, writeInternalNote: boolean, voteOnBehalf: boolean, seeVoters: boolean, linkIssue: boolean, setLinkRule: boolean, flag: boolean }, author: { id: string, displayName: string, role: Role }, mergedInto: { id: string, title: string, status: string } | null, bug: { stepsToReproduce: string, stepsToReproduceHtml: string, expected: string, expectedHtml: string, actual: string, actualHtml: string, environment: string, severity: BugSeverity } | null, usability: { location: string, goal: string, goalHtml: string, obstacle: string, obstacleHtml: string } | null, comments: Array<{ id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } }>, timeline: Array<{ id: string, type: PostEventType, source: PostEventSource, trackerName: string | null, createdAt: string, fromStatus: string | null, toStatus: string | null, publicNote: string | null, publicNoteHtml: string | null, internalDetails: string | null, actor: { id: string, displayName: string, role: Role } | null, relatedPost: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null }>, answeredIn: Array<{ id: string, title: string }>, trackerProgress: { total: number, done: number, rule: MultiLinkRule } | null, trackerLinks: Array<{ id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } }> | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }> } };

export type SimilarPostsQueryVariables = Exact<{
  input: SimilarPostsInput;
}>;


export type SimilarPostsQuery = { similarPosts: Array<{ id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } }> };

export type VoteMutationVariables = Exact<{
  postId: string | number;
}>;


export type VoteMutation = { vote: { id: string, voteCount: number, viewerHasVoted: boolean, viewerFollows: boolean } };

export type UnvoteMutationVariables = Exact<{
  postId: string | number;
}>;


export type UnvoteMutation = { unvote: { id: string, voteCount: number, viewerHasVoted: boolean } };

export type SetFollowLevelMutationVariables = Exact<{
  postId: string | number;
  level: FollowLevel;
}>;


export type SetFollowLevelMutation = { setFollowLevel: { id: string, viewerFollow: { level: FollowLevel, reason: FollowReason } | null } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } } };

export type EditCommentMutationVariables = Exact<{
  id: string | number;
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { id: string, parentId: string | null, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deletedAt: string | null, visibility: CommentVisibility, hiddenAt: string | null, hiddenReason: string | null, viewerHasFlagged: boolean, viewerCan: { edit: boolean, delete: boolean, flag: boolean }, author: { id: string, displayName: string, staff: boolean } } };

export type EditPostMutationVariables = Exact<{
  id: string | number;
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost: { id: string, title: string, body: string, bodyHtml: string, editedAt: string | null, viewerCan: { edit: boolean, setStatus: boolean, postUpdate: boolean, tag: boolean, move: boolean, merge: boolean, writeInternalNote: boolean, voteOnBehalf: boolean, seeVoters: boolean, linkIssue: boolean, setLinkRule: boolean, flag: boolean } } };

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: { id: string, body: string, bodyHtml: string, deletedAt: string | null, viewerCan: { edit: boolean, delete: boolean, flag: boolean } } };

export type SubmitPostMutationVariables = Exact<{
  input: SubmitPostInput;
}>;


export type SubmitPostMutation = { submitPost: { id: string, moderationState: ModerationState | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type SetPostStatusMutationVariables = Exact<{
  postId: string | number;
  status: string;
  input?: NoteInput | null | undefined;
}>;


export type SetPostStatusMutation = { setPostStatus: { id: string, status: string } };

export type PostUpdateMutationVariables = Exact<{
  postId: string | number;
  input: RequiredNoteInput;
}>;


export type PostUpdateMutation = { postUpdate: { id: string } };

export type TagPostMutationVariables = Exact<{
  postId: string | number;
  tagId: string | number;
}>;


export type TagPostMutation = { tagPost: { id: string, tags: Array<{ id: string, name: string, color: string }> } };

export type UntagPostMutationVariables = Exact<{
  postId: string | number;
  tagId: string | number;
}>;


export type UntagPostMutation = { untagPost: { id: string, tags: Array<{ id: string, name: string, color: string }> } };

export type MovePostMutationVariables = Exact<{
  postId: string | number;
  boardId: string | number;
}>;


export type MovePostMutation = { movePost: { id: string, board: { id: string, name: string, slug: string } } };

export type MergePostsMutationVariables = Exact<{
  duplicateId: string | number;
  targetId: string | number;
  input?: NoteInput | null | undefined;
}>;


export type MergePostsMutation = { mergePosts: { id: string, voteCount: number, status: string } };

export type TrackerConnectionFieldsFragment = { id: string, kind: TrackerKind, name: string, baseUrl: string | null, email: string | null, projectKey: string | null, issueType: string | null, teamId: string | null, hasWebhookSecret: boolean, webhookUrl: string, multiLinkRule: MultiLinkRule, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null, createdAt: string, settings: Array<{ key: string, value: string }>, statusMapping: Array<{ stateId: string, stateName: string, category: string, status: string | null, defaultStatus: string | null, isDefault: boolean }> };

export type TrackerKindFieldsFragment = { kind: TrackerKind, name: string, addLabel: { en: string, de: string }, webhookHelp: { en: string, de: string }, settings: Array<{ key: string, secret: boolean, required: boolean, format: string, maxLength: number, placeholder: string | null, initialValue: string | null, advanced: boolean, label: { en: string, de: string }, hint: { en: string, de: string } | null }> };

export type TrackerConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackerConnectionsQuery = { trackerConnections: Array<{ id: string, kind: TrackerKind, name: string, baseUrl: string | null, email: string | null, projectKey: string | null, issueType: string | null, teamId: string | null, hasWebhookSecret: boolean, webhookUrl: string, multiLinkRule: MultiLinkRule, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null, createdAt: string, settings: Array<{ key: string, value: string }>, statusMapping: Array<{ stateId: string, stateName: string, category: string, status: string | null, defaultStatus: string | null, isDefault: boolean }> }>, trackerKinds: Array<{ kind: TrackerKind, name: string, addLabel: { en: string, de: string }, webhookHelp: { en: string, de: string }, settings: Array<{ key: string, secret: boolean, required: boolean, format: string, maxLength: number, placeholder: string | null, initialValue: string | null, advanced: boolean, label: { en: string, de: string }, hint: { en: string, de: string } | null }> }> };

export type TrackerConnectionNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackerConnectionNamesQuery = { trackerConnections: Array<{ id: string, kind: TrackerKind, name: string }> };

export type CreateTrackerConnectionMutationVariables = Exact<{
  kind: TrackerKind;
  input: TrackerConnectionInput;
}>;


export type CreateTrackerConnectionMutation = { createTrackerConnection: { id: string, kind: TrackerKind, name: string, baseUrl: string | null, email: string | null, projectKey: string | null, issueType: string | null, teamId: string | null, hasWebhookSecret: boolean, webhookUrl: string, multiLinkRule: MultiLinkRule, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null, createdAt: string, settings: Array<{ key: string, value: string }>, statusMapping: Array<{ stateId: string, stateName: string, category: string, status: string | null, defaultStatus: string | null, isDefault: boolean }> } };

export type UpdateTrackerConnectionMutationVariables = Exact<{
  id: string | number;
  input: TrackerConnectionInput;
}>;


export type UpdateTrackerConnectionMutation = { updateTrackerConnection: { id: string, kind: TrackerKind, name: string, baseUrl: string | null, email: string | null, projectKey: string | null, issueType: string | null, teamId: string | null, hasWebhookSecret: boolean, webhookUrl: string, multiLinkRule: MultiLinkRule, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null, createdAt: string, settings: Array<{ key: string, value: string }>, statusMapping: Array<{ stateId: string, stateName: string, category: string, status: string | null, defaultStatus: string | null, isDefault: boolean }> } };

export type DeleteTrackerConnectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrackerConnectionMutation = { deleteTrackerConnection: boolean };

export type TestTrackerConnectionMutationVariables = Exact<{
  id: string | number;
}>;


export type TestTrackerConnectionMutation = { testTrackerConnection: { ok: boolean, message: string } };

export type SetTrackerStatusMappingMutationVariables = Exact<{
  connectionId: string | number;
  input: StatusMappingInput;
}>;


export type SetTrackerStatusMappingMutation = { setTrackerStatusMapping: { id: string, kind: TrackerKind, name: string, baseUrl: string | null, email: string | null, projectKey: string | null, issueType: string | null, teamId: string | null, hasWebhookSecret: boolean, webhookUrl: string, multiLinkRule: MultiLinkRule, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null, createdAt: string, settings: Array<{ key: string, value: string }>, statusMapping: Array<{ stateId: string, stateName: string, category: string, status: string | null, defaultStatus: string | null, isDefault: boolean }> } };

export type CreateTrackerIssueMutationVariables = Exact<{
  postId: string | number;
  connectionId: string | number;
}>;


export type CreateTrackerIssueMutation = { createTrackerIssue: { id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } } };

export type LinkTrackerIssueMutationVariables = Exact<{
  postId: string | number;
  input: LinkIssueInput;
}>;


export type LinkTrackerIssueMutation = { linkTrackerIssue: { id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } } };

export type UnlinkTrackerIssueMutationVariables = Exact<{
  linkId: string | number;
}>;


export type UnlinkTrackerIssueMutation = { unlinkTrackerIssue: { id: string, status: string, linkRule: MultiLinkRule | null, trackerProgress: { total: number, done: number, rule: MultiLinkRule } | null, trackerLinks: Array<{ id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } }> | null } };

export type RetryTrackerLinkMutationVariables = Exact<{
  linkId: string | number;
}>;


export type RetryTrackerLinkMutation = { retryTrackerLink: { id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, connection: { id: string, name: string, kind: TrackerKind } } };

export type SetPostLinkRuleMutationVariables = Exact<{
  postId: string | number;
  rule?: MultiLinkRule | null | undefined;
}>;


export type SetPostLinkRuleMutation = { setPostLinkRule: { id: string, status: string, linkRule: MultiLinkRule | null, trackerProgress: { total: number, done: number, rule: MultiLinkRule } | null } };

export type SyncHealthQueryVariables = Exact<{
  limit: number;
}>;


export type SyncHealthQuery = { syncHealth: { failedLinks: number, retryingLinks: number, pendingLinks: number, connections: Array<{ level: ConnectionHealthLevel, failedLinks: number, retryingLinks: number, pendingLinks: number, failedDeliveries: number, lastDeliveryAt: string | null, connection: { id: string, name: string, kind: TrackerKind, lastSyncedAt: string | null, lastSyncError: string | null, verifiedAt: string | null } }>, links: Array<{ id: string, state: TrackerLinkState, issueKey: string | null, issueUrl: string | null, issueTitle: string | null, requestedKey: string | null, trackerStateName: string | null, mappedStatus: string | null, lastError: string | null, attempts: number, nextAttemptAt: string | null, createdAt: string, post: { id: string, title: string }, connection: { id: string, name: string, kind: TrackerKind } }>, deliveries: Array<{ id: string, deliveryId: string, state: DeliveryState, detail: string | null, receivedAt: string, processedAt: string | null }>, jobs: Array<{ id: string, name: string, state: string, error: string | null, createdOn: string }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, deliveryId: string, state: DeliveryState, detail: string | null, receivedAt: string, processedAt: string | null } };

export type RetryTrackerJobMutationVariables = Exact<{
  jobId: string | number;
}>;


export type RetryTrackerJobMutation = { retryTrackerJob: boolean };

export type CommunityReportQueryVariables = Exact<{
  from: string;
  to: string;
  board?: string | number | null | undefined;
  kind?: PostKind | null | undefined;
}>;


export type CommunityReportQuery = { communityReport: { from: string, to: string, previousFrom: string, topPostsLinkedShare: number | null, counts: Array<{ metric: ReportMetric, value: number, previous: number, changePercent: number | null, series: Array<{ weekStart: string, value: number }> }>, hoursToFirstResponse: { value: number | null, previous: number | null, changePercent: number | null }, hoursToTriage: { value: number | null, previous: number | null, changePercent: number | null }, daysToShip: { value: number | null, previous: number | null, changePercent: number | null }, topUnlinkedPosts: Array<{ id: string, title: string, kind: PostKind, status: string, voteCount: number, commentCount: number, board: { id: string, name: string } }>, topTags: Array<{ value: number, previous: number, changePercent: number | null, tag: { id: string, name: string, color: string } }>, gainers: Array<{ votes: number, post: { id: string, title: string, kind: PostKind, status: string, board: { id: string, name: string } } }>, hotTopics: Array<{ label: string, value: number, previous: number, tag: { id: string, name: string } | null }> } };

export type MemberSummaryFragment = { id: string, displayName: string, email: string | null, role: Role, createdAt: string, activity: { posts: number, comments: number, votes: number } | null };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type MembersQuery = { members: Array<{ id: string, displayName: string, email: string | null, role: Role, createdAt: string, activity: { posts: number, comments: number, votes: number } | null }> };

export type MemberQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type MemberQuery = { member: { viewerCanSanction: boolean, staffNote: string | null, id: string, displayName: string, email: string | null, role: Role, createdAt: string, trustLevel: number | null, viewerCanSetTrustLevel: boolean, signUpIp: string | null, posts: Array<{ id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } }> | null, recentComments: Array<{ id: string, body: string, bodyHtml: string, createdAt: string, visibility: CommentVisibility, post: { id: string, title: string } }> | null, votes: Array<{ createdAt: string, post: { id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } } }> | null, following: Array<{ id: string, title: string, kind: PostKind, status: string, voteCount: number, viewerHasVoted: boolean, commentCount: number, createdAt: string, moderationState: ModerationState | null, board: { id: string, name: string, slug: string }, tags: Array<{ id: string, name: string, color: string }>, author: { id: string, displayName: string } }> | null, sanctions: Array<{ id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null }> | null, staffActions: Array<{ id: string, action: AuditAction, reason: string | null, createdAt: string, actor: { id: string, displayName: string } | null }> | null, moderationRecord: { flagsGiven: number, flagsGivenAgreed: number, flagsReceived: number, flagsReceivedAgreed: number, hiddenPosts: number, hiddenComments: number } | null, activity: { posts: number, comments: number, votes: number } | null, trustLevelOrigin: { since: string | null, setByStaff: boolean, kept: boolean, reason: string | null, setBy: { id: string, displayName: string } | null } | null, relatedAccounts: Array<{ sameSignUpIp: boolean, sameEmailDomain: boolean, member: { id: string, displayName: string, role: Role, createdAt: string } }> | null } | null };

export type MemberTrustFragment = { trustLevel: number | null, viewerCanSetTrustLevel: boolean, signUpIp: string | null, trustLevelOrigin: { since: string | null, setByStaff: boolean, kept: boolean, reason: string | null, setBy: { id: string, displayName: string } | null } | null, relatedAccounts: Array<{ sameSignUpIp: boolean, sameEmailDomain: boolean, member: { id: string, displayName: string, role: Role, createdAt: string } }> | null };

export type SetTrustLevelMutationVariables = Exact<{
  memberId: string | number;
  level: number;
  reason: string;
  keep: boolean;
}>;


export type SetTrustLevelMutation = { setTrustLevel: { id: string, trustLevel: number | null, viewerCanSetTrustLevel: boolean, signUpIp: string | null, trustLevelOrigin: { since: string | null, setByStaff: boolean, kept: boolean, reason: string | null, setBy: { id: string, displayName: string } | null } | null, relatedAccounts: Array<{ sameSignUpIp: boolean, sameEmailDomain: boolean, member: { id: string, displayName: string, role: Role, createdAt: string } }> | null } };

export type TrustSettingsFieldsFragment = { accountsPerIpPerDay: number, blockedEmailDomains: Array<string>, commonEmailDomains: Array<string>, levels: Array<{ level: number, postsPerDay: number, commentsPerDay: number, secondsBetweenPosts: number, secondsBetweenComments: number, linksPerPost: number, votesPerDay: number, promotion: { daysSinceJoined: number, daysVisited: number, postsRead: number, acceptedContributions: number } | null }> };

export type TrustSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustSettingsQuery = { trustSettings: { accountsPerIpPerDay: number, blockedEmailDomains: Array<string>, commonEmailDomains: Array<string>, levels: Array<{ level: number, postsPerDay: number, commentsPerDay: number, secondsBetweenPosts: number, secondsBetweenComments: number, linksPerPost: number, votesPerDay: number, promotion: { daysSinceJoined: number, daysVisited: number, postsRead: number, acceptedContributions: number } | null }> } };

export type UpdateTrustSettingsMutationVariables = Exact<{
  input: TrustSettingsInput;
}>;


export type UpdateTrustSettingsMutation = { updateTrustSettings: { accountsPerIpPerDay: number, blockedEmailDomains: Array<string>, commonEmailDomains: Array<string>, levels: Array<{ level: number, postsPerDay: number, commentsPerDay: number, secondsBetweenPosts: number, secondsBetweenComments: number, linksPerPost: number, votesPerDay: number, promotion: { daysSinceJoined: number, daysVisited: number, postsRead: number, acceptedContributions: number } | null }> } };

export type SanctionFieldsFragment = { id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null };

export type WarnMemberMutationVariables = Exact<{
  memberId: string | number;
  clause?: string | null | undefined;
  message: string;
}>;


export type WarnMemberMutation = { warnMember: { id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null } };

export type SilenceMemberMutationVariables = Exact<{
  memberId: string | number;
  until: string;
  reason: string;
}>;


export type SilenceMemberMutation = { silenceMember: { id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null } };

export type SuspendMemberMutationVariables = Exact<{
  memberId: string | number;
  until?: string | null | undefined;
  reason: string;
}>;


export type SuspendMemberMutation = { suspendMember: { id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null } };

export type LiftSanctionMutationVariables = Exact<{
  sanctionId: string | number;
}>;


export type LiftSanctionMutation = { liftSanction: { id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null } };

export type SetMemberStaffNoteMutationVariables = Exact<{
  memberId: string | number;
  note: string;
}>;


export type SetMemberStaffNoteMutation = { setMemberStaffNote: { id: string, staffNote: string | null } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: AuditAction, targetType: string, targetId: string, reason: string | null, before: string | null, after: string | null, createdAt: string, actor: { id: string, displayName: string } | null, targetMember: { id: string, displayName: string } | null }> } };

export type NetiquetteQueryVariables = Exact<{ [key: string]: never; }>;


export type NetiquetteQuery = { netiquette: { version: number, publishedAt: string, bodyHtml: string, clauses: Array<{ anchor: string, title: string }> } | null };

export type NetiquetteVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetiquetteVersionsQuery = { netiquetteVersions: Array<{ version: number, material: boolean, publishedAt: string, body: string, bodyHtml: string, clauses: Array<{ anchor: string, title: string }>, publishedBy: { id: string, displayName: string } | null }> };

export type PublishNetiquetteMutationVariables = Exact<{
  body: string;
  material: boolean;
}>;


export type PublishNetiquetteMutation = { publishNetiquette: { version: number, material: boolean } };

export type AcceptNetiquetteMutationVariables = Exact<{
  version: number;
}>;


export type AcceptNetiquetteMutation = { acceptNetiquette: { id: string, displayName: string, email: string | null, role: Role, createdAt: string, emailVerified: boolean | null, emailBouncing: boolean | null, netiquetteDue: number | null, activeSanction: { id: string, kind: SanctionKind, reason: string, endsAt: string | null } | null, can: { triage: boolean, setPostStatus: boolean, tagPosts: boolean, movePosts: boolean, mergePosts: boolean, manageBoardsAndTags: boolean, viewTrackerConnections: boolean, manageTrackerConnections: boolean, editStatusMapping: boolean, linkIssues: boolean, viewSyncHealth: boolean, repairSync: boolean, viewDashboard: boolean, viewMembers: boolean, setRoles: boolean, manageStatuses: boolean, viewOutbox: boolean, watchBoards: boolean, writeChangelog: boolean, sanctionMembers: boolean, readAuditLog: boolean, configureHolding: boolean, watchWords: boolean, writeNetiquette: boolean, moderate: boolean, reviewHeldPosts: boolean, manageFlagSettings: boolean, editTrustSettings: boolean } | null } };

export type SetMemberRoleMutationVariables = Exact<{
  memberId: string | number;
  role: Role;
}>;


export type SetMemberRoleMutation = { setMemberRole: { id: string, role: Role } };

export type VoteFieldsFragment = { createdAt: string, member: { id: string, displayName: string }, castBy: { id: string, displayName: string } | null };

export type PostVotersQueryVariables = Exact<{
  id: string | number;
}>;


export type PostVotersQuery = { post: { id: string, voteCount: number, voters: Array<{ createdAt: string, member: { id: string, displayName: string }, castBy: { id: string, displayName: string } | null }> | null } | null };

export type VoteOnBehalfMutationVariables = Exact<{
  postId: string | number;
  memberId: string | number;
}>;


export type VoteOnBehalfMutation = { voteOnBehalf: { id: string, voteCount: number, voters: Array<{ createdAt: string, member: { id: string, displayName: string }, castBy: { id: string, displayName: string } | null }> | null } };

export type BoardFieldsFragment = { id: string, name: string, slug: string, description: string, position: number, archivedAt: string | null };

export type TagFieldsFragment = { id: string, name: string, description: string, color: string, position: number, archivedAt: string | null };

export type BoardCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCatalogQuery = { boards: Array<{ id: string, name: string, slug: string, description: string, position: number, archivedAt: string | null }> };

export type TagCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type TagCatalogQuery = { tags: Array<{ id: string, name: string, description: string, color: string, position: number, archivedAt: string | null }> };

export type CreateBoardMutationVariables = Exact<{
  input: BoardInput;
}>;


export type CreateBoardMutation = { createBoard: { id: string, name: string, slug: string, description: string, position: number, archivedAt: string | null } };

export type UpdateBoardMutationVariables = Exact<{
  id: string | number;
  input: UpdateBoardInput;
}>;


export type UpdateBoardMutation = { updateBoard: { id: string, name: string, slug: string, description: string, position: number, archivedAt: string | null } };

export type ReorderBoardsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderBoardsMutation = { reorderBoards: Array<{ id: string, name: string, slug: string, description: string, position: number, archivedAt: string | null }> };

export type CreateTagMutationVariables = Exact<{
  input: TagInput;
}>;


export type CreateTagMutation = { createTag: { id: string, name: string, description: string, color: string, position: number, archivedAt: string | null } };

export type UpdateTagMutationVariables = Exact<{
  id: string | number;
  input: UpdateTagInput;
}>;


export type UpdateTagMutation = { updateTag: { id: string, name: string, description: string, color: string, position: number, archivedAt: string | null } };

export type ReorderTagsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderTagsMutation = { reorderTags: Array<{ id: string, name: string, description: string, color: string, position: number, archivedAt: string | null }> };

export type CreateStatusMutationVariables = Exact<{
  input: StatusInput;
}>;


export type CreateStatusMutation = { createStatus: { key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } } };

export type UpdateStatusMutationVariables = Exact<{
  key: string;
  input: UpdateStatusInput;
}>;


export type UpdateStatusMutation = { updateStatus: { key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } } };

export type ReorderStatusesMutationVariables = Exact<{
  keys: Array<string> | string;
}>;


export type ReorderStatusesMutation = { reorderStatuses: Array<{ key: string, color: string, category: StatusCategory, position: number, onRoadmap: boolean, public: boolean, archivedAt: string | null, settable: boolean, reserved: boolean, names: { en: string, de: string } }> };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type VerifyEmailMutationVariables = Exact<{
  input: AccountLinkInput;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type ConfirmEmailChangeMutationVariables = Exact<{
  input: AccountLinkInput;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type OutboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutboxQuery = { outbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, toAddress: string, subject: string, text: string, htmlSanitized: string, status: MailStatus, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, template: string, language: Language }> } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, category: NotificationCategory, toStatus: string | null, excerpt: string | null, createdAt: string, readAt: string | null, commentId: string | null, post: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null, actor: { displayName: string } | null };

export type NotificationPreviewQueryVariables = Exact<{
  postId?: string | number | null | undefined;
  postIds?: Array<string | number> | string | number | null | undefined;
}>;


export type NotificationPreviewQuery = { notificationPreview: { total: number, emailNow: number, emailDigest: number, inAppOnly: number } };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, category: NotificationCategory, toStatus: string | null, excerpt: string | null, createdAt: string, readAt: string | null, commentId: string | null, post: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null, actor: { displayName: string } | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, category: NotificationCategory, toStatus: string | null, excerpt: string | null, createdAt: string, readAt: string | null, commentId: string | null, post: { id: string, title: string } | null, changelogEntry: { id: string, title: string } | null, actor: { displayName: string } | null } };

export type NotificationPreferencesFieldsFragment = { emailCadence: EmailCadence, digestHour: number, timeZone: string, allChangelogEntries: boolean, categories: Array<{ category: NotificationCategory, inApp: boolean, email: boolean }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { emailCadence: EmailCadence, digestHour: number, timeZone: string, allChangelogEntries: boolean, categories: Array<{ category: NotificationCategory, inApp: boolean, email: boolean }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { emailCadence: EmailCadence, digestHour: number, timeZone: string, allChangelogEntries: boolean, categories: Array<{ category: NotificationCategory, inApp: boolean, email: boolean }> } };

export type UnsubscribeMutationVariables = Exact<{
  input: UnsubscribeInput;
}>;


export type UnsubscribeMutation = { unsubscribe: { categories: Array<NotificationCategory> } };

export type WatchedBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchedBoardsQuery = { boards: Array<{ id: string, viewerWatches: boolean }> };

export type WatchBoardMutationVariables = Exact<{
  boardId: string | number;
  watch: boolean;
}>;


export type WatchBoardMutation = { watchBoard: { id: string, viewerWatches: boolean } };

export type ChangelogEntryCardFragment = { id: string, title: string, bodyHtml: string, coverImageUrl: string | null, publishedAt: string | null, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string }> };

export type PublicChangelogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  boardId?: string | number | null | undefined;
}>;


export type PublicChangelogQuery = { changelog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, bodyHtml: string, coverImageUrl: string | null, publishedAt: string | null, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string }> }> } };

export type ChangelogEditorFieldsFragment = { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> };

export type ChangelogCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangelogCategoriesQuery = { changelogCategories: Array<{ id: string, name: string }> };

export type ChangelogEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangelogEditorQuery = { changelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> }, changelogCategories: Array<{ id: string, name: string, archivedAt: string | null }> };

export type ChangelogDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangelogDraftsQuery = { changelogDrafts: Array<{ id: string, title: string, state: ChangelogEntryState, scheduledFor: string | null, updatedAt: string, category: { name: string }, author: { displayName: string } | null, posts: Array<{ id: string }> }> };

export type PreviewMarkdownQueryVariables = Exact<{
  body: string;
}>;


export type PreviewMarkdownQuery = { previewMarkdown: string };

export type ChangelogNotificationPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangelogNotificationPreviewQuery = { changelogNotificationPreview: { total: number, emailNow: number, emailDigest: number, inAppOnly: number } };

export type PostPickerQueryVariables = Exact<{
  search: string;
}>;


export type PostPickerQuery = { posts: { nodes: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type CreateChangelogEntryMutationVariables = Exact<{
  input: ChangelogEntryInput;
}>;


export type CreateChangelogEntryMutation = { createChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type UpdateChangelogEntryMutationVariables = Exact<{
  id: string | number;
  input: UpdateChangelogEntryInput;
}>;


export type UpdateChangelogEntryMutation = { updateChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type PublishChangelogEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishChangelogEntryMutation = { publishChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type UnpublishChangelogEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishChangelogEntryMutation = { unpublishChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type ScheduleChangelogEntryMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type ScheduleChangelogEntryMutation = { scheduleChangelogEntry: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type CancelChangelogScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelChangelogScheduleMutation = { cancelChangelogSchedule: { id: string, title: string, body: string, bodyHtml: string, state: ChangelogEntryState, scheduledFor: string | null, publishedAt: string | null, coverImageUrl: string | null, updatedAt: string, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string, voteCount: number }> } };

export type PublicChangelogEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicChangelogEntryQuery = { changelogEntry: { id: string, title: string, bodyHtml: string, coverImageUrl: string | null, publishedAt: string | null, category: { id: string, name: string }, posts: Array<{ id: string, title: string, status: string }> } };

export type WhatsNewCountQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type WhatsNewCountQuery = { whatsNewCount: number };

export type MarkChangelogSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkChangelogSeenMutation = { markChangelogSeen: string };

export type ChangelogSubscriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangelogSubscriptionQuery = { notificationPreferences: { allChangelogEntries: boolean } };

export type SetChangelogSubscriptionMutationVariables = Exact<{
  all: boolean;
}>;


export type SetChangelogSubscriptionMutation = { updateNotificationPreferences: { allChangelogEntries: boolean } };

export type ModerationSettingsQueryVariables = Exact<{
  holding: boolean;
  words: boolean;
}>;


export type ModerationSettingsQuery = { holdSettings?: { policy: HoldPolicy, firstPosts: number }, boards?: Array<{ id: string, name: string, holdPolicy: HoldPolicy | null }>, watchedWords?: Array<{ id: string, word: string, action: WatchedWordAction, createdAt: string }> };

export type UpdateHoldSettingsMutationVariables = Exact<{
  input: HoldSettingsInput;
}>;


export type UpdateHoldSettingsMutation = { updateHoldSettings: { policy: HoldPolicy, firstPosts: number } };

export type SetBoardHoldPolicyMutationVariables = Exact<{
  id: string | number;
  holdPolicy: HoldPolicy;
}>;


export type SetBoardHoldPolicyMutation = { updateBoard: { id: string, name: string, holdPolicy: HoldPolicy | null } };

export type AddWatchedWordMutationVariables = Exact<{
  input: WatchedWordInput;
}>;


export type AddWatchedWordMutation = { addWatchedWord: { id: string, word: string, action: WatchedWordAction, createdAt: string } };

export type RemoveWatchedWordMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWatchedWordMutation = { removeWatchedWord: { id: string, word: string } };

export type FlagContentMutationVariables = Exact<{
  target: ContentTargetInput;
  reason: FlagReason;
  message?: string | null | undefined;
}>;


export type FlagContentMutation = { flagContent: { id: string } };

export type ModerationSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationSummaryQuery = { moderationSummary: { held: number, heldOverdue: number, flagged: number | null } };

export type ModerationQueueQueryVariables = Exact<{
  filter: ModerationQueueFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null, score: number, since: string, overdue: boolean, authorFlagCount: number, flags: Array<{ id: string, reason: FlagReason, message: string | null, weight: number, createdAt: string, flagger: { id: string, displayName: string } | null }>, post: { id: string, title: string, bodyHtml: string }, comment: { id: string, bodyHtml: string } | null, author: { viewerCanSanction: boolean, id: string, displayName: string, email: string | null, role: Role, createdAt: string, posts: Array<{ id: string, title: string }> | null, sanctions: Array<{ id: string, kind: SanctionKind, reason: string, clause: string | null, startsAt: string, endsAt: string | null, liftedAt: string | null, active: boolean, actor: { id: string, displayName: string } | null }> | null, activity: { posts: number, comments: number, votes: number } | null } }> } };

export type ModeratedContentFieldsFragment = { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null };

export type ResolveFlagsMutationVariables = Exact<{
  target: ContentTargetInput;
  resolution: FlagResolution;
  messageToAuthor?: string | null | undefined;
}>;


export type ResolveFlagsMutation = { resolveFlags: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type HideContentMutationVariables = Exact<{
  target: ContentTargetInput;
  reason: string;
  messageToAuthor?: string | null | undefined;
}>;


export type HideContentMutation = { hideContent: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type RestoreContentMutationVariables = Exact<{
  target: ContentTargetInput;
  messageToAuthor?: string | null | undefined;
}>;


export type RestoreContentMutation = { restoreContent: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type ApprovePostMutationVariables = Exact<{
  postId: string | number;
  messageToAuthor?: string | null | undefined;
}>;


export type ApprovePostMutation = { approvePost: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type RejectPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
  messageToAuthor?: string | null | undefined;
}>;


export type RejectPostMutation = { rejectPost: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type DeleteFlaggedCommentMutationVariables = Exact<{
  commentId: string | number;
  messageToAuthor?: string | null | undefined;
}>;


export type DeleteFlaggedCommentMutation = { deleteFlaggedComment: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type AgreeAndSuspendMutationVariables = Exact<{
  target: ContentTargetInput;
  reason: string;
  until?: string | null | undefined;
}>;


export type AgreeAndSuspendMutation = { agreeAndSuspend: { kind: ContentKind, id: string, held: boolean, hidden: boolean, hiddenReason: string | null } };

export type FlagSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlagSettingsQuery = { flagSettings: { hideThreshold: number, levels: Array<{ trustLevel: number, weight: number, dailyLimit: number }> } };

export type UpdateFlagSettingsMutationVariables = Exact<{
  input: FlagSettingsInput;
}>;


export type UpdateFlagSettingsMutation = { updateFlagSettings: { hideThreshold: number, levels: Array<{ trustLevel: number, weight: number, dailyLimit: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const StatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}
    `, {"fragmentName":"StatusFields"}) as unknown as TypedDocumentString<StatusFieldsFragment, unknown>;
export const PostSummaryFragmentDoc = new TypedDocumentString(`
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
    `, {"fragmentName":"PostSummary"}) as unknown as TypedDocumentString<PostSummaryFragment, unknown>;
export const PostViewerCanFragmentDoc = new TypedDocumentString(`
    fragment PostViewerCan on PostCapabilities {
  edit
  setStatus
  postUpdate
  tag
  move
  merge
  writeInternalNote
  voteOnBehalf
  seeVoters
  linkIssue
  setLinkRule
  flag
}
    `, {"fragmentName":"PostViewerCan"}) as unknown as TypedDocumentString<PostViewerCanFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const TrackerLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}
    `, {"fragmentName":"TrackerLinkFields"}) as unknown as TypedDocumentString<TrackerLinkFieldsFragment, unknown>;
export const PostDetailFragmentDoc = new TypedDocumentString(`
    fragment PostDetail on Post {
  ...PostSummary
  body
  bodyHtml
  updatedAt
  editedAt
  shippedAt
  viewerFollow {
    level
    reason
  }
  viewerCan {
    ...PostViewerCan
  }
  viewerHasFlagged
  moderationState
  moderationReason
  linkRule
  author {
    id
    displayName
    role
  }
  mergedInto {
    id
    title
    status
  }
  bug {
    stepsToReproduce
    stepsToReproduceHtml
    expected
    expectedHtml
    actual
    actualHtml
    environment
    severity
  }
  usability {
    location
    goal
    goalHtml
    obstacle
    obstacleHtml
  }
  comments {
    ...CommentFields
  }
  timeline {
    id
    type
    source
    trackerName
    createdAt
    fromStatus
    toStatus
    publicNote
    publicNoteHtml
    internalDetails
    actor {
      id
      displayName
      role
    }
    relatedPost {
      id
      title
    }
    changelogEntry {
      id
      title
    }
  }
  answeredIn {
    id
    title
  }
  trackerProgress {
    total
    done
    rule
  }
  trackerLinks {
    ...TrackerLinkFields
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}
fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}
fragment PostViewerCan on PostCapabilities {
  edit
  setStatus
  postUpdate
  tag
  move
  merge
  writeInternalNote
  voteOnBehalf
  seeVoters
  linkIssue
  setLinkRule
  flag
}`, {"fragmentName":"PostDetail"}) as unknown as TypedDocumentString<PostDetailFragment, unknown>;
export const TrackerConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackerConnectionFields on TrackerConnection {
  id
  kind
  name
  baseUrl
  email
  projectKey
  issueType
  teamId
  settings {
    key
    value
  }
  hasWebhookSecret
  webhookUrl
  multiLinkRule
  lastSyncedAt
  lastSyncError
  verifiedAt
  createdAt
  statusMapping {
    stateId
    stateName
    category
    status
    defaultStatus
    isDefault
  }
}
    `, {"fragmentName":"TrackerConnectionFields"}) as unknown as TypedDocumentString<TrackerConnectionFieldsFragment, unknown>;
export const TrackerKindFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackerKindFields on TrackerKindDescription {
  kind
  name
  addLabel {
    en
    de
  }
  webhookHelp {
    en
    de
  }
  settings {
    key
    secret
    required
    format
    maxLength
    placeholder
    initialValue
    advanced
    label {
      en
      de
    }
    hint {
      en
      de
    }
  }
}
    `, {"fragmentName":"TrackerKindFields"}) as unknown as TypedDocumentString<TrackerKindFieldsFragment, unknown>;
export const MemberSummaryFragmentDoc = new TypedDocumentString(`
    fragment MemberSummary on Member {
  id
  displayName
  email
  role
  createdAt
  activity {
    posts
    comments
    votes
  }
}
    `, {"fragmentName":"MemberSummary"}) as unknown as TypedDocumentString<MemberSummaryFragment, unknown>;
export const MemberTrustFragmentDoc = new TypedDocumentString(`
    fragment MemberTrust on Member {
  trustLevel
  trustLevelOrigin {
    since
    setByStaff
    kept
    reason
    setBy {
      id
      displayName
    }
  }
  viewerCanSetTrustLevel
  signUpIp
  relatedAccounts {
    sameSignUpIp
    sameEmailDomain
    member {
      id
      displayName
      role
      createdAt
    }
  }
}
    `, {"fragmentName":"MemberTrust"}) as unknown as TypedDocumentString<MemberTrustFragment, unknown>;
export const TrustSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrustSettingsFields on TrustSettingsView {
  accountsPerIpPerDay
  blockedEmailDomains
  commonEmailDomains
  levels {
    level
    postsPerDay
    commentsPerDay
    secondsBetweenPosts
    secondsBetweenComments
    linksPerPost
    votesPerDay
    promotion {
      daysSinceJoined
      daysVisited
      postsRead
      acceptedContributions
    }
  }
}
    `, {"fragmentName":"TrustSettingsFields"}) as unknown as TypedDocumentString<TrustSettingsFieldsFragment, unknown>;
export const SanctionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}
    `, {"fragmentName":"SanctionFields"}) as unknown as TypedDocumentString<SanctionFieldsFragment, unknown>;
export const VoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoteFields on Vote {
  createdAt
  member {
    id
    displayName
  }
  castBy {
    id
    displayName
  }
}
    `, {"fragmentName":"VoteFields"}) as unknown as TypedDocumentString<VoteFieldsFragment, unknown>;
export const BoardFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardFields on Board {
  id
  name
  slug
  description
  position
  archivedAt
}
    `, {"fragmentName":"BoardFields"}) as unknown as TypedDocumentString<BoardFieldsFragment, unknown>;
export const TagFieldsFragmentDoc = new TypedDocumentString(`
    fragment TagFields on Tag {
  id
  name
  description
  color
  position
  archivedAt
}
    `, {"fragmentName":"TagFields"}) as unknown as TypedDocumentString<TagFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  category
  toStatus
  excerpt
  createdAt
  readAt
  commentId
  post {
    id
    title
  }
  changelogEntry {
    id
    title
  }
  actor {
    displayName
  }
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationPreferencesFields on NotificationPreferences {
  categories {
    category
    inApp
    email
  }
  emailCadence
  digestHour
  timeZone
  allChangelogEntries
}
    `, {"fragmentName":"NotificationPreferencesFields"}) as unknown as TypedDocumentString<NotificationPreferencesFieldsFragment, unknown>;
export const ChangelogEntryCardFragmentDoc = new TypedDocumentString(`
    fragment ChangelogEntryCard on ChangelogEntry {
  id
  title
  bodyHtml
  coverImageUrl
  publishedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
  }
}
    `, {"fragmentName":"ChangelogEntryCard"}) as unknown as TypedDocumentString<ChangelogEntryCardFragment, unknown>;
export const ChangelogEditorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}
    `, {"fragmentName":"ChangelogEditorFields"}) as unknown as TypedDocumentString<ChangelogEditorFieldsFragment, unknown>;
export const ModeratedContentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}
    `, {"fragmentName":"ModeratedContentFields"}) as unknown as TypedDocumentString<ModeratedContentFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const NavigationDocument = new TypedDocumentString(`
    query Navigation {
  boards {
    id
    name
    slug
    description
  }
  tags {
    id
    name
    color
  }
  statuses(includeArchived: true) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}`) as unknown as TypedDocumentString<NavigationQuery, NavigationQueryVariables>;
export const PostsDocument = new TypedDocumentString(`
    query Posts($first: Int!, $after: String, $sort: PostSort!, $filter: PostFilter) {
  posts(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount
    approximate
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...PostSummary
    }
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<PostsQuery, PostsQueryVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap($first: Int!, $boardId: ID, $kind: PostKind) {
  roadmap(first: $first, boardId: $boardId, kind: $kind) {
    status {
      ...StatusFields
    }
    totalCount
    posts {
      ...PostSummary
      shippedAt
      answeredIn {
        id
        title
      }
    }
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const PostDocument = new TypedDocumentString(`
    query Post($id: ID!) {
  post(id: $id) {
    ...PostDetail
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}
fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}
fragment PostViewerCan on PostCapabilities {
  edit
  setStatus
  postUpdate
  tag
  move
  merge
  writeInternalNote
  voteOnBehalf
  seeVoters
  linkIssue
  setLinkRule
  flag
}
fragment PostDetail on Post {
  ...PostSummary
  body
  bodyHtml
  updatedAt
  editedAt
  shippedAt
  viewerFollow {
    level
    reason
  }
  viewerCan {
    ...PostViewerCan
  }
  viewerHasFlagged
  moderationState
  moderationReason
  linkRule
  author {
    id
    displayName
    role
  }
  mergedInto {
    id
    title
    status
  }
  bug {
    stepsToReproduce
    stepsToReproduceHtml
    expected
    expectedHtml
    actual
    actualHtml
    environment
    severity
  }
  usability {
    location
    goal
    goalHtml
    obstacle
    obstacleHtml
  }
  comments {
    ...CommentFields
  }
  timeline {
    id
    type
    source
    trackerName
    createdAt
    fromStatus
    toStatus
    publicNote
    publicNoteHtml
    internalDetails
    actor {
      id
      displayName
      role
    }
    relatedPost {
      id
      title
    }
    changelogEntry {
      id
      title
    }
  }
  answeredIn {
    id
    title
  }
  trackerProgress {
    total
    done
    rule
  }
  trackerLinks {
    ...TrackerLinkFields
  }
}`) as unknown as TypedDocumentString<PostQuery, PostQueryVariables>;
export const PostChangedDocument = new TypedDocumentString(`
    subscription PostChanged($id: ID!) {
  postChanged(id: $id) {
    ...PostDetail
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}
fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}
fragment PostViewerCan on PostCapabilities {
  edit
  setStatus
  postUpdate
  tag
  move
  merge
  writeInternalNote
  voteOnBehalf
  seeVoters
  linkIssue
  setLinkRule
  flag
}
fragment PostDetail on Post {
  ...PostSummary
  body
  bodyHtml
  updatedAt
  editedAt
  shippedAt
  viewerFollow {
    level
    reason
  }
  viewerCan {
    ...PostViewerCan
  }
  viewerHasFlagged
  moderationState
  moderationReason
  linkRule
  author {
    id
    displayName
    role
  }
  mergedInto {
    id
    title
    status
  }
  bug {
    stepsToReproduce
    stepsToReproduceHtml
    expected
    expectedHtml
    actual
    actualHtml
    environment
    severity
  }
  usability {
    location
    goal
    goalHtml
    obstacle
    obstacleHtml
  }
  comments {
    ...CommentFields
  }
  timeline {
    id
    type
    source
    trackerName
    createdAt
    fromStatus
    toStatus
    publicNote
    publicNoteHtml
    internalDetails
    actor {
      id
      displayName
      role
    }
    relatedPost {
      id
      title
    }
    changelogEntry {
      id
      title
    }
  }
  answeredIn {
    id
    title
  }
  trackerProgress {
    total
    done
    rule
  }
  trackerLinks {
    ...TrackerLinkFields
  }
}`) as unknown as TypedDocumentString<PostChangedSubscription, PostChangedSubscriptionVariables>;
export const SimilarPostsDocument = new TypedDocumentString(`
    query SimilarPosts($input: SimilarPostsInput!) {
  similarPosts(input: $input) {
    ...PostSummary
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SimilarPostsQuery, SimilarPostsQueryVariables>;
export const VoteDocument = new TypedDocumentString(`
    mutation Vote($postId: ID!) {
  vote(postId: $postId) {
    id
    voteCount
    viewerHasVoted
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<VoteMutation, VoteMutationVariables>;
export const UnvoteDocument = new TypedDocumentString(`
    mutation Unvote($postId: ID!) {
  unvote(postId: $postId) {
    id
    voteCount
    viewerHasVoted
  }
}
    `) as unknown as TypedDocumentString<UnvoteMutation, UnvoteMutationVariables>;
export const SetFollowLevelDocument = new TypedDocumentString(`
    mutation SetFollowLevel($postId: ID!, $level: FollowLevel!) {
  setFollowLevel(postId: $postId, level: $level) {
    id
    viewerFollow {
      level
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SetFollowLevelMutation, SetFollowLevelMutationVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    ...CommentFields
  }
}
    fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}`) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($id: ID!, $input: EditCommentInput!) {
  editComment(id: $id, input: $input) {
    ...CommentFields
  }
}
    fragment CommentFields on Comment {
  id
  parentId
  body
  bodyHtml
  createdAt
  editedAt
  deletedAt
  visibility
  hiddenAt
  hiddenReason
  viewerHasFlagged
  viewerCan {
    edit
    delete
    flag
  }
  author {
    id
    displayName
    staff
  }
}`) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($id: ID!, $input: EditPostInput!) {
  editPost(id: $id, input: $input) {
    id
    title
    body
    bodyHtml
    editedAt
    viewerCan {
      ...PostViewerCan
    }
  }
}
    fragment PostViewerCan on PostCapabilities {
  edit
  setStatus
  postUpdate
  tag
  move
  merge
  writeInternalNote
  voteOnBehalf
  seeVoters
  linkIssue
  setLinkRule
  flag
}`) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($id: ID!) {
  deleteComment(id: $id) {
    id
    body
    bodyHtml
    deletedAt
    viewerCan {
      edit
      delete
      flag
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const SubmitPostDocument = new TypedDocumentString(`
    mutation SubmitPost($input: SubmitPostInput!) {
  submitPost(input: $input) {
    id
    moderationState
  }
}
    `) as unknown as TypedDocumentString<SubmitPostMutation, SubmitPostMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  myApiTokens {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SetPostStatusDocument = new TypedDocumentString(`
    mutation SetPostStatus($postId: ID!, $status: PostStatus!, $input: NoteInput) {
  setPostStatus(postId: $postId, status: $status, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetPostStatusMutation, SetPostStatusMutationVariables>;
export const PostUpdateDocument = new TypedDocumentString(`
    mutation PostUpdate($postId: ID!, $input: RequiredNoteInput!) {
  postUpdate(postId: $postId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostUpdateMutation, PostUpdateMutationVariables>;
export const TagPostDocument = new TypedDocumentString(`
    mutation TagPost($postId: ID!, $tagId: ID!) {
  tagPost(postId: $postId, tagId: $tagId) {
    id
    tags {
      id
      name
      color
    }
  }
}
    `) as unknown as TypedDocumentString<TagPostMutation, TagPostMutationVariables>;
export const UntagPostDocument = new TypedDocumentString(`
    mutation UntagPost($postId: ID!, $tagId: ID!) {
  untagPost(postId: $postId, tagId: $tagId) {
    id
    tags {
      id
      name
      color
    }
  }
}
    `) as unknown as TypedDocumentString<UntagPostMutation, UntagPostMutationVariables>;
export const MovePostDocument = new TypedDocumentString(`
    mutation MovePost($postId: ID!, $boardId: ID!) {
  movePost(postId: $postId, boardId: $boardId) {
    id
    board {
      id
      name
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<MovePostMutation, MovePostMutationVariables>;
export const MergePostsDocument = new TypedDocumentString(`
    mutation MergePosts($duplicateId: ID!, $targetId: ID!, $input: NoteInput) {
  mergePosts(duplicateId: $duplicateId, targetId: $targetId, input: $input) {
    id
    voteCount
    status
  }
}
    `) as unknown as TypedDocumentString<MergePostsMutation, MergePostsMutationVariables>;
export const TrackerConnectionsDocument = new TypedDocumentString(`
    query TrackerConnections {
  trackerConnections {
    ...TrackerConnectionFields
  }
  trackerKinds {
    ...TrackerKindFields
  }
}
    fragment TrackerConnectionFields on TrackerConnection {
  id
  kind
  name
  baseUrl
  email
  projectKey
  issueType
  teamId
  settings {
    key
    value
  }
  hasWebhookSecret
  webhookUrl
  multiLinkRule
  lastSyncedAt
  lastSyncError
  verifiedAt
  createdAt
  statusMapping {
    stateId
    stateName
    category
    status
    defaultStatus
    isDefault
  }
}
fragment TrackerKindFields on TrackerKindDescription {
  kind
  name
  addLabel {
    en
    de
  }
  webhookHelp {
    en
    de
  }
  settings {
    key
    secret
    required
    format
    maxLength
    placeholder
    initialValue
    advanced
    label {
      en
      de
    }
    hint {
      en
      de
    }
  }
}`) as unknown as TypedDocumentString<TrackerConnectionsQuery, TrackerConnectionsQueryVariables>;
export const TrackerConnectionNamesDocument = new TypedDocumentString(`
    query TrackerConnectionNames {
  trackerConnections {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<TrackerConnectionNamesQuery, TrackerConnectionNamesQueryVariables>;
export const CreateTrackerConnectionDocument = new TypedDocumentString(`
    mutation CreateTrackerConnection($kind: TrackerKind!, $input: TrackerConnectionInput!) {
  createTrackerConnection(kind: $kind, input: $input) {
    ...TrackerConnectionFields
  }
}
    fragment TrackerConnectionFields on TrackerConnection {
  id
  kind
  name
  baseUrl
  email
  projectKey
  issueType
  teamId
  settings {
    key
    value
  }
  hasWebhookSecret
  webhookUrl
  multiLinkRule
  lastSyncedAt
  lastSyncError
  verifiedAt
  createdAt
  statusMapping {
    stateId
    stateName
    category
    status
    defaultStatus
    isDefault
  }
}`) as unknown as TypedDocumentString<CreateTrackerConnectionMutation, CreateTrackerConnectionMutationVariables>;
export const UpdateTrackerConnectionDocument = new TypedDocumentString(`
    mutation UpdateTrackerConnection($id: ID!, $input: TrackerConnectionInput!) {
  updateTrackerConnection(id: $id, input: $input) {
    ...TrackerConnectionFields
  }
}
    fragment TrackerConnectionFields on TrackerConnection {
  id
  kind
  name
  baseUrl
  email
  projectKey
  issueType
  teamId
  settings {
    key
    value
  }
  hasWebhookSecret
  webhookUrl
  multiLinkRule
  lastSyncedAt
  lastSyncError
  verifiedAt
  createdAt
  statusMapping {
    stateId
    stateName
    category
    status
    defaultStatus
    isDefault
  }
}`) as unknown as TypedDocumentString<UpdateTrackerConnectionMutation, UpdateTrackerConnectionMutationVariables>;
export const DeleteTrackerConnectionDocument = new TypedDocumentString(`
    mutation DeleteTrackerConnection($id: ID!) {
  deleteTrackerConnection(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTrackerConnectionMutation, DeleteTrackerConnectionMutationVariables>;
export const TestTrackerConnectionDocument = new TypedDocumentString(`
    mutation TestTrackerConnection($id: ID!) {
  testTrackerConnection(id: $id) {
    ok
    message
  }
}
    `) as unknown as TypedDocumentString<TestTrackerConnectionMutation, TestTrackerConnectionMutationVariables>;
export const SetTrackerStatusMappingDocument = new TypedDocumentString(`
    mutation SetTrackerStatusMapping($connectionId: ID!, $input: StatusMappingInput!) {
  setTrackerStatusMapping(connectionId: $connectionId, input: $input) {
    ...TrackerConnectionFields
  }
}
    fragment TrackerConnectionFields on TrackerConnection {
  id
  kind
  name
  baseUrl
  email
  projectKey
  issueType
  teamId
  settings {
    key
    value
  }
  hasWebhookSecret
  webhookUrl
  multiLinkRule
  lastSyncedAt
  lastSyncError
  verifiedAt
  createdAt
  statusMapping {
    stateId
    stateName
    category
    status
    defaultStatus
    isDefault
  }
}`) as unknown as TypedDocumentString<SetTrackerStatusMappingMutation, SetTrackerStatusMappingMutationVariables>;
export const CreateTrackerIssueDocument = new TypedDocumentString(`
    mutation CreateTrackerIssue($postId: ID!, $connectionId: ID!) {
  createTrackerIssue(postId: $postId, connectionId: $connectionId) {
    ...TrackerLinkFields
  }
}
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<CreateTrackerIssueMutation, CreateTrackerIssueMutationVariables>;
export const LinkTrackerIssueDocument = new TypedDocumentString(`
    mutation LinkTrackerIssue($postId: ID!, $input: LinkIssueInput!) {
  linkTrackerIssue(postId: $postId, input: $input) {
    ...TrackerLinkFields
  }
}
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<LinkTrackerIssueMutation, LinkTrackerIssueMutationVariables>;
export const UnlinkTrackerIssueDocument = new TypedDocumentString(`
    mutation UnlinkTrackerIssue($linkId: ID!) {
  unlinkTrackerIssue(linkId: $linkId) {
    id
    status
    linkRule
    trackerProgress {
      total
      done
      rule
    }
    trackerLinks {
      ...TrackerLinkFields
    }
  }
}
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<UnlinkTrackerIssueMutation, UnlinkTrackerIssueMutationVariables>;
export const RetryTrackerLinkDocument = new TypedDocumentString(`
    mutation RetryTrackerLink($linkId: ID!) {
  retryTrackerLink(linkId: $linkId) {
    ...TrackerLinkFields
  }
}
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<RetryTrackerLinkMutation, RetryTrackerLinkMutationVariables>;
export const SetPostLinkRuleDocument = new TypedDocumentString(`
    mutation SetPostLinkRule($postId: ID!, $rule: MultiLinkRule) {
  setPostLinkRule(postId: $postId, rule: $rule) {
    id
    status
    linkRule
    trackerProgress {
      total
      done
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<SetPostLinkRuleMutation, SetPostLinkRuleMutationVariables>;
export const SyncHealthDocument = new TypedDocumentString(`
    query SyncHealth($limit: Int!) {
  syncHealth(limit: $limit) {
    failedLinks
    retryingLinks
    pendingLinks
    connections {
      level
      failedLinks
      retryingLinks
      pendingLinks
      failedDeliveries
      lastDeliveryAt
      connection {
        id
        name
        kind
        lastSyncedAt
        lastSyncError
        verifiedAt
      }
    }
    links {
      ...TrackerLinkFields
      post {
        id
        title
      }
    }
    deliveries {
      id
      deliveryId
      state
      detail
      receivedAt
      processedAt
    }
    jobs {
      id
      name
      state
      error
      createdOn
    }
  }
}
    fragment TrackerLinkFields on TrackerLink {
  id
  state
  issueKey
  issueUrl
  issueTitle
  requestedKey
  trackerStateName
  mappedStatus
  lastError
  attempts
  nextAttemptAt
  createdAt
  connection {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<SyncHealthQuery, SyncHealthQueryVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($deliveryId: ID!) {
  replayWebhookDelivery(deliveryId: $deliveryId) {
    id
    deliveryId
    state
    detail
    receivedAt
    processedAt
  }
}
    `) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const RetryTrackerJobDocument = new TypedDocumentString(`
    mutation RetryTrackerJob($jobId: ID!) {
  retryTrackerJob(jobId: $jobId)
}
    `) as unknown as TypedDocumentString<RetryTrackerJobMutation, RetryTrackerJobMutationVariables>;
export const CommunityReportDocument = new TypedDocumentString(`
    query CommunityReport($from: DateTimeISO!, $to: DateTimeISO!, $board: ID, $kind: PostKind) {
  communityReport(from: $from, to: $to, board: $board, kind: $kind) {
    from
    to
    previousFrom
    counts {
      metric
      value
      previous
      changePercent
      series {
        weekStart
        value
      }
    }
    hoursToFirstResponse {
      value
      previous
      changePercent
    }
    hoursToTriage {
      value
      previous
      changePercent
    }
    daysToShip {
      value
      previous
      changePercent
    }
    topPostsLinkedShare
    topUnlinkedPosts {
      id
      title
      kind
      status
      voteCount
      commentCount
      board {
        id
        name
      }
    }
    topTags {
      tag {
        id
        name
        color
      }
      value
      previous
      changePercent
    }
    gainers {
      votes
      post {
        id
        title
        kind
        status
        board {
          id
          name
        }
      }
    }
    hotTopics {
      label
      tag {
        id
        name
      }
      value
      previous
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityReportQuery, CommunityReportQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($search: String, $first: Int!) {
  members(search: $search, first: $first) {
    ...MemberSummary
  }
}
    fragment MemberSummary on Member {
  id
  displayName
  email
  role
  createdAt
  activity {
    posts
    comments
    votes
  }
}`) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MemberDocument = new TypedDocumentString(`
    query Member($id: ID!, $first: Int!) {
  member(id: $id) {
    ...MemberSummary
    posts(first: $first) {
      ...PostSummary
    }
    recentComments(first: $first) {
      id
      body
      bodyHtml
      createdAt
      visibility
      post {
        id
        title
      }
    }
    votes(first: $first) {
      createdAt
      post {
        ...PostSummary
      }
    }
    following(first: $first) {
      ...PostSummary
    }
    viewerCanSanction
    staffNote
    sanctions {
      ...SanctionFields
    }
    staffActions(first: 10) {
      id
      action
      reason
      createdAt
      actor {
        id
        displayName
      }
    }
    moderationRecord {
      flagsGiven
      flagsGivenAgreed
      flagsReceived
      flagsReceivedAgreed
      hiddenPosts
      hiddenComments
    }
    ...MemberTrust
  }
}
    fragment PostSummary on Post {
  id
  title
  kind
  status
  voteCount
  viewerHasVoted
  commentCount
  createdAt
  moderationState
  board {
    id
    name
    slug
  }
  tags {
    id
    name
    color
  }
  author {
    id
    displayName
  }
}
fragment MemberSummary on Member {
  id
  displayName
  email
  role
  createdAt
  activity {
    posts
    comments
    votes
  }
}
fragment MemberTrust on Member {
  trustLevel
  trustLevelOrigin {
    since
    setByStaff
    kept
    reason
    setBy {
      id
      displayName
    }
  }
  viewerCanSetTrustLevel
  signUpIp
  relatedAccounts {
    sameSignUpIp
    sameEmailDomain
    member {
      id
      displayName
      role
      createdAt
    }
  }
}
fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<MemberQuery, MemberQueryVariables>;
export const SetTrustLevelDocument = new TypedDocumentString(`
    mutation SetTrustLevel($memberId: ID!, $level: Int!, $reason: String!, $keep: Boolean!) {
  setTrustLevel(memberId: $memberId, level: $level, reason: $reason, keep: $keep) {
    id
    ...MemberTrust
  }
}
    fragment MemberTrust on Member {
  trustLevel
  trustLevelOrigin {
    since
    setByStaff
    kept
    reason
    setBy {
      id
      displayName
    }
  }
  viewerCanSetTrustLevel
  signUpIp
  relatedAccounts {
    sameSignUpIp
    sameEmailDomain
    member {
      id
      displayName
      role
      createdAt
    }
  }
}`) as unknown as TypedDocumentString<SetTrustLevelMutation, SetTrustLevelMutationVariables>;
export const TrustSettingsDocument = new TypedDocumentString(`
    query TrustSettings {
  trustSettings {
    ...TrustSettingsFields
  }
}
    fragment TrustSettingsFields on TrustSettingsView {
  accountsPerIpPerDay
  blockedEmailDomains
  commonEmailDomains
  levels {
    level
    postsPerDay
    commentsPerDay
    secondsBetweenPosts
    secondsBetweenComments
    linksPerPost
    votesPerDay
    promotion {
      daysSinceJoined
      daysVisited
      postsRead
      acceptedContributions
    }
  }
}`) as unknown as TypedDocumentString<TrustSettingsQuery, TrustSettingsQueryVariables>;
export const UpdateTrustSettingsDocument = new TypedDocumentString(`
    mutation UpdateTrustSettings($input: TrustSettingsInput!) {
  updateTrustSettings(input: $input) {
    ...TrustSettingsFields
  }
}
    fragment TrustSettingsFields on TrustSettingsView {
  accountsPerIpPerDay
  blockedEmailDomains
  commonEmailDomains
  levels {
    level
    postsPerDay
    commentsPerDay
    secondsBetweenPosts
    secondsBetweenComments
    linksPerPost
    votesPerDay
    promotion {
      daysSinceJoined
      daysVisited
      postsRead
      acceptedContributions
    }
  }
}`) as unknown as TypedDocumentString<UpdateTrustSettingsMutation, UpdateTrustSettingsMutationVariables>;
export const WarnMemberDocument = new TypedDocumentString(`
    mutation WarnMember($memberId: ID!, $clause: String, $message: String!) {
  warnMember(memberId: $memberId, clause: $clause, message: $message) {
    ...SanctionFields
  }
}
    fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<WarnMemberMutation, WarnMemberMutationVariables>;
export const SilenceMemberDocument = new TypedDocumentString(`
    mutation SilenceMember($memberId: ID!, $until: DateTimeISO!, $reason: String!) {
  silenceMember(memberId: $memberId, until: $until, reason: $reason) {
    ...SanctionFields
  }
}
    fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SilenceMemberMutation, SilenceMemberMutationVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($memberId: ID!, $until: DateTimeISO, $reason: String!) {
  suspendMember(memberId: $memberId, until: $until, reason: $reason) {
    ...SanctionFields
  }
}
    fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const LiftSanctionDocument = new TypedDocumentString(`
    mutation LiftSanction($sanctionId: ID!) {
  liftSanction(sanctionId: $sanctionId) {
    ...SanctionFields
  }
}
    fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<LiftSanctionMutation, LiftSanctionMutationVariables>;
export const SetMemberStaffNoteDocument = new TypedDocumentString(`
    mutation SetMemberStaffNote($memberId: ID!, $note: String!) {
  setMemberStaffNote(memberId: $memberId, note: $note) {
    id
    staffNote
  }
}
    `) as unknown as TypedDocumentString<SetMemberStaffNoteMutation, SetMemberStaffNoteMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      action
      targetType
      targetId
      reason
      before
      after
      createdAt
      actor {
        id
        displayName
      }
      targetMember {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const NetiquetteDocument = new TypedDocumentString(`
    query Netiquette {
  netiquette {
    version
    publishedAt
    bodyHtml
    clauses {
      anchor
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NetiquetteQuery, NetiquetteQueryVariables>;
export const NetiquetteVersionsDocument = new TypedDocumentString(`
    query NetiquetteVersions {
  netiquetteVersions {
    version
    material
    publishedAt
    body
    bodyHtml
    clauses {
      anchor
      title
    }
    publishedBy {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<NetiquetteVersionsQuery, NetiquetteVersionsQueryVariables>;
export const PublishNetiquetteDocument = new TypedDocumentString(`
    mutation PublishNetiquette($body: String!, $material: Boolean!) {
  publishNetiquette(body: $body, material: $material) {
    version
    material
  }
}
    `) as unknown as TypedDocumentString<PublishNetiquetteMutation, PublishNetiquetteMutationVariables>;
export const AcceptNetiquetteDocument = new TypedDocumentString(`
    mutation AcceptNetiquette($version: Int!) {
  acceptNetiquette(version: $version) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Member {
  id
  displayName
  email
  role
  createdAt
  emailVerified
  emailBouncing
  netiquetteDue
  activeSanction {
    id
    kind
    reason
    endsAt
  }
  can {
    triage
    setPostStatus
    tagPosts
    movePosts
    mergePosts
    manageBoardsAndTags
    viewTrackerConnections
    manageTrackerConnections
    editStatusMapping
    linkIssues
    viewSyncHealth
    repairSync
    viewDashboard
    viewMembers
    setRoles
    manageStatuses
    viewOutbox
    watchBoards
    writeChangelog
    sanctionMembers
    readAuditLog
    configureHolding
    watchWords
    writeNetiquette
    moderate
    reviewHeldPosts
    manageFlagSettings
    editTrustSettings
  }
}`) as unknown as TypedDocumentString<AcceptNetiquetteMutation, AcceptNetiquetteMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($memberId: ID!, $role: Role!) {
  setMemberRole(memberId: $memberId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const PostVotersDocument = new TypedDocumentString(`
    query PostVoters($id: ID!) {
  post(id: $id) {
    id
    voteCount
    voters {
      ...VoteFields
    }
  }
}
    fragment VoteFields on Vote {
  createdAt
  member {
    id
    displayName
  }
  castBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<PostVotersQuery, PostVotersQueryVariables>;
export const VoteOnBehalfDocument = new TypedDocumentString(`
    mutation VoteOnBehalf($postId: ID!, $memberId: ID!) {
  voteOnBehalf(postId: $postId, memberId: $memberId) {
    id
    voteCount
    voters {
      ...VoteFields
    }
  }
}
    fragment VoteFields on Vote {
  createdAt
  member {
    id
    displayName
  }
  castBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<VoteOnBehalfMutation, VoteOnBehalfMutationVariables>;
export const BoardCatalogDocument = new TypedDocumentString(`
    query BoardCatalog {
  boards(includeArchived: true) {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  id
  name
  slug
  description
  position
  archivedAt
}`) as unknown as TypedDocumentString<BoardCatalogQuery, BoardCatalogQueryVariables>;
export const TagCatalogDocument = new TypedDocumentString(`
    query TagCatalog {
  tags(includeArchived: true) {
    ...TagFields
  }
}
    fragment TagFields on Tag {
  id
  name
  description
  color
  position
  archivedAt
}`) as unknown as TypedDocumentString<TagCatalogQuery, TagCatalogQueryVariables>;
export const CreateBoardDocument = new TypedDocumentString(`
    mutation CreateBoard($input: BoardInput!) {
  createBoard(input: $input) {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  id
  name
  slug
  description
  position
  archivedAt
}`) as unknown as TypedDocumentString<CreateBoardMutation, CreateBoardMutationVariables>;
export const UpdateBoardDocument = new TypedDocumentString(`
    mutation UpdateBoard($id: ID!, $input: UpdateBoardInput!) {
  updateBoard(id: $id, input: $input) {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  id
  name
  slug
  description
  position
  archivedAt
}`) as unknown as TypedDocumentString<UpdateBoardMutation, UpdateBoardMutationVariables>;
export const ReorderBoardsDocument = new TypedDocumentString(`
    mutation ReorderBoards($ids: [ID!]!) {
  reorderBoards(ids: $ids) {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  id
  name
  slug
  description
  position
  archivedAt
}`) as unknown as TypedDocumentString<ReorderBoardsMutation, ReorderBoardsMutationVariables>;
export const CreateTagDocument = new TypedDocumentString(`
    mutation CreateTag($input: TagInput!) {
  createTag(input: $input) {
    ...TagFields
  }
}
    fragment TagFields on Tag {
  id
  name
  description
  color
  position
  archivedAt
}`) as unknown as TypedDocumentString<CreateTagMutation, CreateTagMutationVariables>;
export const UpdateTagDocument = new TypedDocumentString(`
    mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {
  updateTag(id: $id, input: $input) {
    ...TagFields
  }
}
    fragment TagFields on Tag {
  id
  name
  description
  color
  position
  archivedAt
}`) as unknown as TypedDocumentString<UpdateTagMutation, UpdateTagMutationVariables>;
export const ReorderTagsDocument = new TypedDocumentString(`
    mutation ReorderTags($ids: [ID!]!) {
  reorderTags(ids: $ids) {
    ...TagFields
  }
}
    fragment TagFields on Tag {
  id
  name
  description
  color
  position
  archivedAt
}`) as unknown as TypedDocumentString<ReorderTagsMutation, ReorderTagsMutationVariables>;
export const CreateStatusDocument = new TypedDocumentString(`
    mutation CreateStatus($input: StatusInput!) {
  createStatus(input: $input) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}`) as unknown as TypedDocumentString<CreateStatusMutation, CreateStatusMutationVariables>;
export const UpdateStatusDocument = new TypedDocumentString(`
    mutation UpdateStatus($key: PostStatus!, $input: UpdateStatusInput!) {
  updateStatus(key: $key, input: $input) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}`) as unknown as TypedDocumentString<UpdateStatusMutation, UpdateStatusMutationVariables>;
export const ReorderStatusesDocument = new TypedDocumentString(`
    mutation ReorderStatuses($keys: [PostStatus!]!) {
  reorderStatuses(keys: $keys) {
    ...StatusFields
  }
}
    fragment StatusFields on Status {
  key
  names {
    en
    de
  }
  color
  category
  position
  onRoadmap
  public
  archivedAt
  settable
  reserved
}`) as unknown as TypedDocumentString<ReorderStatusesMutation, ReorderStatusesMutationVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($input: AccountLinkInput!) {
  verifyEmail(input: $input)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($input: AccountLinkInput!) {
  confirmEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($input: ChangeEmailInput!) {
  requestEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const OutboxDocument = new TypedDocumentString(`
    query Outbox($first: Int!, $after: String) {
  outbox(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      toAddress
      subject
      text
      htmlSanitized
      status
      attempts
      lastError
      createdAt
      sentAt
      template
      language
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxQuery, OutboxQueryVariables>;
export const NotificationPreviewDocument = new TypedDocumentString(`
    query NotificationPreview($postId: ID, $postIds: [ID!]) {
  notificationPreview(postId: $postId, postIds: $postIds) {
    total
    emailNow
    emailDigest
    inAppOnly
  }
}
    `) as unknown as TypedDocumentString<NotificationPreviewQuery, NotificationPreviewQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  category
  toStatus
  excerpt
  createdAt
  readAt
  commentId
  post {
    id
    title
  }
  changelogEntry {
    id
    title
  }
  actor {
    displayName
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  category
  toStatus
  excerpt
  createdAt
  readAt
  commentId
  post {
    id
    title
  }
  changelogEntry {
    id
    title
  }
  actor {
    displayName
  }
}`) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    ...NotificationPreferencesFields
  }
}
    fragment NotificationPreferencesFields on NotificationPreferences {
  categories {
    category
    inApp
    email
  }
  emailCadence
  digestHour
  timeZone
  allChangelogEntries
}`) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    ...NotificationPreferencesFields
  }
}
    fragment NotificationPreferencesFields on NotificationPreferences {
  categories {
    category
    inApp
    email
  }
  emailCadence
  digestHour
  timeZone
  allChangelogEntries
}`) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($input: UnsubscribeInput!) {
  unsubscribe(input: $input) {
    categories
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const WatchedBoardsDocument = new TypedDocumentString(`
    query WatchedBoards {
  boards {
    id
    viewerWatches
  }
}
    `) as unknown as TypedDocumentString<WatchedBoardsQuery, WatchedBoardsQueryVariables>;
export const WatchBoardDocument = new TypedDocumentString(`
    mutation WatchBoard($boardId: ID!, $watch: Boolean!) {
  watchBoard(boardId: $boardId, watch: $watch) {
    id
    viewerWatches
  }
}
    `) as unknown as TypedDocumentString<WatchBoardMutation, WatchBoardMutationVariables>;
export const PublicChangelogDocument = new TypedDocumentString(`
    query PublicChangelog($first: Int!, $after: String, $categoryId: ID, $boardId: ID) {
  changelog(
    first: $first
    after: $after
    categoryId: $categoryId
    boardId: $boardId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ChangelogEntryCard
    }
  }
}
    fragment ChangelogEntryCard on ChangelogEntry {
  id
  title
  bodyHtml
  coverImageUrl
  publishedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
  }
}`) as unknown as TypedDocumentString<PublicChangelogQuery, PublicChangelogQueryVariables>;
export const ChangelogCategoriesDocument = new TypedDocumentString(`
    query ChangelogCategories {
  changelogCategories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ChangelogCategoriesQuery, ChangelogCategoriesQueryVariables>;
export const ChangelogEditorDocument = new TypedDocumentString(`
    query ChangelogEditor($id: ID!) {
  changelogEntry(id: $id) {
    ...ChangelogEditorFields
  }
  changelogCategories(includeArchived: true) {
    id
    name
    archivedAt
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<ChangelogEditorQuery, ChangelogEditorQueryVariables>;
export const ChangelogDraftsDocument = new TypedDocumentString(`
    query ChangelogDrafts {
  changelogDrafts {
    id
    title
    state
    scheduledFor
    updatedAt
    category {
      name
    }
    author {
      displayName
    }
    posts {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangelogDraftsQuery, ChangelogDraftsQueryVariables>;
export const PreviewMarkdownDocument = new TypedDocumentString(`
    query PreviewMarkdown($body: String!) {
  previewMarkdown(body: $body)
}
    `) as unknown as TypedDocumentString<PreviewMarkdownQuery, PreviewMarkdownQueryVariables>;
export const ChangelogNotificationPreviewDocument = new TypedDocumentString(`
    query ChangelogNotificationPreview($id: ID!) {
  changelogNotificationPreview(id: $id) {
    total
    emailNow
    emailDigest
    inAppOnly
  }
}
    `) as unknown as TypedDocumentString<ChangelogNotificationPreviewQuery, ChangelogNotificationPreviewQueryVariables>;
export const PostPickerDocument = new TypedDocumentString(`
    query PostPicker($search: String!) {
  posts(first: 8, sort: TOP, filter: {search: $search}) {
    nodes {
      id
      title
      status
      voteCount
    }
  }
}
    `) as unknown as TypedDocumentString<PostPickerQuery, PostPickerQueryVariables>;
export const CreateChangelogEntryDocument = new TypedDocumentString(`
    mutation CreateChangelogEntry($input: ChangelogEntryInput!) {
  createChangelogEntry(input: $input) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<CreateChangelogEntryMutation, CreateChangelogEntryMutationVariables>;
export const UpdateChangelogEntryDocument = new TypedDocumentString(`
    mutation UpdateChangelogEntry($id: ID!, $input: UpdateChangelogEntryInput!) {
  updateChangelogEntry(id: $id, input: $input) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<UpdateChangelogEntryMutation, UpdateChangelogEntryMutationVariables>;
export const PublishChangelogEntryDocument = new TypedDocumentString(`
    mutation PublishChangelogEntry($id: ID!) {
  publishChangelogEntry(id: $id) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<PublishChangelogEntryMutation, PublishChangelogEntryMutationVariables>;
export const UnpublishChangelogEntryDocument = new TypedDocumentString(`
    mutation UnpublishChangelogEntry($id: ID!) {
  unpublishChangelogEntry(id: $id) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<UnpublishChangelogEntryMutation, UnpublishChangelogEntryMutationVariables>;
export const ScheduleChangelogEntryDocument = new TypedDocumentString(`
    mutation ScheduleChangelogEntry($id: ID!, $at: DateTimeISO!) {
  scheduleChangelogEntry(id: $id, at: $at) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<ScheduleChangelogEntryMutation, ScheduleChangelogEntryMutationVariables>;
export const CancelChangelogScheduleDocument = new TypedDocumentString(`
    mutation CancelChangelogSchedule($id: ID!) {
  cancelChangelogSchedule(id: $id) {
    ...ChangelogEditorFields
  }
}
    fragment ChangelogEditorFields on ChangelogEntry {
  id
  title
  body
  bodyHtml
  state
  scheduledFor
  publishedAt
  coverImageUrl
  updatedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
    voteCount
  }
}`) as unknown as TypedDocumentString<CancelChangelogScheduleMutation, CancelChangelogScheduleMutationVariables>;
export const PublicChangelogEntryDocument = new TypedDocumentString(`
    query PublicChangelogEntry($id: ID!) {
  changelogEntry(id: $id) {
    ...ChangelogEntryCard
  }
}
    fragment ChangelogEntryCard on ChangelogEntry {
  id
  title
  bodyHtml
  coverImageUrl
  publishedAt
  category {
    id
    name
  }
  posts {
    id
    title
    status
  }
}`) as unknown as TypedDocumentString<PublicChangelogEntryQuery, PublicChangelogEntryQueryVariables>;
export const WhatsNewCountDocument = new TypedDocumentString(`
    query WhatsNewCount($since: DateTimeISO) {
  whatsNewCount(since: $since)
}
    `) as unknown as TypedDocumentString<WhatsNewCountQuery, WhatsNewCountQueryVariables>;
export const MarkChangelogSeenDocument = new TypedDocumentString(`
    mutation MarkChangelogSeen {
  markChangelogSeen
}
    `) as unknown as TypedDocumentString<MarkChangelogSeenMutation, MarkChangelogSeenMutationVariables>;
export const ChangelogSubscriptionDocument = new TypedDocumentString(`
    query ChangelogSubscription {
  notificationPreferences {
    allChangelogEntries
  }
}
    `) as unknown as TypedDocumentString<ChangelogSubscriptionQuery, ChangelogSubscriptionQueryVariables>;
export const SetChangelogSubscriptionDocument = new TypedDocumentString(`
    mutation SetChangelogSubscription($all: Boolean!) {
  updateNotificationPreferences(input: {allChangelogEntries: $all}) {
    allChangelogEntries
  }
}
    `) as unknown as TypedDocumentString<SetChangelogSubscriptionMutation, SetChangelogSubscriptionMutationVariables>;
export const ModerationSettingsDocument = new TypedDocumentString(`
    query ModerationSettings($holding: Boolean!, $words: Boolean!) {
  holdSettings @include(if: $holding) {
    policy
    firstPosts
  }
  boards(includeArchived: false) @include(if: $holding) {
    id
    name
    holdPolicy
  }
  watchedWords @include(if: $words) {
    id
    word
    action
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ModerationSettingsQuery, ModerationSettingsQueryVariables>;
export const UpdateHoldSettingsDocument = new TypedDocumentString(`
    mutation UpdateHoldSettings($input: HoldSettingsInput!) {
  updateHoldSettings(input: $input) {
    policy
    firstPosts
  }
}
    `) as unknown as TypedDocumentString<UpdateHoldSettingsMutation, UpdateHoldSettingsMutationVariables>;
export const SetBoardHoldPolicyDocument = new TypedDocumentString(`
    mutation SetBoardHoldPolicy($id: ID!, $holdPolicy: HoldPolicy!) {
  updateBoard(id: $id, input: {holdPolicy: $holdPolicy}) {
    id
    name
    holdPolicy
  }
}
    `) as unknown as TypedDocumentString<SetBoardHoldPolicyMutation, SetBoardHoldPolicyMutationVariables>;
export const AddWatchedWordDocument = new TypedDocumentString(`
    mutation AddWatchedWord($input: WatchedWordInput!) {
  addWatchedWord(input: $input) {
    id
    word
    action
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AddWatchedWordMutation, AddWatchedWordMutationVariables>;
export const RemoveWatchedWordDocument = new TypedDocumentString(`
    mutation RemoveWatchedWord($id: ID!) {
  removeWatchedWord(id: $id) {
    id
    word
  }
}
    `) as unknown as TypedDocumentString<RemoveWatchedWordMutation, RemoveWatchedWordMutationVariables>;
export const FlagContentDocument = new TypedDocumentString(`
    mutation FlagContent($target: ContentTargetInput!, $reason: FlagReason!, $message: String) {
  flagContent(target: $target, reason: $reason, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlagContentMutation, FlagContentMutationVariables>;
export const ModerationSummaryDocument = new TypedDocumentString(`
    query ModerationSummary {
  moderationSummary {
    held
    heldOverdue
    flagged
  }
}
    `) as unknown as TypedDocumentString<ModerationSummaryQuery, ModerationSummaryQueryVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($filter: ModerationQueueFilter!, $first: Int!, $after: String) {
  moderationQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      id
      held
      hidden
      hiddenReason
      score
      since
      overdue
      authorFlagCount
      flags {
        id
        reason
        message
        weight
        createdAt
        flagger {
          id
          displayName
        }
      }
      post {
        id
        title
        bodyHtml
      }
      comment {
        id
        bodyHtml
      }
      author {
        ...MemberSummary
        posts(first: 3) {
          id
          title
        }
        viewerCanSanction
        sanctions {
          ...SanctionFields
        }
      }
    }
  }
}
    fragment MemberSummary on Member {
  id
  displayName
  email
  role
  createdAt
  activity {
    posts
    comments
    votes
  }
}
fragment SanctionFields on Sanction {
  id
  kind
  reason
  clause
  startsAt
  endsAt
  liftedAt
  active
  actor {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ResolveFlagsDocument = new TypedDocumentString(`
    mutation ResolveFlags($target: ContentTargetInput!, $resolution: FlagResolution!, $messageToAuthor: String) {
  resolveFlags(
    target: $target
    resolution: $resolution
    messageToAuthor: $messageToAuthor
  ) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<ResolveFlagsMutation, ResolveFlagsMutationVariables>;
export const HideContentDocument = new TypedDocumentString(`
    mutation HideContent($target: ContentTargetInput!, $reason: String!, $messageToAuthor: String) {
  hideContent(target: $target, reason: $reason, messageToAuthor: $messageToAuthor) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<HideContentMutation, HideContentMutationVariables>;
export const RestoreContentDocument = new TypedDocumentString(`
    mutation RestoreContent($target: ContentTargetInput!, $messageToAuthor: String) {
  restoreContent(target: $target, messageToAuthor: $messageToAuthor) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<RestoreContentMutation, RestoreContentMutationVariables>;
export const ApprovePostDocument = new TypedDocumentString(`
    mutation ApprovePost($postId: ID!, $messageToAuthor: String) {
  approvePost(postId: $postId, messageToAuthor: $messageToAuthor) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<ApprovePostMutation, ApprovePostMutationVariables>;
export const RejectPostDocument = new TypedDocumentString(`
    mutation RejectPost($postId: ID!, $reason: String!, $messageToAuthor: String) {
  rejectPost(postId: $postId, reason: $reason, messageToAuthor: $messageToAuthor) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<RejectPostMutation, RejectPostMutationVariables>;
export const DeleteFlaggedCommentDocument = new TypedDocumentString(`
    mutation DeleteFlaggedComment($commentId: ID!, $messageToAuthor: String) {
  deleteFlaggedComment(commentId: $commentId, messageToAuthor: $messageToAuthor) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<DeleteFlaggedCommentMutation, DeleteFlaggedCommentMutationVariables>;
export const AgreeAndSuspendDocument = new TypedDocumentString(`
    mutation AgreeAndSuspend($target: ContentTargetInput!, $reason: String!, $until: DateTimeISO) {
  agreeAndSuspend(target: $target, reason: $reason, until: $until) {
    ...ModeratedContentFields
  }
}
    fragment ModeratedContentFields on ModeratedContent {
  kind
  id
  held
  hidden
  hiddenReason
}`) as unknown as TypedDocumentString<AgreeAndSuspendMutation, AgreeAndSuspendMutationVariables>;
export const FlagSettingsDocument = new TypedDocumentString(`
    query FlagSettings {
  flagSettings {
    hideThreshold
    levels {
      trustLevel
      weight
      dailyLimit
    }
  }
}
    `) as unknown as TypedDocumentString<FlagSettingsQuery, FlagSettingsQueryVariables>;
export const UpdateFlagSettingsDocument = new TypedDocumentString(`
    mutation UpdateFlagSettings($input: FlagSettingsInput!) {
  updateFlagSettings(input: $input) {
    hideThreshold
    levels {
      trustLevel
      weight
      dailyLimit
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateFlagSettingsMutation, UpdateFlagSettingsMutationVariables>;