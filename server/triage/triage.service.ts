import type { EntityManager } from "@mikro-orm/postgresql";
import { publishDomainEvent } from "../events/domain-events.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { findOpenBoardOrThrow } from "../boards/board.service.js";
import { findPostOrThrow, findVisiblePostOrThrow } from "../posts/post.service.js";
import { copyFollowers } from "../posts/follow.service.js";
import { moveVotes } from "../votes/vote.service.js";
import { findSettableStatusOrRefuse } from "../posts/status.service.js";
import { changePostStatus, markDuplicate, markTriaged } from "../posts/post-status.service.js";
import { PostEventSource, PostEventType } from "../timeline/post-event.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";

/** What staff write with a change, and whether followers are told (default: they are). */
export interface StaffNote {
  note?: string | null;
  notifyFollowers?: boolean | null;
}

/** A merged duplicate's followers follow the post it was merged into, so staff speak there. */
function refuseMerged(post: Post, act: string): void {
  if (post.mergedInto) throw conflict(ConflictReason.POST_MERGED, `This post was merged into another one; ${act} there.`);
}

export async function setPostStatus(em: EntityManager, queue: JobQueue, actor: Member, postId: string, statusKey: string, input: StaffNote = {}): Promise<Post> {
  return em.transactional(async (tx) => {
    const status = await findSettableStatusOrRefuse(tx, statusKey, "status");
    const post = await findPostOrThrow(tx, postId);
    refuseMerged(post, "change the status");
    const notifyFollowers = input.notifyFollowers ?? true;
    const changed = await changePostStatus(tx, queue, post, status, { actor, source: PostEventSource.MANUAL, publicNote: input.note, notifyFollowers });
    if (!changed && input.note) await recordUpdate(tx, queue, post, actor, input.note, notifyFollowers);
    return post;
  });
}

/** An official update: a public note on the timeline, published so followers hear of it. */
async function recordUpdate(tx: EntityManager, queue: JobQueue, post: Post, actor: Member, note: string, notifyFollowers: boolean): Promise<void> {
  const recorded = recordEvent(tx, { post, type: PostEventType.NOTE, actor, publicNote: note, notifyFollowers });
  await publishDomainEvent(tx, queue, "post.updated", { postId: post.id, eventId: recorded.id });
}

/** A public update on a post without changing its status ("We're looking into this"). */
export async function postUpdate(em: EntityManager, queue: JobQueue, actor: Member, postId: string, input: StaffNote & { note: string }): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findPostOrThrow(tx, postId);
    refuseMerged(post, "post the update");
    markTriaged(post);
    await recordUpdate(tx, queue, post, actor, input.note, input.notifyFollowers ?? true);
    return post;
  });
}

/** Ambassadors tag too, and they are not staff: a post they may not see is NOT_FOUND. */
export async function setPostTag(em: EntityManager, actor: Member, postId: string, tagId: string, tagged: boolean): Promise<Post> {
  return em.transactional(async (tx) => {
    const post = await findVisiblePostOrThrow(tx, actor, postId);
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
export async function mergePosts(
  em: EntityManager,
  queue: JobQueue,
  actor: Member,
  duplicateId: string,
  targetId: string,
  input: { note?: string | null; notifyFollowers?: boolean } = {},
): Promise<Post> {
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
    await markDuplicate(tx, queue, duplicate, target, { actor, ...input });
    markTriaged(target);
    recordEvent(tx, { post: target, type: PostEventType.MERGED_FROM, actor, relatedPost: duplicate });
    return target;
  });
}
