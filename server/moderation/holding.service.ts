import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Board } from "../boards/board.entity.js";
import { publishDomainEvent } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/queue.js";
import type { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import type { Post } from "../posts/post.entity.js";
import { PostEvent, PostEventType } from "../timeline/post-event.entity.js";
import { badInput, conflict, notFound } from "../shared/errors.js";
import { ConflictReason, InputReason } from "../shared/input-rules.js";
import { AuditAction } from "./audit-entry.entity.js";
import { recordAudit, settingsTarget } from "./audit.js";
import { HoldPolicy, HoldSettings, WatchedWord, type WatchedWordAction } from "./holding.entity.js";
import { MODERATION_POLICY } from "./moderation.policy.js";
import { ModerationState } from "./moderation-state.js";
import { WATCHED_WORD_SHAPE, normalizeWatchedWord } from "./watched-words.js";

export async function readHoldSettings(em: EntityManager): Promise<HoldSettings> {
  return (await em.findOne(HoldSettings, { id: true })) ?? em.create(HoldSettings, {}, { persist: false });
}

export async function updateHoldSettings(em: EntityManager, actor: Member, input: { policy?: HoldPolicy | null; firstPosts?: number | null }): Promise<HoldSettings> {
  if (input.policy === HoldPolicy.COMMUNITY_DEFAULT) throw badInput("policy", InputReason.INVALID_VALUE, "COMMUNITY_DEFAULT is for boards; the community needs a policy of its own.");
  return em.transactional(async (tx) => {
    const settings = (await tx.findOne(HoldSettings, { id: true })) ?? tx.create(HoldSettings, {});
    const before = { policy: settings.policy, firstPosts: settings.firstPosts };
    if (input.policy) settings.policy = input.policy;
    if (input.firstPosts !== undefined && input.firstPosts !== null) settings.firstPosts = input.firstPosts;
    recordAudit(tx, { actor, action: AuditAction.CHANGE_HOLD_SETTINGS, target: settingsTarget("HoldSettings"), before, after: { policy: settings.policy, firstPosts: settings.firstPosts } });
    return settings;
  });
}

/**
 * Whether a new post waits for approval: never for staff and ambassadors; always when a watched word
 * that holds matched; otherwise by the board's policy, or the community's when the board follows it.
 * Under FIRST_POSTS, a member's posts wait until enough of them were let through — two first posts sent
 * at once both wait, which errs on the safe side.
 */
export async function holdsNewPost(tx: EntityManager, author: Member, board: Board, matchedWordThatHolds: boolean): Promise<boolean> {
  if (allows(MODERATION_POLICY.postWithoutApproval, author)) return false;
  if (matchedWordThatHolds) return true;
  const settings = await readHoldSettings(tx);
  const policy = board.holdPolicy === HoldPolicy.COMMUNITY_DEFAULT ? settings.policy : board.holdPolicy;
  if (policy === HoldPolicy.NOBODY) return false;
  if (policy === HoldPolicy.EVERYONE) return true;
  const [{ published }] = await tx.execute<{ published: number }[]>(
    `select count(*)::int as published from (select 1 from post where author_id = ? and moderation_state is null limit ?) p`,
    [author.id, settings.firstPosts],
  );
  return published < settings.firstPosts;
}

export function holdPost(post: Post): void {
  post.moderationState = ModerationState.HELD;
  post.moderatedAt = new Date();
}

/**
 * For a held post just let through: the community hears of it now (the "post.created" event its
 * submission did not publish), so nobody was told of a post they could not open.
 */
export async function announceApprovedPost(tx: EntityManager, queue: JobQueue, postId: string): Promise<void> {
  const created = await tx.findOneOrFail(PostEvent, { post: postId, type: PostEventType.CREATED });
  await publishDomainEvent(tx, queue, "post.created", { postId, eventId: created.id });
}

export const listWatchedWords = (em: EntityManager) => em.find(WatchedWord, {}, { orderBy: { word: "asc" } });

export async function addWatchedWord(em: EntityManager, actor: Member, input: { word: string; action: WatchedWordAction }): Promise<WatchedWord> {
  const word = normalizeWatchedWord(input.word);
  if (!WATCHED_WORD_SHAPE.test(word) || !/[\p{L}\p{N}]/u.test(word)) {
    throw badInput("word", InputReason.INVALID_WATCHED_WORD, "A watched word has letters or digits, and only spaces, ', - and * besides.");
  }
  try {
    return await em.transactional(async (tx) => {
      const watched = tx.create(WatchedWord, { word, action: input.action, createdBy: actor });
      recordAudit(tx, { actor, action: AuditAction.ADD_WATCHED_WORD, target: { type: "WatchedWord", id: watched.id }, after: { word, action: input.action } });
      return watched;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(ConflictReason.ALREADY_WATCHED, `"${word}" is watched already.`);
    throw error;
  }
}

export async function removeWatchedWord(em: EntityManager, actor: Member, id: string): Promise<WatchedWord> {
  return em.transactional(async (tx) => {
    const watched = await tx.findOne(WatchedWord, { id });
    if (!watched) throw notFound("Watched word");
    recordAudit(tx, { actor, action: AuditAction.REMOVE_WATCHED_WORD, target: { type: "WatchedWord", id }, before: { word: watched.word, action: watched.action } });
    tx.remove(watched);
    return watched;
  });
}
