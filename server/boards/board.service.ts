import type { EntityManager } from "@mikro-orm/postgresql";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { isUuid } from "../shared/ids.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import type { HoldPolicy } from "../moderation/holding.entity.js";
import { Board } from "./board.entity.js";
import { Tag } from "./tag.entity.js";

export async function findOpenBoardOrThrow(em: EntityManager, id: string): Promise<Board> {
  const board = await em.findOne(Board, { id });
  if (!board) throw notFound("Board");
  if (board.archivedAt) throw badInput("boardId", InputReason.ARCHIVED, "This board is archived and takes no new posts.");
  return board;
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
  const board = em.create(Board, { name: input.name, slug, description: input.description, position: await nextPosition(em, Board) });
  await flushUnique(em, "board");
  return board;
}

export async function updateBoard(
  em: EntityManager,
  id: string,
  input: { name?: string | null; description?: string | null; archived?: boolean | null; holdPolicy?: HoldPolicy | null },
): Promise<Board> {
  const board = await em.findOne(Board, { id });
  if (!board) throw notFound("Board");
  if (input.name) {
    board.name = input.name;
    board.slug = slugify(input.name);
    if (!board.slug) throw badInput("name", InputReason.NO_LETTERS_OR_DIGITS, "A board name needs at least one letter or digit.");
  }
  if (input.description !== undefined && input.description !== null) board.description = input.description;
  if (input.archived !== undefined && input.archived !== null) board.archivedAt = input.archived ? (board.archivedAt ?? new Date()) : null;
  if (input.holdPolicy) board.holdPolicy = input.holdPolicy;
  await flushUnique(em, "board");
  return board;
}

export async function createTag(em: EntityManager, input: { name: string; description: string; color?: string | null }): Promise<Tag> {
  const tag = em.create(Tag, {
    name: input.name,
    description: input.description,
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
  if (input.name) tag.name = input.name;
  if (input.description !== undefined && input.description !== null) tag.description = input.description;
  if (input.color) tag.color = input.color;
  if (input.archived !== undefined && input.archived !== null) tag.archivedAt = input.archived ? (tag.archivedAt ?? new Date()) : null;
  await flushUnique(em, "tag");
  return tag;
}
