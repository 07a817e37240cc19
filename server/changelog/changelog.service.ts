import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { publishDomainEvent } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { DONE_INTERNALLY_STATUS, StatusCategory } from "../posts/post-status.js";
import { changePostStatus } from "../posts/post-status.service.js";
import { Status } from "../posts/status.entity.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { isUuid } from "../shared/ids.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import { httpUrlOrNull } from "../shared/markdown.js";
import { PostEventSource, PostEventType } from "../timeline/post-event.entity.js";
import { recordEvent } from "../timeline/timeline.service.js";
import { ChangelogCategory, ChangelogEntry, ChangelogEntryState, ChangelogSettings } from "./changelog.entity.js";

export interface EntryInput {
  title?: string | null;
  body?: string | null;
  categoryId?: string | null;
  postIds?: string[] | null;
  /** Empty string removes the cover. */
  coverImageUrl?: string | null;
}

// ------------------------------------------------------------------------------------------------
// Categories and settings
// ------------------------------------------------------------------------------------------------

export function listCategories(em: EntityManager, includeArchived: boolean): Promise<ChangelogCategory[]> {
  return em.find(ChangelogCategory, includeArchived ? {} : { archivedAt: null }, { orderBy: { position: "asc", name: "asc" } });
}

async function flushCategory(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(ConflictReason.NAME_TAKEN, "A changelog category with this name already exists.");
    throw error;
  }
}

export async function createCategory(em: EntityManager, name: string): Promise<ChangelogCategory> {
  const [row]: { next: number }[] = await em.execute(`select coalesce(max(position) + 1, 0) as next from changelog_category`);
  const category = em.create(ChangelogCategory, { name, position: Number(row.next) });
  await flushCategory(em);
  return category;
}

export async function updateCategory(em: EntityManager, id: string, input: { name?: string | null; archived?: boolean | null }): Promise<ChangelogCategory> {
  const category = isUuid(id) ? await em.findOne(ChangelogCategory, { id }) : null;
  if (!category) throw notFound("Changelog category");
  if (input.name) category.name = input.name;
  if (input.archived !== undefined && input.archived !== null) category.archivedAt = input.archived ? (category.archivedAt ?? new Date()) : null;
  await flushCategory(em);
  return category;
}

export async function readSettings(em: EntityManager): Promise<ChangelogSettings> {
  return (await em.findOne(ChangelogSettings, { id: true })) ?? em.create(ChangelogSettings, {}, { persist: false });
}

export async function updateSettings(em: EntityManager, input: { shippingWaitsForChangelog?: boolean | null }): Promise<ChangelogSettings> {
  const settings = (await em.findOne(ChangelogSettings, { id: true })) ?? em.create(ChangelogSettings, {});
  if (input.shippingWaitsForChangelog !== undefined && input.shippingWaitsForChangelog !== null) settings.shippingWaitsForChangelog = input.shippingWaitsForChangelog;
  await em.flush();
  return settings;
}

// ------------------------------------------------------------------------------------------------
// Writing entries
// ------------------------------------------------------------------------------------------------

export async function findEntryOrThrow(em: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<ChangelogEntry> {
  const entry = isUuid(id) ? await em.findOne(ChangelogEntry, { id }, options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!entry) throw notFound("Changelog entry");
  return entry;
}

async function applyInput(em: EntityManager, entry: ChangelogEntry, input: EntryInput): Promise<void> {
  if (input.title) entry.title = input.title;
  if (input.body !== undefined && input.body !== null) entry.body = input.body;
  if (input.categoryId) {
    const category = isUuid(input.categoryId) ? await em.findOne(ChangelogCategory, { id: input.categoryId }) : null;
    if (!category) throw notFound("Changelog category");
    if (category.archivedAt && category !== entry.category) throw badInput("categoryId", InputReason.ARCHIVED, "This changelog category is archived.");
    entry.category = category;
  }
  if (input.coverImageUrl !== undefined && input.coverImageUrl !== null) {
    const url = input.coverImageUrl;
    if (url && !httpUrlOrNull(url)) throw badInput("coverImageUrl", InputReason.INVALID_URL, "coverImageUrl must be an http(s) URL.");
    entry.coverImageUrl = url || null;
  }
  if (input.postIds) {
    const posts = await em.find(Post, { id: { $in: input.postIds.filter(isUuid) } });
    if (posts.length !== new Set(input.postIds).size) throw notFound("Post");
    entry.posts.set(posts);
  }
}

export async function createEntry(em: EntityManager, author: Member, input: EntryInput & { title: string; categoryId: string }): Promise<ChangelogEntry> {
  return em.transactional(async (tx) => {
    const entry = tx.create(ChangelogEntry, { title: input.title, author, category: tx.getReference(ChangelogCategory, input.categoryId) });
    // The reference above is only a placeholder: applyInput checks the category exists and is open.
    await applyInput(tx, entry, input);
    return entry;
  });
}

export async function updateEntry(em: EntityManager, editor: Member, id: string, input: EntryInput): Promise<ChangelogEntry> {
  return em.transactional(async (tx) => {
    const entry = await findEntryOrThrow(tx, id, { lock: true });
    // A draft Roundtrip wrote becomes the first editor's: from then on Roundtrip only appends to it.
    entry.author ??= editor;
    await applyInput(tx, entry, input);
    return entry;
  });
}

// ------------------------------------------------------------------------------------------------
// Publishing
// ------------------------------------------------------------------------------------------------

/** The status a published entry ships its posts into: the first open DONE status. */
async function shippingStatus(em: EntityManager): Promise<Status> {
  const status = await em.findOne(Status, { category: StatusCategory.DONE, archivedAt: null }, { orderBy: { position: "asc" } });
  if (!status) throw new Error("No DONE status to ship posts into");
  return status;
}

/**
 * Tells the people who cared, once: the first publication records `notifiedAt` and publishes the
 * `changelog.published` domain event, to which the notifications consumer attaches. Unpublishing and
 * publishing again never announce a second time.
 */
export async function announceEntry(em: EntityManager, queue: JobQueue, entry: ChangelogEntry, actor: Member | null): Promise<boolean> {
  if (entry.notifiedAt) return false;
  entry.notifiedAt = new Date();
  await publishDomainEvent(em, queue, "changelog.published", { entryId: entry.id, eventId: entry.id, actorId: actor?.id ?? null });
  return true;
}

/**
 * Publishes an entry locked in `em`'s transaction: ships every linked post that is done internally
 * (through the one status owner, with a timeline row naming the entry), puts the entry on the
 * timeline of the other linked posts the first time, and announces it once.
 */
async function publishLocked(em: EntityManager, queue: JobQueue, entry: ChangelogEntry, actor: Member | null): Promise<void> {
  entry.state = ChangelogEntryState.PUBLISHED;
  entry.scheduledFor = null;
  entry.publishedAt ??= new Date();
  entry.draftWeek = null;
  const firstTime = !entry.notifiedAt;
  await em.flush(); // the shipping gate reads the entry's state from the database
  const shipped = await shippingStatus(em);
  for (const post of await entry.posts.loadItems()) {
    const changed =
      post.status === DONE_INTERNALLY_STATUS &&
      // The entry's own announcement tells the followers, once (notifications consumer): the
      // status change it causes does not notify them a second time.
      (await changePostStatus(em, queue, post, shipped, { actor, source: PostEventSource.MANUAL, changelogEntry: entry, notifyFollowers: !firstTime }));
    if (!changed && firstTime) recordEvent(em, { post, type: PostEventType.ANNOUNCED, actor, changelogEntry: entry });
  }
  await announceEntry(em, queue, entry, actor);
}

export async function publishEntry(em: EntityManager, queue: JobQueue, actor: Member, id: string): Promise<ChangelogEntry> {
  return em.transactional(async (tx) => {
    const entry = await findEntryOrThrow(tx, id, { lock: true });
    if (entry.state !== ChangelogEntryState.PUBLISHED) await publishLocked(tx, queue, entry, actor);
    return entry;
  });
}

/** Back to DRAFT: the entry leaves the changelog; shipped posts stay shipped. */
export async function unpublishEntry(em: EntityManager, id: string): Promise<ChangelogEntry> {
  return em.transactional(async (tx) => {
    const entry = await findEntryOrThrow(tx, id, { lock: true });
    entry.state = ChangelogEntryState.DRAFT;
    entry.scheduledFor = null;
    return entry;
  });
}

/**
 * Schedules (or re-schedules) publishing at `at` with a delayed job. The job publishes only if the
 * entry is still SCHEDULED for exactly that moment, so cancelling or re-scheduling needs no job
 * bookkeeping: the stale job finds nothing to do.
 */
export async function scheduleEntry(em: EntityManager, queue: JobQueue, id: string, at: Date): Promise<ChangelogEntry> {
  if (at.getTime() <= Date.now()) throw badInput("at", InputReason.OUT_OF_RANGE, "A schedule must lie in the future.");
  return em.transactional(async (tx) => {
    const entry = await findEntryOrThrow(tx, id, { lock: true });
    if (entry.state === ChangelogEntryState.PUBLISHED) throw conflict(ConflictReason.ALREADY_PUBLISHED, "This entry is published already; unpublish it first.");
    entry.state = ChangelogEntryState.SCHEDULED;
    entry.scheduledFor = at;
    await queue.enqueue(tx, "changelog.publish-scheduled", { entryId: entry.id, scheduledFor: at.toISOString() }, {
      startAfterSeconds: Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000)),
    });
    return entry;
  });
}

export async function cancelSchedule(em: EntityManager, id: string): Promise<ChangelogEntry> {
  return em.transactional(async (tx) => {
    const entry = await findEntryOrThrow(tx, id, { lock: true });
    if (entry.state === ChangelogEntryState.SCHEDULED) {
      entry.state = ChangelogEntryState.DRAFT;
      entry.scheduledFor = null;
    }
    return entry;
  });
}

/** The scheduled job: publishes only what is still scheduled for this job's moment. */
export async function publishScheduled(em: EntityManager, queue: JobQueue, entryId: string, scheduledFor: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const entry = await tx.findOne(ChangelogEntry, { id: entryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (entry?.state !== ChangelogEntryState.SCHEDULED || entry.scheduledFor?.toISOString() !== scheduledFor) return false;
    await publishLocked(tx, queue, entry, entry.author);
    return true;
  });
}

// ------------------------------------------------------------------------------------------------
// Reading
// ------------------------------------------------------------------------------------------------

export interface ChangelogFilter {
  categoryId?: string | null;
  boardId?: string | null;
}

/** Published entries, newest first; a board filter keeps entries linking a post of that board. */
export async function listPublished(em: EntityManager, filter: ChangelogFilter, offset: number, first: number): Promise<{ entries: ChangelogEntry[]; totalCount: number }> {
  const where = {
    state: ChangelogEntryState.PUBLISHED,
    ...(filter.categoryId ? { category: isUuid(filter.categoryId) ? filter.categoryId : null } : {}),
    ...(filter.boardId ? { posts: { board: isUuid(filter.boardId) ? filter.boardId : null } } : {}),
  };
  const [entries, totalCount] = await em.findAndCount(ChangelogEntry, where, { orderBy: { publishedAt: "desc", id: "asc" }, offset, limit: first });
  return { entries, totalCount };
}

/** For product staff: drafts and scheduled entries, most recently changed first. */
export function listUnpublished(em: EntityManager): Promise<ChangelogEntry[]> {
  return em.find(ChangelogEntry, { state: { $ne: ChangelogEntryState.PUBLISHED } }, { orderBy: { updatedAt: "desc" } });
}

/** Published entries that link the post, newest first. */
/** The published entries answering each post, newest first: one query for any number of posts. */
export async function entriesAnswering(em: EntityManager, postIds: readonly string[]): Promise<ChangelogEntry[][]> {
  const links: { post_id: string; changelog_entry_id: string }[] = await em.execute(
    `select link.post_id, link.changelog_entry_id from changelog_entry_post link
     join changelog_entry e on e.id = link.changelog_entry_id
     where link.post_id in (?) and e.state = ? order by e.published_at desc, e.id`,
    [postIds, ChangelogEntryState.PUBLISHED],
  );
  const entries = await em.find(ChangelogEntry, { id: { $in: [...new Set(links.map((link) => link.changelog_entry_id))] } });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return postIds.map((postId) => links.filter((link) => link.post_id === postId).map((link) => byId.get(link.changelog_entry_id)!));
}
