import { registerEnumType } from "type-graphql";

/** What a notification is about; each member turns each one on or off per channel. */
export enum NotificationCategory {
  /** A followed post changed status (a merge too), or staff posted an official update on it. */
  STATUS = "STATUS",
  /** Someone replied to the member's comment. */
  REPLIES = "REPLIES",
  /** A new comment on a post the member follows at level ALL. */
  COMMENTS = "COMMENTS",
  /** A changelog entry answers a post the member follows. */
  CHANGELOG = "CHANGELOG",
  /** Staff only: a new post in a board they watch. */
  STAFF_NEW_POSTS = "STAFF_NEW_POSTS",
}

/** How e-mail notifications arrive: each change (batched for a few minutes), one digest a day or a week, or never. */
export enum EmailCadence {
  INSTANT = "INSTANT",
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
  OFF = "OFF",
}

export interface Channels {
  inApp: boolean;
  email: boolean;
}

/**
 * Without a choice of their own, a member hears about what they asked for (status changes of posts
 * they follow, replies to them, the changelog) by e-mail too, and about every comment only in the
 * app: new comments are the noisy kind that made Fider stop subscribing voters.
 */
export const DEFAULT_CHANNELS: Record<NotificationCategory, Channels> = {
  [NotificationCategory.STATUS]: { inApp: true, email: true },
  [NotificationCategory.REPLIES]: { inApp: true, email: true },
  [NotificationCategory.COMMENTS]: { inApp: true, email: false },
  [NotificationCategory.CHANGELOG]: { inApp: true, email: true },
  [NotificationCategory.STAFF_NEW_POSTS]: { inApp: true, email: false },
};

export const STAFF_CATEGORIES: readonly NotificationCategory[] = [NotificationCategory.STAFF_NEW_POSTS];

registerEnumType(NotificationCategory, { name: "NotificationCategory", description: "What a notification is about." });
registerEnumType(EmailCadence, { name: "EmailCadence", description: "How e-mail notifications arrive." });
