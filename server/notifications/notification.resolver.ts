import { ArrayMaxSize, IsOptional } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from "type-graphql";
import { Board } from "../boards/board.entity.js";
import { ChangelogEntry } from "../changelog/changelog.entity.js";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { createLoaders } from "../graphql/loaders.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { liveNotificationsOf } from "../live/post-changes.js";
import { Member } from "../members/member.entity.js";
import { requireViewer } from "../members/member.policy.js";
import { allows, requirePermission } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { Post } from "../posts/post.entity.js";
import { PAGE_MAX } from "../posts/post.inputs.js";
import { badInput } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { InRange } from "../shared/validation.js";
import { Notification } from "./notification.entity.js";
import { NOTIFICATION_POLICY } from "./notification.policy.js";
import { markRead, notificationsPage, previewChangelogNotice, previewFollowerNotice, setBoardWatch, unreadCount, watchedBoards } from "./notification.service.js";

@ArgsType()
class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, 100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
class NotificationConnection {
  @Field(() => [Notification])
  nodes!: Notification[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: "These notifications (each must be the viewer's own)." })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Every unread notification of the viewer." })
  all?: boolean | null;
}

@ArgsType()
class NotificationPreviewArgs {
  @Field(() => ID, { nullable: true, description: "The post a status change or an official update is for. Give this or postIds, not both." })
  postId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Several posts, each changed on its own (a bulk status change): the sum of each post's preview, so a member following two of them counts twice. At most ${PAGE_MAX}.`,
  })
  @IsOptional()
  @ArrayMaxSize(PAGE_MAX, { context: { reason: InputReason.TOO_MANY, max: PAGE_MAX } })
  postIds?: string[] | null;
}

/** The posts a preview is for: `postId` or `postIds`, exactly one of them. */
function previewedPosts({ postId, postIds }: NotificationPreviewArgs): string[] {
  if (postId != null && postIds != null) throw badInput("postIds", InputReason.INVALID_VALUE, "Give postId or postIds, not both.");
  if (postId != null) return [postId];
  if (postIds != null) return postIds;
  throw badInput("postId", InputReason.REQUIRED, "Give postId or postIds.");
}

@ObjectType({ description: "Who a change would notify, and how (counted as the notifications would be sent)." })
class NotificationReach {
  @Field(() => Int, { description: "Everyone told, in the app or by e-mail." })
  total!: number;

  @Field(() => Int, { description: "By e-mail within the next few minutes (MAIL_BATCH_MINUTES)." })
  emailNow!: number;

  @Field(() => Int, { description: "By e-mail in their next daily or weekly digest." })
  emailDigest!: number;

  @Field(() => Int, { description: "In the app only." })
  inAppOnly!: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Allowed(NOTIFICATION_POLICY.preview)
  @Query(() => NotificationReach, {
    description: "Before a status change or an official update: how many followers it will notify, and how. For several posts (postIds), how many notifications their changes will send together.",
  })
  notificationPreview(@Args(() => NotificationPreviewArgs) args: NotificationPreviewArgs, @Ctx() ctx: Context): Promise<NotificationReach> {
    const viewer = requireViewer(ctx.viewer);
    return previewFollowerNotice(ctx.em, viewer, previewedPosts(args));
  }

  @Allowed(NOTIFICATION_POLICY.previewChangelog)
  @Query(() => NotificationReach, { description: "Before publishing a changelog entry: how many members it will notify, and how (none once it was announced)." })
  changelogNotificationPreview(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NotificationReach> {
    return previewChangelogNotice(ctx.em, requireViewer(ctx.viewer), id);
  }

  @Allowed(NOTIFICATION_POLICY.read)
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context): Promise<NotificationConnection> {
    const offset = decodeCursor(args.after);
    const { notifications, totalCount } = await notificationsPage(ctx.em, requireViewer(ctx.viewer), offset, args.first);
    return { nodes: notifications, pageInfo: pageInfo(offset, notifications.length, totalCount), totalCount };
  }

  @Allowed(NOTIFICATION_POLICY.read)
  @Query(() => Int, { description: "How many of the viewer's notifications are unread (the bell's number)." })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx.em, requireViewer(ctx.viewer));
  }

  @Allowed(NOTIFICATION_POLICY.read)
  @Mutation(() => Int, { description: "Marks notifications read; answers the unread count after it." })
  markNotificationsRead(@Arg("input", () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<number> {
    return markRead(ctx.em, requireViewer(ctx.viewer), input);
  }

  @Allowed(NOTIFICATION_POLICY.read)
  @Subscription(() => Notification, {
    description: "Each new notification of the viewer, from whichever server process made it.",
    subscribe: ({ context }: { context: Context }) => {
      requirePermission(context.viewer, NOTIFICATION_POLICY.read);
      return liveNotificationsOf(context.viewer!.id);
    },
  })
  async notificationAdded(@Root() notificationId: string, @Ctx() ctx: Context): Promise<Notification> {
    // The subscription's context outlives each event: a fresh unit of work, as postChanged does.
    ctx.em = ctx.em.fork({ clear: true });
    ctx.loaders = createLoaders(ctx.em, ctx.viewer);
    return ctx.em.findOneOrFail(Notification, { id: notificationId, recipient: requireViewer(ctx.viewer) });
  }

  @Allowed(NOTIFICATION_POLICY.watchBoards)
  @Mutation(() => Board, { description: "Watch (or stop watching) a board: every new post in it notifies the viewer (STAFF_NEW_POSTS)." })
  async watchBoard(@Arg("boardId", () => ID) boardId: string, @Arg("watch", () => Boolean) watch: boolean, @Ctx() ctx: Context): Promise<Board> {
    return setBoardWatch(ctx.em, requireViewer(ctx.viewer), boardId, watch);
  }

  @FieldResolver(() => Post, { nullable: true, description: "The post it is about; null for a changelog entry, or once the viewer may no longer see the post." })
  post(@Root() notification: Notification, @Ctx() ctx: Context): Promise<Post | null> | null {
    return notification.post ? ctx.loaders.post.load(notification.post.id) : null;
  }

  @FieldResolver(() => ChangelogEntry, { nullable: true, description: "The published entry it announces (CHANGELOG_PUBLISHED); null once unpublished." })
  changelogEntry(@Root() notification: Notification, @Ctx() ctx: Context): Promise<ChangelogEntry | null> | null {
    return notification.changelogEntry ? ctx.loaders.publishedChangelogEntry.load(notification.changelogEntry.id) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: "Who made the change; null for a tracker or a deleted account." })
  async actor(@Root() notification: Notification, @Ctx() ctx: Context): Promise<Member | null> {
    return notification.actor ? ctx.loaders.member.load(notification.actor.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The comment it is about (REPLY, COMMENT), to link to it." })
  commentId(@Root() notification: Notification): string | null {
    return notification.comment?.id ?? null;
  }
}

@Resolver(() => Board)
export class BoardWatchResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer watches this board for new posts (false for anyone who cannot)." })
  async viewerWatches(@Root() board: Board, @Ctx() ctx: Context): Promise<boolean> {
    if (!allows(NOTIFICATION_POLICY.watchBoards, ctx.viewer)) return false;
    const [watched] = await watchedBoards(ctx.em, ctx.viewer!.id, [board.id]);
    return watched;
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerNotificationCapabilitiesResolver {
  @Capability(NOTIFICATION_POLICY.watchBoards)
  watchBoards(@Ctx() ctx: Context): boolean {
    return allows(NOTIFICATION_POLICY.watchBoards, ctx.viewer);
  }
}

