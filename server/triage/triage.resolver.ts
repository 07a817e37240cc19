import { IsOptional } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { requireRole } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import { TRIAGE_PERMISSIONS } from "./triage.policy.js";
import { mergePosts, movePost, postUpdate, setPostStatus, setPostTag } from "./triage.service.js";

@InputType()
class NoteInput {
  @Field(() => String, { nullable: true, description: "Public note shown on the post's timeline." })
  @IsOptional()
  @CharacterCount(LIMITS.note)
  note?: string | null;
}

@InputType()
class RequiredNoteInput {
  @Field(() => String)
  @CharacterCount(LIMITS.requiredNote)
  note!: string;
}

@Resolver()
export class TriageResolver {
  /** MANAGER, PRODUCT, ADMIN. */
  @Mutation(() => Post)
  setPostStatus(
    @Arg("postId", () => ID) postId: string,
    @Arg("status", () => PostStatus) status: PostStatus,
    @Arg("input", () => NoteInput, { nullable: true }) input: NoteInput | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const actor = requireRole(ctx.viewer, TRIAGE_PERMISSIONS.setStatus, "change a post's status");
    return setPostStatus(ctx.em, ctx.queue, actor, postId, status, input?.note);
  }

  /** MANAGER, PRODUCT, ADMIN: a public update without a status change. */
  @Mutation(() => Post)
  postUpdate(@Arg("postId", () => ID) postId: string, @Arg("input", () => RequiredNoteInput) input: RequiredNoteInput, @Ctx() ctx: Context): Promise<Post> {
    const actor = requireRole(ctx.viewer, TRIAGE_PERMISSIONS.postUpdate, "post updates");
    return postUpdate(ctx.em, actor, postId, input.note);
  }

  /** AMBASSADOR, MODERATOR, MANAGER, PRODUCT, ADMIN. Idempotent. */
  @Mutation(() => Post)
  tagPost(@Arg("postId", () => ID) postId: string, @Arg("tagId", () => ID) tagId: string, @Ctx() ctx: Context): Promise<Post> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.tag, "tag posts");
    return setPostTag(ctx.em, postId, tagId, true);
  }

  /** AMBASSADOR, MODERATOR, MANAGER, PRODUCT, ADMIN. Idempotent. */
  @Mutation(() => Post)
  untagPost(@Arg("postId", () => ID) postId: string, @Arg("tagId", () => ID) tagId: string, @Ctx() ctx: Context): Promise<Post> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.tag, "tag posts");
    return setPostTag(ctx.em, postId, tagId, false);
  }

  /** MODERATOR, MANAGER, ADMIN. */
  @Mutation(() => Post)
  movePost(@Arg("postId", () => ID) postId: string, @Arg("boardId", () => ID) boardId: string, @Ctx() ctx: Context): Promise<Post> {
    const actor = requireRole(ctx.viewer, TRIAGE_PERMISSIONS.moveBoard, "move posts");
    return movePost(ctx.em, actor, postId, boardId);
  }

  /** MODERATOR, MANAGER, ADMIN. Returns the target post. */
  @Mutation(() => Post)
  mergePosts(
    @Arg("duplicateId", () => ID) duplicateId: string,
    @Arg("targetId", () => ID) targetId: string,
    @Arg("input", () => NoteInput, { nullable: true }) input: NoteInput | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const actor = requireRole(ctx.viewer, TRIAGE_PERMISSIONS.merge, "merge posts");
    return mergePosts(ctx.em, actor, duplicateId, targetId, input?.note);
  }
}
