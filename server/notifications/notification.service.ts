import type { EntityManager } from "@mikro-orm/postgresql";
import { Board } from "../boards/board.entity.js";
import { findEntryOrThrow } from "../changelog/changelog.service.js";
import { findOpenBoardOrThrow } from "../boards/board.service.js";
import type { Member } from "../members/member.entity.js";
import { notFound } from "../shared/errors.js";
import { Post } from "../posts/post.entity.js";
import { changelogAudience, followersAt, reachOf, reachOfEach, type Reach } from "./fan-out.js";
import { NotificationCategory } from "./notification-category.js";
import { Notification, NotificationKind, NotificationMail } from "./notification.entity.js";

/** What the bell and the notifications page show: in-app notifications only. */
const SHOWN = { inApp: true } as const;

/** The member's notifications, newest first. */
export async function notificationsPage(em: EntityManager, member: Member, offset: number, first: number): Promise<{ notifications: Notification[]; totalCount: number }> {
  const [notifications, totalCount] = await em.findAndCount(
    Notification,
    { recipient: member, ...SHOWN },
    { orderBy: { createdAt: "desc", id: "desc" }, offset, limit: first },
  );
  return { notifications, totalCount };
}

/** A suspended member hears nothing: the notification mails still waiting for them are not sent (the notices stay in the app). */
export async function dropPendingMail(em: EntityManager, memberId: string): Promise<void> {
  await em.nativeUpdate(Notification, { recipient: memberId, mail: NotificationMail.PENDING }, { mail: NotificationMail.NONE });
}

export function unreadCount(em: EntityManager, member: Member): Promise<number> {
  return em.count(Notification, { recipient: member, readAt: null, ...SHOWN });
}

/** Marks the given notifications (or all) read; an id that is not one of the member's is NOT_FOUND and marks nothing. */
export async function markRead(em: EntityManager, member: Member, which: { ids?: string[] | null; all?: boolean | null }): Promise<number> {
  if (which.all) {
    await em.nativeUpdate(Notification, { recipient: member, readAt: null }, { readAt: new Date() });
  } else if (which.ids?.length) {
    const ids = [...new Set(which.ids)];
    await em.transactional(async (tx) => {
      const own = await tx.count(Notification, { recipient: member, id: { $in: ids } });
      if (own !== ids.length) throw notFound("Notification");
      await tx.nativeUpdate(Notification, { recipient: member, readAt: null, id: { $in: ids } }, { readAt: new Date() });
    });
  }
  return unreadCount(em, member);
}

/** Whether each board is watched by the member, one query for any number of boards. */
export async function watchedBoards(em: EntityManager, memberId: string, boardIds: readonly string[]): Promise<boolean[]> {
  const rows: { board_id: string }[] = await em.execute(`select board_id from board_watch where member_id = ? and board_id in (?)`, [memberId, boardIds]);
  const watched = new Set(rows.map((row) => row.board_id));
  return boardIds.map((id) => watched.has(id));
}

/** Watching needs an open board; an archived one can still be unwatched. */
export async function setBoardWatch(em: EntityManager, member: Member, boardId: string, watch: boolean): Promise<Board> {
  if (watch) {
    const board = await findOpenBoardOrThrow(em, boardId);
    await em.execute(`insert into board_watch (board_id, member_id) values (?, ?) on conflict do nothing`, [board.id, member.id]);
    return board;
  }
  const board = await em.findOne(Board, { id: boardId });
  if (!board) throw notFound("Board");
  await em.execute(`delete from board_watch where board_id = ? and member_id = ?`, [board.id, member.id]);
  return board;
}

/**
 * What a status change or an official update by `actor` would do now ("this will notify 214
 * followers: 12 by e-mail now, 80 in a digest, 122 in-app only"): the same routing as the fan-out.
 * For several posts (a bulk status change in the triage inbox), the sum of each post's own answer:
 * notifications, not people, since each post's change tells its followers separately.
 */
export async function previewFollowerNotice(em: EntityManager, actor: Member, postIds: readonly string[]): Promise<Reach> {
  const ids = [...new Set(postIds)];
  if ((await em.count(Post, { id: { $in: ids } })) !== ids.length) throw notFound("Post");
  const now = new Date();
  return reachOfEach(em, ids, (post) => followersAt(post, "STATUS", now, NotificationKind.STATUS_CHANGED, NotificationCategory.STATUS), actor.id);
}

/** What publishing the entry would do now; nothing once it was announced (republishing tells nobody again). */
export async function previewChangelogNotice(em: EntityManager, actor: Member, entryId: string): Promise<Reach> {
  const entry = await findEntryOrThrow(em, entryId);
  if (entry.notifiedAt) return { total: 0, emailNow: 0, emailDigest: 0, inAppOnly: 0 };
  return reachOf(em, changelogAudience(entry.id, new Date()), actor.id);
}
