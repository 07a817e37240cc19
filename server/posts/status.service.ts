import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import { RESERVED_STATUSES, isSettable, type StatusCategory } from "./post-status.js";
import { Status } from "./status.entity.js";

export function listStatuses(em: EntityManager, includeArchived = true): Promise<Status[]> {
  return em.find(Status, includeArchived ? {} : { archivedAt: null }, { orderBy: { position: "asc", key: "asc" } });
}

/** A status a manager may put a post in: known, not archived, not DUPLICATE (only merging gives that). */
export async function findSettableStatusOrRefuse(em: EntityManager, key: string, field: string): Promise<Status> {
  // Call it in the transaction that moves the post: the shared lock keeps the status from being archived meanwhile.
  const status = await em.findOne(Status, { key }, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  if (!status) throw badInput(field, InputReason.UNKNOWN_STATUS, `There is no status ${key}.`);
  if (status.archivedAt) throw badInput(field, InputReason.ARCHIVED, "This status is archived.");
  if (!isSettable(status)) throw badInput(field, InputReason.NOT_SETTABLE, "Posts become DUPLICATE by merging them into another post.");
  return status;
}

/** Refuses the first key of `keys` that names no status (filters, tracker mappings). */
export async function refuseUnknownStatuses(em: EntityManager, keys: readonly string[], field: string): Promise<void> {
  if (keys.length === 0) return;
  const known = new Set((await em.find(Status, { key: { $in: [...keys] } })).map((status) => status.key));
  const unknown = keys.find((key) => !known.has(key));
  if (unknown) throw badInput(field, InputReason.UNKNOWN_STATUS, `There is no status ${unknown}.`);
}

export interface StatusInput {
  nameEn: string;
  nameDe: string;
  color: string;
  category: StatusCategory;
  onRoadmap: boolean;
  public: boolean;
}

/** UPPER_SNAKE of the English name, the key clients and tracker mappings keep using after renames. */
const keyOf = (name: string) =>
  name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase().replace(/^(\d)/, "S_$1").slice(0, 40);

async function flushUnique(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(ConflictReason.NAME_TAKEN, "A status with this name already exists.");
    throw error;
  }
}

export async function createStatus(em: EntityManager, input: StatusInput): Promise<Status> {
  const key = keyOf(input.nameEn);
  if (!key) throw badInput("nameEn", InputReason.NO_LETTERS_OR_DIGITS, "A status name needs at least one Latin letter or digit.");
  const [row]: { next: number }[] = await em.execute(`select coalesce(max(position) + 1, 0) as next from post_status`);
  const status = em.create(Status, { ...input, key, position: Number(row.next) });
  await flushUnique(em);
  return status;
}

/**
 * Only the fields given change; the key never does. Archiving is refused while posts are in the
 * status (CONFLICT STATUS_IN_USE), so no post sits in a status nobody can choose; statuses are
 * archived rather than deleted so every timeline keeps the name of what happened.
 */
export async function updateStatus(
  em: EntityManager,
  key: string,
  input: { [field in keyof StatusInput]?: StatusInput[field] | null } & { archived?: boolean | null },
): Promise<Status> {
  return em.transactional(async (tx) => {
    const status = await tx.findOne(Status, { key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!status) throw notFound("Status");
    const { archived, ...fields } = input;
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined && value !== null) Object.assign(status, { [name]: value });
    }
    if (archived === true && !status.archivedAt) {
      if (RESERVED_STATUSES.includes(status.key)) throw conflict(ConflictReason.STATUS_RESERVED, "Roundtrip itself moves posts into this status; it cannot be archived.");
      // The row lock above waits for every transaction moving a post into this status (they share-lock it).
      const inUse: unknown[] = await tx.execute(`select 1 from post where status = ? limit 1`, [status.key]);
      if (inUse.length > 0) throw conflict(ConflictReason.STATUS_IN_USE, "Posts are in this status; move them to another one first.");
      status.archivedAt = new Date();
    } else if (archived === false) {
      status.archivedAt = null;
    }
    await flushUnique(tx);
    return status;
  });
}

/** Gives each listed status its place in `keys`; unknown keys are NOT_FOUND. */
export async function reorderStatuses(em: EntityManager, keys: string[]): Promise<void> {
  await em.transactional(async (tx) => {
    const updated: unknown[] = await tx.execute(
      `update post_status set position = x.ord - 1
         from jsonb_array_elements_text(?::jsonb) with ordinality as x(key, ord)
        where post_status.key = x.key returning post_status.key`,
      [JSON.stringify(keys)],
    );
    if (updated.length !== keys.length) throw notFound("Status");
  });
}
