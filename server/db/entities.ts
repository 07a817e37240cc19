import { ApiToken } from "../members/api-token.entity.js";
import { Member } from "../members/member.entity.js";
import { Session } from "../members/session.entity.js";
import { AccountToken } from "../members/account-token.entity.js";
import { OutboxMail } from "../mail/outbox-mail.entity.js";
import { Comment } from "../comments/comment.entity.js";
import { Follow } from "../posts/follow.entity.js";
import { BugDetails, Post, UsabilityDetails } from "../posts/post.entity.js";
import { Status } from "../posts/status.entity.js";
import { PostEvent } from "../timeline/post-event.entity.js";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { Vote } from "../votes/vote.entity.js";
import { TrackerConnection } from "../trackers/tracker-connection.entity.js";
import { TrackerLink } from "../trackers/tracker-link.entity.js";
import { WebhookDelivery } from "../trackers/webhook-delivery.entity.js";
import { ChangelogCategory, ChangelogEntry, ChangelogSettings } from "../changelog/changelog.entity.js";
import { DomainEventDelivery } from "../events/domain-event-delivery.entity.js";
import { NotificationPreference, NotificationSettings } from "../notifications/notification-preference.entity.js";
import { Notification } from "../notifications/notification.entity.js";
import { BoardWatch } from "../notifications/board-watch.entity.js";
import { Sanction } from "../moderation/sanction.entity.js";
import { AuditEntry } from "../moderation/audit-entry.entity.js";
import { StaffNote } from "../moderation/staff-note.entity.js";
import { HoldSettings, WatchedWord } from "../moderation/holding.entity.js";
import { NetiquetteAcceptance, NetiquetteVersion } from "../moderation/netiquette.entity.js";
import { Flag, FlagSettings } from "../moderation/flag.entity.js";
import { MemberVisit, PostRead, RateLimitCounter, TrustSettings } from "../trust/trust.entity.js";

/** Every entity, listed explicitly so tsc, tsx and vitest discover the same set without folder scanning. */
export const entities = [
  Member,
  Session,
  ApiToken,
  Board,
  Tag,
  Status,
  Post,
  BugDetails,
  UsabilityDetails,
  Follow,
  Vote,
  Comment,
  PostEvent,
  TrackerConnection,
  TrackerLink,
  WebhookDelivery,
  DomainEventDelivery,
  AccountToken,
  OutboxMail,
  NotificationPreference,
  NotificationSettings,
  Notification,
  BoardWatch,
  ChangelogCategory,
  ChangelogEntry,
  ChangelogSettings,
  Sanction,
  AuditEntry,
  StaffNote,
  HoldSettings,
  WatchedWord,
  NetiquetteVersion,
  NetiquetteAcceptance,
  Flag,
  FlagSettings,
  TrustSettings,
  MemberVisit,
  PostRead,
  RateLimitCounter,
];
