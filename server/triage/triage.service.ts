import type { EntityManager } from "@mikro-orm/postgresql";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { badInput, conflict, notFound } from "../graphql/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { findOpenBoardOrThrow, findPostOrThrow } from "../posts/post.service.js";
import { findSettableStatusOrRefuse } from "../posts/status.service.js";
import { changePostStatus, markDuplicate, markTriaged } from "../posts/post-status.service.js";
import { PostEventSource, PostEventType } from "../timeline/post-event.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import { Board } from "./board.entity.js";
import { Tag } from "./tag.entity.js";
import { isUuid } from "../shared/ids.js";

export async function setPostStatus(em: EntityManager, queue: JobQueue, actor: Member, postId: string, statusKey: string, note?: string | null): Promise<Post> {
  return em.transactional(async (tx) => {
    const status = await findSettableStatusOrRefuse(tx, statusKey, "status");
    const post = await findPostOrThrow(tx, postId);
    if (post.mergedInto) throw conflict(ConflictReason.POST_MERGED, "This post was merged into another one; change the status there.");
    const changed = await changePostStatus(tx, queue, post, status, { actor, source: PostEventSource.MANUAL, publicNote: note });
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
export async function mergePosts(em: EntityManager, queue: JobQueue, actor: Member, duplicateId: string, targetId: string, note?: string | null): Promise<Post> {
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

    await tx.execute(
      `insert into vote (id, post_id, member_id, cast_by_id, created_at)
       select gen_random_uuid(), ?, member_id, cast_by_id, created_at from vote where post_id = ?
       on conflict (post_id, member_id) do nothing`,
      [targetId, duplicateId],
    );
    await tx.execute(`delete from vote where post_id = ?`, [duplicateId]);
    await tx.execute(
      `insert into follow (post_id, member_id, created_at) select ?, member_id, created_at from follow where post_id = ?
       on conflict do nothing`,
      [targetId, duplicateId],
    );
    // Earlier duplicates of the duplicate now point straight at the target.
    await tx.execute(`update post set merged_into_id = ? where merged_into_id = ?`, [targetId, duplicateId]);
    await tx.execute(
      `update post set vote_count = (select count(*) from vote where post_id = post.id) where id in (?, ?)`,
      [duplicateId, targetId],
    );

    const [duplicate, target] = await Promise.all([
      tx.findOneOrFail(Post, { id: duplicateId }, { refresh: true }),
      tx.findOneOrFail(Post, { id: targetId }, { refresh: true }),
    ]);
    await markDuplicate(tx, queue, duplicate, target, actor, note);
    markTriaged(target);
    recordEvent(tx, { post: target, type: PostEventType.MERGED_FROM, actor, relatedPost: duplicate });
    return target;
  });
}

const slugify = (name: string) =>
  name.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60);

async function flushUnique(em: EntityManager, what: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(ConflictReason.NAME_TAKEN, `A ${what} with this name already exists.`);
    throw error;
  }
}

export function listBoards(em: EntityManager, includeArchived: boolean): Promise<Board[]> {
  return em.find(Board, includeArchived ? {} : { archivedAt: null }, { orderBy: { position: "asc", name: "asc" } });
}

export function listTags(em: EntityManager, includeArchived: boolean): Promise<Tag[]> {
  return em.find(Tag, includeArchived ? {} : { archivedAt: null }, { orderBy: { position: "asc", name: "asc" } });
}

/** New boards and tags go to the end of the list. */
async function nextPosition(em: EntityManager, entity: typeof Board | typeof Tag): Promise<number> {
  const [row]: { next: number }[] = await em.execute(`select coalesce(max(position) + 1, 0) as next from "${em.getMetadata(entity).tableName}"`);
  return Number(row.next);
}

/** Gives each listed board or tag its place in `ids`, in one statement; unknown ids are NOT_FOUND. */
export async function reorder(em: EntityManager, entity: typeof Board | typeof Tag, ids: string[]): Promise<void> {
  const table = em.getMetadata(entity).tableName;
  await em.transactional(async (tx) => {
    const updated: unknown[] = await tx.execute(
      `update "${table}" set position = x.ord - 1
         from jsonb_array_elements_text(?::jsonb) with ordinality as x(id, ord)
        where "${table}".id = x.id::uuid returning "${table}".id`,
      [JSON.stringify(ids.filter(isUuid))],
    );
    if (updated.length !== ids.length) throw notFound(entity === Board ? "Board" : "Tag");
  });
}

export async function createBoard(em: EntityManager, input: { name: string; description: string }): Promise<Board> {
  const slug = slugify(input.name);
  if (!slug) throw badInput("name", InputReason.NO_LETTERS_OR_DIGITS, "A board name needs at least one letter or digit.");
  const board = em.create(Board, { name: input.name.trim(), slug, description: input.description.trim(), position: await nextPosition(em, Board) });
  await flushUnique(em, "board");
  return board;
}

export async function updateBoard(em: EntityManager, id: string, input: { name?: string | null; description?: string | null; archived?: boolean | null }): Promise<Board> {
  const board = await em.findOne(Board, { id });
  if (!board) throw notFound("Board");
  if (input.name) {
    board.name = input.name.trim();
    board.slug = slugify(input.name);
    if (!board.slug) throw badInput("name", InputReason.NO_LETTERS_OR_DIGITS, "A board name needs at least one letter or digit.");
  }
  if (input.description !== undefined && input.description !== null) board.description = input.description.trim();
  if (input.archived !== undefined && input.archived !== null) board.archivedAt = input.archived ? (board.archivedAt ?? new Date()) : null;
  await flushUnique(em, "board");
  return board;
}

export async function createTag(em: EntityManager, input: { name: string; description: string; color?: string | null }): Promise<Tag> {
  const tag = em.create(Tag, {
    name: input.name.trim(),
    description: input.description.trim(),
    position: await nextPosition(em, Tag),
    ...(input.color ? { color: input.color } : {}),
  });
  await flushUnique(em, "tag");
  return tag;
}

export async function updateTag(
  em: EntityManager,
  id: string,
  input: { name?: string | null; description?: string | null; color?: string | null; archived?: boolean | null },
): Promise<Tag> {
  const tag = await em.findOne(Tag, { id });
  if (!tag) throw notFound("Tag");
  if (input.name) tag.name = input.name.trim();
  if (input.description !== undefined && input.description !== null) tag.description = input.description.trim();
  if (input.color) tag.color = input.color;
  if (input.archived !== undefined && input.archived !== null) tag.archivedAt = input.archived ? (tag.archivedAt ?? new Date()) : null;
  await flushUnique(em, "tag");
  return tag;
}
