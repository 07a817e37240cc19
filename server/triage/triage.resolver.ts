import { ArrayMaxSize, ArrayUnique, IsOptional, Matches } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { requireRole } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { HEX_COLOR, InputReason, LIMITS } from "../shared/input-rules.js";
import { CharacterCount, refusedAs } from "../shared/validation.js";
import { Board } from "./board.entity.js";
import { Tag } from "./tag.entity.js";
import { TRIAGE_PERMISSIONS } from "./triage.policy.js";
import {
  createBoard,
  createTag,
  listBoards,
  listTags,
  mergePosts,
  movePost,
  reorder,
  postUpdate,
  setPostStatus,
  setPostTag,
  updateBoard,
  updateTag,
} from "./triage.service.js";

@InputType()
class BoardInput {
  @Field(() => String)
  @CharacterCount(LIMITS.boardName)
  name!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.boardDescription)
  description!: string;
}

@InputType({ description: "Only the fields given change." })
class UpdateBoardInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.boardName)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.boardDescription)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Archived boards take no new posts and leave the board list." })
  archived?: boolean | null;
}

@InputType()
class TagInput {
  @Field(() => String)
  @CharacterCount(LIMITS.tagName)
  name!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.tagDescription)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(HEX_COLOR, refusedAs(InputReason.INVALID_COLOR, "color must look like #3b82f6"))
  color?: string | null;
}

@InputType({ description: "Only the fields given change." })
class UpdateTagInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.tagName)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.tagDescription)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(HEX_COLOR, refusedAs(InputReason.INVALID_COLOR, "color must look like #3b82f6"))
  color?: string | null;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean | null;
}

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

@ArgsType()
class ReorderArgs {
  @Field(() => [ID], { description: "Every id in the new order; positions follow the list." })
  @ArrayUnique()
  @ArrayMaxSize(500)
  ids!: string[];
}

@Resolver()
export class TriageResolver {
  /** Anyone. In their set order; archived boards only when asked. */
  @Query(() => [Board])
  boards(@Arg("includeArchived", () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<Board[]> {
    return listBoards(ctx.em, includeArchived);
  }

  /** Anyone. In their set order; archived tags only when asked. */
  @Query(() => [Tag])
  tags(@Arg("includeArchived", () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<Tag[]> {
    return listTags(ctx.em, includeArchived);
  }

  /** MANAGER, ADMIN: the order of the board tabs. Returns all boards, archived included. */
  @Mutation(() => [Board])
  async reorderBoards(@Args(() => ReorderArgs) args: ReorderArgs, @Ctx() ctx: Context): Promise<Board[]> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage boards");
    await reorder(ctx.em, Board, args.ids);
    return listBoards(ctx.em, true);
  }

  /** MANAGER, ADMIN: the order of tag lists. Returns all tags, archived included. */
  @Mutation(() => [Tag])
  async reorderTags(@Args(() => ReorderArgs) args: ReorderArgs, @Ctx() ctx: Context): Promise<Tag[]> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage tags");
    await reorder(ctx.em, Tag, args.ids);
    return listTags(ctx.em, true);
  }

  /** MANAGER, ADMIN. */
  @Mutation(() => Board)
  createBoard(@Arg("input", () => BoardInput) input: BoardInput, @Ctx() ctx: Context): Promise<Board> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage boards");
    return createBoard(ctx.em, input);
  }

  /** MANAGER, ADMIN: rename, describe, archive or restore. */
  @Mutation(() => Board)
  updateBoard(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateBoardInput) input: UpdateBoardInput, @Ctx() ctx: Context): Promise<Board> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage boards");
    return updateBoard(ctx.em, id, input);
  }

  /** MANAGER, ADMIN. */
  @Mutation(() => Tag)
  createTag(@Arg("input", () => TagInput) input: TagInput, @Ctx() ctx: Context): Promise<Tag> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage tags");
    return createTag(ctx.em, input);
  }

  /** MANAGER, ADMIN: rename, describe, recolour, archive or restore. */
  @Mutation(() => Tag)
  updateTag(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateTagInput) input: UpdateTagInput, @Ctx() ctx: Context): Promise<Tag> {
    requireRole(ctx.viewer, TRIAGE_PERMISSIONS.manageBoardsAndTags, "manage tags");
    return updateTag(ctx.em, id, input);
  }

  /** MANAGER, PRODUCT, ADMIN. */
  @Mutation(() => Post)
  setPostStatus(
    @Arg("postId", () => ID) postId: string,
    @Arg("status", () => PostStatus) status: string,
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
    return mergePosts(ctx.em, ctx.queue, actor, duplicateId, targetId, input?.note);
  }
}
