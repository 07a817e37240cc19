import { ArrayMaxSize, ArrayUnique, IsOptional, Matches } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { InputReason, LIMITS } from "../shared/input-rules.js";
import { CharacterCount, refusedAs } from "../shared/validation.js";
import { Board } from "./board.entity.js";
import { HoldPolicy } from "../moderation/holding.entity.js";
import { BOARD_POLICY } from "./board.policy.js";
import { createBoard, createTag, listBoards, listTags, reorder, updateBoard, updateTag } from "./board.service.js";
import { Tag } from "./tag.entity.js";

/** Six-digit hex only: colours are compared and stored as typed. */
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

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

  @Field(() => HoldPolicy, { nullable: true, description: "Which new posts on this board wait for approval; COMMUNITY_DEFAULT follows `holdSettings`." })
  holdPolicy?: HoldPolicy | null;
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

@ArgsType()
class ReorderArgs {
  @Field(() => [ID], { description: "Every id in the new order; positions follow the list." })
  @ArrayUnique()
  @ArrayMaxSize(500)
  ids!: string[];
}

@Resolver()
export class BoardResolver {
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

  /** The order of the board tabs. Returns all boards, archived included. */
  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => [Board])
  async reorderBoards(@Args(() => ReorderArgs) args: ReorderArgs, @Ctx() ctx: Context): Promise<Board[]> {
    await reorder(ctx.em, Board, args.ids);
    return listBoards(ctx.em, true);
  }

  /** The order of tag lists. Returns all tags, archived included. */
  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => [Tag])
  async reorderTags(@Args(() => ReorderArgs) args: ReorderArgs, @Ctx() ctx: Context): Promise<Tag[]> {
    await reorder(ctx.em, Tag, args.ids);
    return listTags(ctx.em, true);
  }

  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => Board)
  createBoard(@Arg("input", () => BoardInput) input: BoardInput, @Ctx() ctx: Context): Promise<Board> {
    return createBoard(ctx.em, input);
  }

  /** Rename, describe, archive or restore. */
  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => Board)
  updateBoard(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateBoardInput) input: UpdateBoardInput, @Ctx() ctx: Context): Promise<Board> {
    return updateBoard(ctx.em, id, input);
  }

  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => Tag)
  createTag(@Arg("input", () => TagInput) input: TagInput, @Ctx() ctx: Context): Promise<Tag> {
    return createTag(ctx.em, input);
  }

  /** Rename, describe, recolour, archive or restore. */
  @Allowed(BOARD_POLICY.manage)
  @Mutation(() => Tag)
  updateTag(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateTagInput) input: UpdateTagInput, @Ctx() ctx: Context): Promise<Tag> {
    return updateTag(ctx.em, id, input);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerBoardCapabilitiesResolver {
  @Capability(BOARD_POLICY.manage)
  manageBoardsAndTags(@Ctx() ctx: Context): boolean {
    return allows(BOARD_POLICY.manage, ctx.viewer);
  }
}
