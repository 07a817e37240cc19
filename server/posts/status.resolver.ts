import { ArrayMaxSize, ArrayUnique, IsOptional, Matches } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { HEX_COLOR, InputReason, LIMITS } from "../shared/input-rules.js";
import { CharacterCount, refusedAs } from "../shared/validation.js";
import { Post } from "./post.entity.js";
import { PostStatus, StatusCategory } from "./post-status.js";
import { Status } from "./status.entity.js";
import { STATUS_POLICY } from "./status.policy.js";
import { createStatus, listStatuses, reorderStatuses, updateStatus } from "./status.service.js";

@InputType()
class StatusInput {
  @Field(() => String, { description: "English name; the key is made from it and never changes." })
  @CharacterCount(LIMITS.statusName)
  nameEn!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.statusName)
  nameDe!: string;

  @Field(() => String)
  @Matches(HEX_COLOR, refusedAs(InputReason.INVALID_COLOR, "color must look like #3b82f6"))
  color!: string;

  @Field(() => StatusCategory)
  category!: StatusCategory;

  @Field(() => Boolean, { defaultValue: false })
  onRoadmap!: boolean;

  @Field(() => Boolean, { defaultValue: true })
  public!: boolean;
}

@InputType({ description: "Only the fields given change." })
class UpdateStatusInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.statusName)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.statusName)
  nameDe?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(HEX_COLOR, refusedAs(InputReason.INVALID_COLOR, "color must look like #3b82f6"))
  color?: string | null;

  @Field(() => StatusCategory, { nullable: true })
  category?: StatusCategory | null;

  @Field(() => Boolean, { nullable: true })
  onRoadmap?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  public?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Archived statuses cannot be chosen; refused (CONFLICT) while posts are in it." })
  archived?: boolean | null;
}

@ArgsType()
class ReorderStatusesArgs {
  @Field(() => [PostStatus], { description: "Every key in the new order; positions follow the list." })
  @ArrayUnique()
  @ArrayMaxSize(100)
  keys!: string[];
}

@Resolver(() => Status)
export class StatusResolver {
  /** Anyone. In their set order; archived ones only when asked. */
  @Query(() => [Status])
  statuses(@Arg("includeArchived", () => Boolean, { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<Status[]> {
    return listStatuses(ctx.em, includeArchived);
  }

  @Allowed(STATUS_POLICY.manage)
  @Mutation(() => Status)
  createStatus(@Arg("input", () => StatusInput) input: StatusInput, @Ctx() ctx: Context): Promise<Status> {
    return createStatus(ctx.em, input);
  }

  /** Rename, recolour, recategorise, roadmap and public flags, archive or restore. */
  @Allowed(STATUS_POLICY.manage)
  @Mutation(() => Status)
  updateStatus(@Arg("key", () => PostStatus) key: string, @Arg("input", () => UpdateStatusInput) input: UpdateStatusInput, @Ctx() ctx: Context): Promise<Status> {
    return updateStatus(ctx.em, key, input);
  }

  /** The order of status lists, roadmap columns and the progress path. Returns all statuses. */
  @Allowed(STATUS_POLICY.manage)
  @Mutation(() => [Status])
  async reorderStatuses(@Args(() => ReorderStatusesArgs) args: ReorderStatusesArgs, @Ctx() ctx: Context): Promise<Status[]> {
    await reorderStatuses(ctx.em, args.keys);
    return listStatuses(ctx.em, true);
  }
}

@Resolver(() => Post)
export class PostStatusFieldsResolver {
  @FieldResolver(() => Status, { description: "The post's status: names, colour, category." })
  async statusDetails(@Root() post: Post, @Ctx() ctx: Context): Promise<Status> {
    return (await ctx.loaders.status.load(post.status))!;
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerStatusCapabilitiesResolver {
  @Capability(STATUS_POLICY.manage)
  manageStatuses(@Ctx() ctx: Context): boolean {
    return allows(STATUS_POLICY.manage, ctx.viewer);
  }
}
