import { IsOptional } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { PostCapabilities } from "../posts/post-capabilities.js";
import { requireViewer } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import { TRIAGE_ACTIONS, TRIAGE_POLICY } from "./triage.policy.js";
import { mergePosts, movePost, postUpdate, setPostStatus, setPostTag } from "./triage.service.js";

@InputType()
class NoteInput {
  @Field(() => String, { nullable: true, description: "Public note shown on the post's timeline." })
  @IsOptional()
  @CharacterCount(LIMITS.note)
  note?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: "False: recorded on the timeline, but followers are not told." })
  notifyFollowers!: boolean;
}

@InputType()
class RequiredNoteInput {
  @Field(() => String)
  @CharacterCount(LIMITS.requiredNote)
  note!: string;

  @Field(() => Boolean, { defaultValue: true, description: "False: recorded on the timeline, but followers are not told." })
  notifyFollowers!: boolean;
}

@Resolver()
export class TriageResolver {
  @Allowed(TRIAGE_POLICY.setStatus)
  @Mutation(() => Post)
  setPostStatus(
    @Arg("postId", () => ID) postId: string,
    @Arg("status", () => PostStatus) status: string,
    @Arg("input", () => NoteInput, { nullable: true }) input: NoteInput | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const actor = requireViewer(ctx.viewer);
    return setPostStatus(ctx.em, ctx.queue, actor, postId, status, input ?? {});
  }

  /** A public update without a status change. */
  @Allowed(TRIAGE_POLICY.postUpdate)
  @Mutation(() => Post)
  postUpdate(@Arg("postId", () => ID) postId: string, @Arg("input", () => RequiredNoteInput) input: RequiredNoteInput, @Ctx() ctx: Context): Promise<Post> {
    const actor = requireViewer(ctx.viewer);
    return postUpdate(ctx.em, ctx.queue, actor, postId, input);
  }

  /** Idempotent. */
  @Allowed(TRIAGE_POLICY.tag)
  @Mutation(() => Post)
  tagPost(@Arg("postId", () => ID) postId: string, @Arg("tagId", () => ID) tagId: string, @Ctx() ctx: Context): Promise<Post> {
    return setPostTag(ctx.em, requireViewer(ctx.viewer), postId, tagId, true);
  }

  /** Idempotent. */
  @Allowed(TRIAGE_POLICY.tag)
  @Mutation(() => Post)
  untagPost(@Arg("postId", () => ID) postId: string, @Arg("tagId", () => ID) tagId: string, @Ctx() ctx: Context): Promise<Post> {
    return setPostTag(ctx.em, requireViewer(ctx.viewer), postId, tagId, false);
  }

  @Allowed(TRIAGE_POLICY.moveBoard)
  @Mutation(() => Post)
  movePost(@Arg("postId", () => ID) postId: string, @Arg("boardId", () => ID) boardId: string, @Ctx() ctx: Context): Promise<Post> {
    const actor = requireViewer(ctx.viewer);
    return movePost(ctx.em, actor, postId, boardId);
  }

  /** Returns the target post. */
  @Allowed(TRIAGE_POLICY.merge)
  @Mutation(() => Post)
  mergePosts(
    @Arg("duplicateId", () => ID) duplicateId: string,
    @Arg("targetId", () => ID) targetId: string,
    @Arg("input", () => NoteInput, { nullable: true }) input: NoteInput | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const actor = requireViewer(ctx.viewer);
    return mergePosts(ctx.em, ctx.queue, actor, duplicateId, targetId, input ?? {});
  }
}

@Resolver(() => PostCapabilities)
export class PostTriageCapabilitiesResolver {
  @Capability(TRIAGE_POLICY.setStatus)
  setStatus(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.setStatus, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.postUpdate)
  postUpdate(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.postUpdate, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.tag)
  tag(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.tag, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.moveBoard)
  move(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.moveBoard, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.merge)
  merge(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.merge, ctx.viewer);
  }
}

/** The triage inbox and its bulk actions, for many posts at once. */
@Resolver(() => ViewerCapabilities)
export class ViewerTriageCapabilitiesResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer gets the triage inbox: they may do at least one triage action." })
  triage(@Ctx() ctx: Context): boolean {
    return TRIAGE_ACTIONS.some((rule) => allows(rule, ctx.viewer));
  }

  @Capability(TRIAGE_POLICY.setStatus)
  setPostStatus(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.setStatus, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.tag)
  tagPosts(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.tag, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.moveBoard)
  movePosts(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.moveBoard, ctx.viewer);
  }

  @Capability(TRIAGE_POLICY.merge)
  mergePosts(@Ctx() ctx: Context): boolean {
    return allows(TRIAGE_POLICY.merge, ctx.viewer);
  }
}
