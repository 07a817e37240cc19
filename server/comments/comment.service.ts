import type { FilterQuery } from "@mikro-orm/core";
import { refuseRepeatedText } from "../trust/repeated-text.js";
import type { EntityManager } from "@mikro-orm/postgresql";
import { publishDomainEvent } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/queue.js";
import { badInput, forbidden, notFound } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import type { Member } from "../members/member.entity.js";
import { isStaff } from "../members/role.js";
import { findVisiblePostOrThrow } from "../posts/post.service.js";
import { visiblePosts } from "../posts/post.policy.js";
import { followPost } from "../posts/follow.service.js";
import { FollowReason } from "../posts/follow.entity.js";
import { countPerMember } from "../db/count-per-member.js";
import { markTriaged } from "../posts/post-status.service.js";
import { screenTexts } from "../moderation/watched-words.js";
import { Comment, CommentVisibility } from "./comment.entity.js";
import { allows } from "../members/permission.js";
import { COMMENT_POLICY, canDeleteComment, canEditComment, canReadComment, isPublicComment, publicCommentSql, visibleComments } from "./comment.policy.js";

export async function addComment(
  em: EntityManager,
  queue: JobQueue,
  author: Member,
  input: { postId: string; body: string; parentId?: string | null; internal: boolean },
): Promise<Comment> {
  if (input.internal && !allows(COMMENT_POLICY.writeInternal, author)) throw forbidden(COMMENT_POLICY.writeInternal.action);
  return em.transactional(async (tx) => {
    const post = await findVisiblePostOrThrow(tx, author, input.postId);
    let parent: Comment | null = null;
    if (input.parentId) {
      parent = await tx.findOne(Comment, { id: input.parentId, post });
      if (!parent || !canReadComment(author, parent)) throw notFound("Parent comment");
      if (!isPublicComment(parent) && !input.internal) {
        throw badInput("internal", InputReason.MUST_BE_INTERNAL, "A reply to an internal note must be internal too.");
      }
    }
    // Watched words that hold apply to posts only; a comment is blocked or censored.
    const [body] = (await screenTexts(tx, [{ field: "body", text: input.body }])).texts;
    await refuseRepeatedText(tx, author, "comment", [body]);
    const comment = tx.create(Comment, {
      post,
      author,
      parent,
      body,
      visibility: input.internal ? CommentVisibility.INTERNAL : CommentVisibility.PUBLIC,
    });
    if (!input.internal) {
      await tx.execute(`update post set comment_count = comment_count + 1 where id = ?`, [post.id]);
      await followPost(tx, post.id, author.id, FollowReason.COMMENT);
      await publishDomainEvent(tx, queue, "comment.created", { postId: post.id, eventId: comment.id });
    }
    if (isStaff(author.role)) markTriaged(post);
    return comment;
  });
}

async function findVisibleComment(em: EntityManager, viewer: Member, id: string): Promise<Comment> {
  const comment = await em.findOne(Comment, { $and: [{ id, deletedAt: null, post: visiblePosts(viewer) }, visibleComments(viewer)] });
  if (!comment) throw notFound("Comment");
  return comment;
}

export async function editComment(em: EntityManager, viewer: Member, id: string, body: string): Promise<Comment> {
  const comment = await findVisibleComment(em, viewer, id);
  if (!canEditComment(viewer, comment)) throw forbidden("edit someone else's comment");
  [comment.body] = (await screenTexts(em, [{ field: "body", text: body }])).texts;
  comment.editedAt = new Date();
  await em.flush();
  return comment;
}

/**
 * Soft delete: replies keep their place in the thread; the text is gone. One statement clears the
 * comment only if it is not deleted yet and moves `comment_count` only if it did, so two deletes
 * racing each other change the count once (the loser gets NOT_FOUND, as after the fact).
 */
export async function deleteComment(em: EntityManager, viewer: Member, id: string): Promise<Comment> {
  const comment = await findVisibleComment(em, viewer, id);
  if (!canDeleteComment(viewer, comment)) throw forbidden("delete this comment");
  const deleted: unknown[] = await em.execute(
    `with deleted as (
       update comment set body = '', deleted_at = now() where id = ? and deleted_at is null returning post_id, visibility
     ), counted as (
       update post set comment_count = comment_count - 1 from deleted where post.id = deleted.post_id and ${publicCommentSql("deleted")}
     )
     select 1 from deleted`,
    [comment.id],
  );
  if (deleted.length === 0) throw notFound("Comment");
  await em.refresh(comment);
  return comment;
}

/*
 * A member's comments, for their history: the list and the count read the same rows (deleted
 * comments left out, their text is gone; only on posts the viewer sees), so "Comments (5)" lists five.
 */
const writtenBy = (viewer: Member | null, memberIds: string | readonly string[]): FilterQuery<Comment> => ({
  $and: [{ author: { $in: [memberIds].flat() }, deletedAt: null, post: visiblePosts(viewer) }, visibleComments(viewer)],
});

/** Their comments and internal notes, newest first. */
export function commentsBy(em: EntityManager, viewer: Member | null, memberId: string, first: number): Promise<Comment[]> {
  return em.find(Comment, writtenBy(viewer, memberId), { orderBy: { createdAt: "desc", id: "asc" }, limit: first });
}

/** How many comments each of these members has, in one grouped query. */
export function countCommentsBy(em: EntityManager, viewer: Member | null, memberIds: readonly string[]): Promise<Map<string, number>> {
  return countPerMember(em, Comment, "author", writtenBy(viewer, memberIds));
}
