import type { EntityManager } from "@mikro-orm/postgresql";
import { ChangelogEntry, ChangelogEntryState } from "../changelog/changelog.entity.js";
import { Comment, CommentVisibility } from "../comments/comment.entity.js";
import { registerDomainEventConsumer, type ConsumerServices, type DomainEvent } from "../events/domain-events.js";
import { STAFF_ROLES } from "../members/role.js";
import { PostEvent, PostEventType } from "../timeline/post-event.entity.js";
import { NotificationCategory } from "./notification-category.js";
import { NotificationKind } from "./notification.entity.js";
import { changelogAudience, excerptOf, fanOut, followersAt, union, type FanOut } from "./fan-out.js";

const NOTIFYING_EVENTS = ["post.created", "post.status-changed", "post.updated", "comment.created", "changelog.published"] as const;
type NotifyingEvent = DomainEvent<(typeof NOTIFYING_EVENTS)[number]>;

/** Which notifications an event makes, or null when it tells nobody. */
async function notificationsFor(em: EntityManager, event: NotifyingEvent): Promise<FanOut | null> {
  if (event.name === "changelog.published") {
    const entry = await em.findOne(ChangelogEntry, { id: event.entryId });
    // Unpublished again before delivery: it no longer announces anything.
    if (!entry || entry.state !== ChangelogEntryState.PUBLISHED) return null;
    return {
      sourceId: entry.id,
      postId: null,
      changelogEntryId: entry.id,
      actorId: event.actorId ?? entry.author?.id ?? null,
      excerpt: excerptOf(entry.body),
      audience: changelogAudience(entry.id, entry.notifiedAt ?? entry.publishedAt ?? new Date()),
    };
  }

  if (event.name === "comment.created") {
    const comment = await em.findOne(Comment, { id: event.eventId });
    // Internal notes never reach members; a comment deleted before delivery tells nobody.
    if (!comment || comment.visibility !== CommentVisibility.PUBLIC || comment.deletedAt) return null;
    return {
      sourceId: comment.id,
      postId: event.postId,
      actorId: comment.author.id,
      commentId: comment.id,
      excerpt: excerptOf(comment.body),
      audience: union(
        {
          // The parent's author hears of the reply, unless they muted the post.
          sql: `select c.author_id as member_id, ?::text as kind, ?::text as category, 1 as priority, c.post_id from comment c
                where c.id = ? and c.deleted_at is null
                  and not exists (select 1 from follow f where f.post_id = ? and f.member_id = c.author_id and f.level = 'NONE')`,
          params: [NotificationKind.REPLY, NotificationCategory.REPLIES, comment.parent?.id ?? null, event.postId],
        },
        followersAt(event.postId, "ALL", comment.createdAt, NotificationKind.COMMENT, NotificationCategory.COMMENTS, 2),
      ),
    };
  }

  const recorded = await em.findOne(PostEvent, { id: event.eventId });
  if (!recorded || !recorded.notifyFollowers) return null;
  const common = { sourceId: recorded.id, postId: event.postId, actorId: recorded.actor?.id ?? null, excerpt: excerptOf(recorded.publicNote) };
  switch (event.name) {
    case "post.created":
      return {
        ...common,
        audience: {
          sql: `select w.member_id, ?::text as kind, ?::text as category, 1 as priority, p.id as post_id
                from board_watch w join member m on m.id = w.member_id join post p on p.board_id = w.board_id
                where p.id = ? and m.role in (?)`,
          params: [NotificationKind.NEW_POST, NotificationCategory.STAFF_NEW_POSTS, event.postId, STAFF_ROLES],
        },
      };
    case "post.status-changed": {
      const kind = recorded.type === PostEventType.MERGED_INTO ? NotificationKind.MERGED : NotificationKind.STATUS_CHANGED;
      return { ...common, toStatus: recorded.toStatus, audience: followersAt(event.postId, "STATUS", recorded.createdAt, kind, NotificationCategory.STATUS) };
    }
    case "post.updated":
      return { ...common, audience: followersAt(event.postId, "STATUS", recorded.createdAt, NotificationKind.OFFICIAL_UPDATE, NotificationCategory.STATUS) };
  }
}

/**
 * Turns domain events into notifications. Instant mail waits for the batch window: the job queued
 * here runs when this event's window closes and mails everyone whose window is over by then.
 */
async function handle(em: EntityManager, event: NotifyingEvent, { queue, config }: ConsumerServices): Promise<void> {
  const notifications = await notificationsFor(em, event);
  if (!notifications) return;
  const told = await fanOut(em, notifications);
  if (told > 0) await queue.enqueue(em, "notifications.send-batches", {}, { startAfterSeconds: config.mailBatchSeconds });
}

registerDomainEventConsumer({
  name: "notifications",
  handles: NOTIFYING_EVENTS,
  handle,
});
