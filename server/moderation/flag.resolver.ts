import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Comment } from "../comments/comment.entity.js";
import { CommentCapabilities } from "../comments/comment-capabilities.js";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { Member } from "../members/member.entity.js";
import { requireViewer } from "../members/member.policy.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { PostCapabilities } from "../posts/post-capabilities.js";
import { Post } from "../posts/post.entity.js";
import { InputReason, LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange, refusedAs } from "../shared/validation.js";
import { FLAGGING_TRUST_LEVELS, Flag, FlagReason, FlagResolution, dailyLimitOf, weightOf, type FlagSettings } from "./flag.entity.js";
import { ContentKind, flagContent, readFlagSettings, updateFlagSettings, type LockedContent } from "./flag.service.js";
import {
  ModerationQueueFilter,
  agreeAndSuspend,
  approvePost,
  deleteFlaggedComment,
  hideContent,
  moderationQueuePage,
  moderationSummary,
  openFlagsOf,
  rejectPost,
  resolveFlags,
  restoreContent,
  type QueueRow,
} from "./moderation-queue.service.js";
import { MODERATION_POLICY, canFlag } from "./moderation.policy.js";

registerEnumType(ContentKind, { name: "ContentKind", description: "A post or a comment." });
registerEnumType(ModerationQueueFilter, { name: "ModerationQueueFilter", description: "Which part of the moderation queue to list." });

@InputType({ description: "The post or comment to act on." })
class ContentTargetInput {
  @Field(() => ContentKind)
  kind!: ContentKind;

  @Field(() => ID)
  id!: string;
}

@ArgsType()
class FlagContentArgs {
  @Field(() => ContentTargetInput)
  target!: ContentTargetInput;

  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: "Required for ILLEGAL and OTHER." })
  @IsOptional()
  @CharacterCount(LIMITS.flagMessage)
  message?: string | null;
}

/** The message every queue action may send the author, by mail in their language. */
@ArgsType()
class MessageArgs {
  @Field(() => String, { nullable: true, description: "Mailed to the author in their language, with what was done; none when empty." })
  @IsOptional()
  @CharacterCount(LIMITS.messageToAuthor)
  messageToAuthor?: string | null;
}

@ArgsType()
class TargetArgs extends MessageArgs {
  @Field(() => ContentTargetInput)
  target!: ContentTargetInput;
}

@ArgsType()
class ResolveFlagsArgs extends TargetArgs {
  @Field(() => FlagResolution, { description: "AGREED hides the item (unless hidden already); DISMISSED shows again what the flags alone hid." })
  resolution!: FlagResolution;
}

@ArgsType()
class HideContentArgs extends TargetArgs {
  @Field(() => String, { description: "Shown to everyone in place of the content." })
  @CharacterCount(LIMITS.moderationReason)
  reason!: string;
}

@ArgsType()
class PostReviewArgs extends MessageArgs {
  @Field(() => ID)
  postId!: string;
}

@ArgsType()
class RejectPostArgs extends PostReviewArgs {
  @Field(() => String, { description: "Shown to the author in place of the post." })
  @CharacterCount(LIMITS.moderationReason)
  reason!: string;
}

@ArgsType()
class DeleteFlaggedCommentArgs extends MessageArgs {
  @Field(() => ID)
  commentId!: string;
}

@ArgsType()
class AgreeAndSuspendArgs extends TargetArgs {
  @Field(() => String, { description: "The suspension's reason, shown to the member." })
  @CharacterCount(LIMITS.sanctionReason)
  reason!: string;

  @Field(() => Date, { nullable: true, description: "When the suspension ends (in the future); null suspends for good." })
  until?: Date | null;
}

@ArgsType()
class ModerationQueueArgs {
  @Field(() => ModerationQueueFilter, { defaultValue: ModerationQueueFilter.ALL, description: "Ambassadors get held posts whatever they ask for." })
  filter!: ModerationQueueFilter;

  @Field(() => Int, { defaultValue: 30 })
  @InRange(1, 100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType()
class FlagLevelInput {
  @Field(() => Int)
  @InRange(1, 4)
  trustLevel!: number;

  @Field(() => Float)
  @Min(0.1, refusedAs(InputReason.OUT_OF_RANGE))
  @Max(100, refusedAs(InputReason.OUT_OF_RANGE))
  weight!: number;

  @Field(() => Int)
  @InRange(0, 1000)
  dailyLimit!: number;
}

@InputType()
class FlagSettingsInput {
  @Field(() => Float, { description: "Open flags weighing this much hide the item until a moderator reviews it." })
  @Min(0.1, refusedAs(InputReason.OUT_OF_RANGE))
  @Max(100, refusedAs(InputReason.OUT_OF_RANGE))
  hideThreshold!: number;

  @Field(() => [FlagLevelInput], { description: "Each trust level from 1 to 4 once." })
  @ArrayMaxSize(4, refusedAs(InputReason.TOO_MANY))
  @ValidateNested({ each: true })
  levels!: FlagLevelInput[];
}

@ObjectType({ description: "What a flag by a member of one trust level weighs, and how many they may give a day." })
class FlagLevel {
  @Field(() => Int)
  trustLevel!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Int, { description: "Flags per 24 hours." })
  dailyLimit!: number;
}

@ObjectType({ description: "When flags hide content, and what each trust level's flag weighs. Trust level 0 cannot flag; a moderator's flag weighs the whole threshold." })
class FlagSettingsView {
  @Field(() => Float)
  hideThreshold!: number;

  @Field(() => [FlagLevel])
  levels!: FlagLevel[];
}

const settingsView = (settings: FlagSettings): FlagSettingsView => ({
  hideThreshold: settings.hideThreshold,
  levels: FLAGGING_TRUST_LEVELS.map((trustLevel) => ({ trustLevel, weight: weightOf(settings, trustLevel), dailyLimit: dailyLimitOf(settings, trustLevel) })),
});

@ObjectType({ description: "A post or comment after a moderation action." })
class ModeratedContent {
  @Field(() => ContentKind)
  kind!: ContentKind;

  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: "Still held for approval." })
  held!: boolean;

  @Field(() => Boolean)
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: "Why it is hidden; null while it is hidden by flags alone." })
  hiddenReason!: string | null;
}

const moderated = (content: LockedContent): ModeratedContent => ({ kind: content.target.kind, id: content.target.id, held: content.held, hidden: content.hidden, hiddenReason: content.hiddenReason });

@ObjectType({ description: "A post or comment waiting for moderators, with its open flags and its author's history." })
class ModerationItem implements QueueRow {
  @Field(() => ContentKind)
  kind!: ContentKind;

  @Field(() => ID, { description: "The post's or comment's id." })
  id!: string;

  postId!: string;
  authorId!: string;

  @Field(() => Boolean, { description: "A post held for approval." })
  held!: boolean;

  @Field(() => Boolean, { description: "Hidden (by flags, waiting for review)." })
  hidden!: boolean;

  @Field(() => String, { nullable: true })
  hiddenReason!: string | null;

  @Field(() => Float, { description: "What its open flags weigh together." })
  score!: number;

  @Field(() => Date, { description: "Since when it waits: held since, or its first open flag." })
  since!: Date;

  @Field(() => Boolean, { description: "Held for longer than 24 hours." })
  overdue!: boolean;

  @Field(() => Int, { description: "Flags ever given on the author's posts and comments." })
  authorFlagCount!: number;

  @Field(() => [Flag], { description: "Its open flags, oldest first." })
  flags!: Flag[];
}

@ObjectType()
class ModerationQueueConnection {
  @Field(() => [ModerationItem])
  nodes!: ModerationItem[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: "What waits for moderators: the staff notice and the queue's badge." })
class ModerationSummary {
  @Field(() => Int, { description: "Posts held for approval." })
  held!: number;

  @Field(() => Int, { description: "Of those, held for longer than 24 hours." })
  heldOverdue!: number;

  @Field(() => Int, { nullable: true, description: "Posts and comments with open flags; null for those who only review held posts." })
  flagged!: number | null;
}

const actionContext = (ctx: Context) => ({ em: ctx.em, queue: ctx.queue, config: ctx.config, actor: requireViewer(ctx.viewer) });

@Resolver()
export class FlagResolver {
  @Allowed(MODERATION_POLICY.flag)
  @Mutation(() => Flag, { description: "One open flag per member and item (CONFLICT ALREADY_FLAGGED); from trust level 1; a daily limit per trust level (RATE_LIMITED). Enough flags hide the item at once." })
  flagContent(@Args(() => FlagContentArgs) args: FlagContentArgs, @Ctx() ctx: Context): Promise<Flag> {
    return flagContent(ctx.em, requireViewer(ctx.viewer), args);
  }

  @Allowed(MODERATION_POLICY.reviewHeld)
  @Query(() => ModerationQueueConnection, { description: "Held posts and flagged items, held overdue first, then the longest waiting. Ambassadors see held posts only." })
  async moderationQueue(@Args(() => ModerationQueueArgs) args: ModerationQueueArgs, @Ctx() ctx: Context): Promise<ModerationQueueConnection> {
    const offset = decodeCursor(args.after);
    const { items, totalCount } = await moderationQueuePage(ctx.em, requireViewer(ctx.viewer), args.filter, offset, args.first);
    const flags = await openFlagsOf(ctx.em, items.map((item) => item.id));
    const nodes = items.map((item) => Object.assign(new ModerationItem(), item, { flags: flags.filter((flag) => (flag.post ?? flag.comment)?.id === item.id) }));
    return { nodes, pageInfo: pageInfo(offset, nodes.length, totalCount), totalCount };
  }

  @Allowed(MODERATION_POLICY.reviewHeld)
  @Query(() => ModerationSummary)
  async moderationSummary(@Ctx() ctx: Context): Promise<ModerationSummary> {
    const summary = await moderationSummary(ctx.em);
    return { ...summary, flagged: allows(MODERATION_POLICY.moderate, ctx.viewer) ? summary.flagged : null };
  }

  @Allowed(MODERATION_POLICY.flagSettings)
  @Query(() => FlagSettingsView)
  async flagSettings(@Ctx() ctx: Context): Promise<FlagSettingsView> {
    return settingsView(await readFlagSettings(ctx.em));
  }

  @Allowed(MODERATION_POLICY.flagSettings)
  @Mutation(() => FlagSettingsView, { description: "Applies to flags given from now on; earlier flags keep their weight." })
  async updateFlagSettings(@Arg("input", () => FlagSettingsInput) input: FlagSettingsInput, @Ctx() ctx: Context): Promise<FlagSettingsView> {
    return settingsView(await updateFlagSettings(ctx.em, requireViewer(ctx.viewer), input));
  }

  @Allowed(MODERATION_POLICY.moderate)
  @Mutation(() => ModeratedContent, { description: "Agrees with or dismisses the item's open flags (CONFLICT ALREADY_MODERATED when none is open)." })
  async resolveFlags(@Args(() => ResolveFlagsArgs) args: ResolveFlagsArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await resolveFlags(actionContext(ctx), args));
  }

  @Allowed(MODERATION_POLICY.moderate)
  @Mutation(() => ModeratedContent, { description: "Hides a post or comment with a reason shown in its place; agrees with its open flags." })
  async hideContent(@Args(() => HideContentArgs) args: HideContentArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await hideContent(actionContext(ctx), args));
  }

  @Allowed(MODERATION_POLICY.moderate)
  @Mutation(() => ModeratedContent, { description: "Shows a hidden post or comment again; dismisses its open flags." })
  async restoreContent(@Args(() => TargetArgs) args: TargetArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await restoreContent(actionContext(ctx), args));
  }

  @Allowed(MODERATION_POLICY.moderate)
  @Mutation(() => ModeratedContent, { description: "Deletes a flagged comment (as `deleteComment` does) and agrees with its flags." })
  async deleteFlaggedComment(@Args(() => DeleteFlaggedCommentArgs) args: DeleteFlaggedCommentArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await deleteFlaggedComment(actionContext(ctx), args));
  }

  @Allowed(MODERATION_POLICY.moderate)
  @Mutation(() => ModeratedContent, { description: "Agrees with the flags and suspends the author in one step: both or neither (FORBIDDEN when the viewer may not suspend the author)." })
  async agreeAndSuspend(@Args(() => AgreeAndSuspendArgs) args: AgreeAndSuspendArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await agreeAndSuspend(actionContext(ctx), { ...args, until: args.until ?? null }));
  }

  @Allowed(MODERATION_POLICY.reviewHeld)
  @Mutation(() => ModeratedContent, { description: "A held post becomes public (CONFLICT ALREADY_MODERATED when it is not held)." })
  async approvePost(@Args(() => PostReviewArgs) args: PostReviewArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await approvePost(actionContext(ctx), args));
  }

  @Allowed(MODERATION_POLICY.reviewHeld)
  @Mutation(() => ModeratedContent, { description: "A held post is not approved: it stays hidden, its author sees the reason." })
  async rejectPost(@Args(() => RejectPostArgs) args: RejectPostArgs, @Ctx() ctx: Context): Promise<ModeratedContent> {
    return moderated(await rejectPost(actionContext(ctx), args));
  }
}

@Resolver(() => ModerationItem)
export class ModerationItemResolver {
  @FieldResolver(() => Post, { description: "The post, or the post the comment is on." })
  async post(@Root() item: ModerationItem, @Ctx() ctx: Context): Promise<Post> {
    // Ambassadors review held posts they would not see otherwise (the query is theirs only for held posts).
    return (await (item.held ? ctx.loaders.heldPost : ctx.loaders.post).load(item.postId))!;
  }

  @FieldResolver(() => Comment, { nullable: true, description: "The comment, for a comment." })
  comment(@Root() item: ModerationItem, @Ctx() ctx: Context): Promise<Comment | null> | null {
    return item.kind === ContentKind.COMMENT ? ctx.loaders.comment.load(item.id) : null;
  }

  @FieldResolver(() => Member, { description: "Who wrote it: their history (activity, sanctions, posts) is on the member." })
  async author(@Root() item: ModerationItem, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.member.load(item.authorId))!;
  }
}

@Resolver(() => Flag)
export class FlagFieldsResolver {
  @ShownTo(MODERATION_POLICY.moderate)
  @FieldResolver(() => Member, { nullable: true, description: "Who flagged it." })
  flagger(@Root() flag: Flag, @Ctx() ctx: Context): Promise<Member | null> {
    return ctx.loaders.member.load(flag.flagger.id);
  }
}

@Resolver(() => Comment)
export class CommentModerationResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer has an open flag on this comment (the flag button says so)." })
  viewerHasFlagged(@Root() comment: Comment, @Ctx() ctx: Context): Promise<boolean> | boolean {
    return ctx.viewer ? ctx.loaders.viewerHasFlagged.load(comment.id) : false;
  }
}

@Resolver(() => Post)
export class PostModerationResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer has an open flag on this post (the flag button says so)." })
  viewerHasFlagged(@Root() post: Post, @Ctx() ctx: Context): Promise<boolean> | boolean {
    return ctx.viewer ? ctx.loaders.viewerHasFlagged.load(post.id) : false;
  }
}

@Resolver(() => PostCapabilities)
export class PostFlagCapabilitiesResolver {
  @Capability(MODERATION_POLICY.flag, "Whether the viewer may flag this post: someone else's, from trust level 1.")
  flag(@Root() { post }: PostCapabilities, @Ctx() ctx: Context): boolean {
    return canFlag(ctx.viewer, post.author.id);
  }
}

@Resolver(() => CommentCapabilities)
export class CommentFlagCapabilitiesResolver {
  @Capability(MODERATION_POLICY.flag, "Whether the viewer may flag this comment: someone else's, from trust level 1.")
  flag(@Root() { comment }: CommentCapabilities, @Ctx() ctx: Context): boolean {
    return !comment.deletedAt && canFlag(ctx.viewer, comment.author.id);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerFlagCapabilitiesResolver {
  @Capability(MODERATION_POLICY.moderate)
  moderate(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.moderate, ctx.viewer);
  }

  @Capability(MODERATION_POLICY.reviewHeld)
  reviewHeldPosts(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.reviewHeld, ctx.viewer);
  }

  @Capability(MODERATION_POLICY.flagSettings)
  manageFlagSettings(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.flagSettings, ctx.viewer);
  }
}
