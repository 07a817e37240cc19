import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { findOpenBoardOrThrow } from "../boards/board.service.js";
import { findPostOrThrow } from "../posts/post.service.js";
import { copyFollowers } from "../posts/follow.service.js";
import { moveVotes } from "../votes/vote.service.js";
import { PostStatus, isManuallySettable } from "../posts/post-status.js";
import { PostEventSource, PostEventType } from "../timeline/post-event.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";

function markTriaged(post: Post, at = new Date()) {
  post.firstTriagedAt ??= at;
}

/**
 * The single place a post's status changes, for managers now and trackers later: it keeps
 * `shippedAt` and the timeline in step with the status.
 */
export async function applyStatus(
  em: EntityManager,
  queue: JobQueue,
  post: Post,
  status: PostStatus,
  by: { actor: Member | null; source: PostEventSource; publicNote?: string | null; internalDetails?: Record<string, unknown> | null },
): Promise<boolean> {
  if (post.status === status) return false;
  const fromStatus = post.status;
  post.status = status;
  if (status === PostStatus.SHIPPED) post.shippedAt ??= new Date();
  if (by.source === PostEventSource.MANUAL) markTriaged(post);
  const event = recordEvent(em, {
    post,
    type: PostEventType.STATUS_CHANGED,
    actor: by.actor,
    source: by.source,
    fromStatus,
    toStatus: status,
    publicNote: by.publicNote,
    internalDetails: by.internalDetails,
  });
  // Followers hear about it through the notifications fan-out, which consumes this job.
  await queue.enqueue(em, "post.status-changed", { postId: post.id, eventId: event.id });
  return true;
}

export async function setPostStatus(em: EntityManager, queue: JobQueue, actor: Member, postId: string, status: PostStatus, note?: string | null): Promise<Post> {
  if (!isManuallySettable(status)) throw badInput("status", InputReason.NOT_SETTABLE, "Posts become DUPLICATE by merging them into another post.");
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    if (post.mergedInto) throw conflict(ConflictReason.POST_MERGED, "This post was merged into another one; change the status there.");
    const changed = await applyStatus(tx, queue, post, status, { actor, source: PostEventSource.MANUAL, publicNote: note });
    if (!changed && note?.trim()) {
      recordEvent(tx, { post, type: PostEventType.NOTE, actor, publicNote: note });
    }
    return post;
  });
}

/** A public update on a post without changing its status ("We're looking into this"). */
export async function postUpdate(em: EntityManager, actor: Member, postId: string, note: string): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    markTriaged(post);
    recordEvent(tx, { post, type: PostEventType.NOTE, actor, publicNote: note });
    return post;
  });
}

export async function setPostTag(em: EntityManager, postId: string, tagId: string, tagged: boolean): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    const tag = await tx.findOne(Tag, { id: tagId });
    if (!tag) throw notFound("Tag");
    if (tagged) {
      if (tag.archivedAt) throw badInput("tagId", InputReason.ARCHIVED, "This tag is archived.");
      await tx.execute(`insert into post_tag (post_id, tag_id) values (?, ?) on conflict do nothing`, [post.id, tag.id]);
    } else {
      await tx.execute(`delete from post_tag where post_id = ? and tag_id = ?`, [post.id, tag.id]);
    }
    markTriaged(post);
    return post;
  });
}

export async function movePost(em: EntityManager, actor: Member, postId: string, boardId: string): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    const board = await findOpenBoardOrThrow(tx, boardId);
    if (post.board.id === board.id) return post;
    const previous = await tx.findOneOrFail(Board, { id: post.board.id });
    post.board = board;
    markTriaged(post);
    recordEvent(tx, {
      post,
      type: PostEventType.BOARD_CHANGED,
      actor,
      publicNote: `Moved from ${previous.name} to ${board.name}`,
    });
    return post;
  });
}

/**
 * Merges a duplicate into its target: the duplicate points at the target and becomes DUPLICATE,
 * its votes and followers move (a member who voted on both counts once), both timelines record it.
 */
export async function mergePosts(em: EntityManager, actor: Member, duplicateId: string, targetId: string, note?: string | null): Promise<Post> {
  if (duplicateId === targetId) throw badInput("targetId", InputReason.SAME_POST, "A post cannot be merged into itself.");
  return em.transactional(async (tx) => {
    // Lock both rows in id order so two crossing merges cannot deadlock, and votes wait for us.
    const locked: { id: string; merged_into_id: string | null }[] = await tx.execute(
      `select id, merged_into_id from post where id in (?, ?) order by id for update`,
      [duplicateId, targetId],
    );
    const duplicateRow = locked.find((row) => row.id === duplicateId);
    const targetRow = locked.find((row) => row.id === targetId);
    if (!duplicateRow) throw notFound("Post");
    if (!targetRow) throw notFound("Target post");
    if (duplicateRow.merged_into_id) throw conflict(ConflictReason.POST_MERGED, "This post was already merged.");
    if (targetRow.merged_into_id) throw badInput("targetId", InputReason.ALREADY_MERGED, "The target was itself merged; merge into the post it points at.");

    await moveVotes(tx, duplicateId, targetId);
    await copyFollowers(tx, duplicateId, targetId);
    // Earlier duplicates of the duplicate now point straight at the target.
    await tx.execute(`update post set merged_into_id = ? where merged_into_id = ?`, [targetId, duplicateId]);

    const [duplicate, target] = await Promise.all([
      tx.findOneOrFail(Post, { id: duplicateId }, { refresh: true }),
      tx.findOneOrFail(Post, { id: targetId }, { refresh: true }),
    ]);
    const fromStatus = duplicate.status;
    duplicate.mergedInto = target;
    duplicate.status = PostStatus.DUPLICATE;
    markTriaged(duplicate);
    markTriaged(target);
    recordEvent(tx, { post: duplicate, type: PostEventType.MERGED_INTO, actor, fromStatus, toStatus: PostStatus.DUPLICATE, relatedPost: target, publicNote: note });
    recordEvent(tx, { post: target, type: PostEventType.MERGED_FROM, actor, relatedPost: duplicate });
    return target;
  });
}
