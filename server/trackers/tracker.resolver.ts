import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { requireRole } from "../members/member.policy.js";
import { isStaff } from "../members/role.js";
import { Post } from "../posts/post.entity.js";
import { findPostOrThrow } from "../posts/post.service.js";
import { ConnectionDetail, TRACKER_PERMISSIONS } from "./tracker.policy.js";
import { findTrackerDefinition, trackerDefinition, trackerDefinitions } from "../../integrations/index.js";
import { PostEvent } from "../timeline/post-event.entity.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import {
  createConnection,
  deleteConnection,
  openSecrets,
  setStatusMapping,
  testConnection,
  updateConnection,
} from "./tracker-connection.service.js";
import { MultiLinkRule, TrackerKind, TrackerLinkState } from "./tracker-enums.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { requestIssueCreation, requestIssueLink, retryLink, setLinkRule, unlinkIssue } from "./tracker-link.service.js";
import { defaultStatusFor, isDoneStatus, mapTrackerState } from "./status-mapping.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";
import { replayDelivery, retryTrackerJob, syncHealth } from "./sync-health.service.js";
import { LinkIssueInput, StatusMappingInput, TrackerConnectionInput, connectionInputOf } from "./tracker.inputs.js";
import {
  ConnectionTestResult,
  StatusMappingEntry,
  SyncHealth,
  TrackerKindDescription,
  TrackerProgress,
  TrackerSettingValue,
  describeTracker,
} from "./tracker.outputs.js";

@Resolver(() => TrackerConnection)
export class TrackerConnectionResolver {
  /** MANAGER, PRODUCT, ADMIN. */
  @Query(() => [TrackerConnection])
  trackerConnections(@Ctx() ctx: Context): Promise<TrackerConnection[]> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.viewConnections, "see tracker connections");
    return ctx.em.find(TrackerConnection, {}, { orderBy: { createdAt: "asc" } });
  }

  /** MANAGER, PRODUCT, ADMIN: the trackers a connection can be made to, and the settings each needs. */
  @Query(() => [TrackerKindDescription])
  trackerKinds(@Ctx() ctx: Context): TrackerKindDescription[] {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.viewConnections, "see tracker connections");
    return trackerDefinitions().map(describeTracker);
  }

  /** ADMIN. */
  @Mutation(() => TrackerConnection)
  createTrackerConnection(
    @Arg("kind", () => TrackerKind) kind: TrackerKind,
    @Arg("input", () => TrackerConnectionInput) input: TrackerConnectionInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.manageConnections, "manage tracker connections");
    return createConnection(ctx.em, ctx.secrets, kind, connectionInputOf(input));
  }

  /** ADMIN. */
  @Mutation(() => TrackerConnection)
  updateTrackerConnection(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => TrackerConnectionInput) input: TrackerConnectionInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.manageConnections, "manage tracker connections");
    return updateConnection(ctx.em, ctx.secrets, id, connectionInputOf(input));
  }

  /** ADMIN. Removes the connection and its links; posts keep their statuses and timelines. */
  @Mutation(() => Boolean)
  async deleteTrackerConnection(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.manageConnections, "manage tracker connections");
    await deleteConnection(ctx.em, id);
    return true;
  }

  /** ADMIN. Calls the tracker now; reports a clear message either way and refreshes the known states. */
  @Mutation(() => ConnectionTestResult)
  testTrackerConnection(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConnectionTestResult> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.manageConnections, "manage tracker connections");
    return testConnection(ctx.em, ctx.secrets, id);
  }

  /** MANAGER, ADMIN. */
  @Mutation(() => TrackerConnection)
  setTrackerStatusMapping(
    @Arg("connectionId", () => ID) connectionId: string,
    @Arg("input", () => StatusMappingInput) input: StatusMappingInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.editStatusMapping, "edit status mappings");
    return setStatusMapping(ctx.em, connectionId, input.entries.map((entry) => ({ stateId: entry.stateId, status: entry.status ?? null, useDefault: entry.useDefault })));
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { nullable: true })
  baseUrl(@Root() connection: TrackerConnection): string | null {
    return connection.settings.baseUrl ?? null;
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { nullable: true })
  projectKey(@Root() connection: TrackerConnection): string | null {
    return connection.settings.projectKey ?? null;
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { nullable: true })
  issueType(@Root() connection: TrackerConnection): string | null {
    return connection.settings.issueType ?? null;
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { nullable: true })
  teamId(@Root() connection: TrackerConnection): string | null {
    return connection.settings.teamId ?? null;
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { nullable: true, description: "The Jira account e-mail (Cloud basic auth)." })
  email(@Root() connection: TrackerConnection): string | null {
    return connection.settings.email ?? null;
  }

  @ConnectionDetail()
  @FieldResolver(() => [TrackerSettingValue], { description: "The non-secret settings that are set, in the order of the tracker's settings (trackerKinds)." })
  settings(@Root() connection: TrackerConnection): TrackerSettingValue[] {
    return trackerDefinition(connection.kind).settings.flatMap((field) => {
      const value = field.secret ? undefined : connection.settings[field.key];
      return value ? [{ key: field.key, value }] : [];
    });
  }

  @ConnectionDetail()
  @FieldResolver(() => Boolean)
  hasWebhookSecret(@Root() connection: TrackerConnection, @Ctx() ctx: Context): boolean {
    return !!openSecrets(ctx.secrets, connection).webhookSecret;
  }

  @ConnectionDetail()
  @FieldResolver(() => String, { description: "Where to point the tracker's webhook." })
  webhookUrl(@Root() connection: TrackerConnection, @Ctx() ctx: Context): string {
    return `${ctx.config.publicUrl}/webhooks/${connection.kind.toLowerCase()}/${connection.id}`;
  }

  @ConnectionDetail()
  @FieldResolver(() => [StatusMappingEntry], { description: "One entry per workflow state read by the last connection test." })
  statusMapping(@Root() connection: TrackerConnection): StatusMappingEntry[] {
    return connection.knownStates.map((state) => {
      const defaultStatus = defaultStatusFor(connection.kind, state);
      const status = mapTrackerState(connection, state);
      return { stateId: state.id, stateName: state.name, category: state.category, status, defaultStatus, isDefault: status === defaultStatus };
    });
  }
}

@Resolver(() => TrackerLink)
export class TrackerLinkResolver {
  /** MANAGER, PRODUCT, ADMIN. Queues the creation; the link is PENDING until the tracker answers; one pending create per post and connection (CONFLICT). */
  @Mutation(() => TrackerLink)
  createTrackerIssue(@Arg("postId", () => ID) postId: string, @Arg("connectionId", () => ID) connectionId: string, @Ctx() ctx: Context): Promise<TrackerLink> {
    const actor = requireRole(ctx.viewer, TRACKER_PERMISSIONS.linkIssues, "link posts to tracker issues");
    return requestIssueCreation(ctx.em, ctx.queue, actor, postId, connectionId);
  }

  /** MANAGER, PRODUCT, ADMIN. */
  @Mutation(() => TrackerLink)
  linkTrackerIssue(@Arg("postId", () => ID) postId: string, @Arg("input", () => LinkIssueInput) input: LinkIssueInput, @Ctx() ctx: Context): Promise<TrackerLink> {
    const actor = requireRole(ctx.viewer, TRACKER_PERMISSIONS.linkIssues, "link posts to tracker issues");
    return requestIssueLink(ctx.em, ctx.queue, actor, postId, input.keyOrUrl, input.connectionId);
  }

  /** MANAGER, PRODUCT, ADMIN. Returns the post. */
  @Mutation(() => Post)
  async unlinkTrackerIssue(@Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<Post> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.linkIssues, "link posts to tracker issues");
    return findPostOrThrow(ctx.em, await unlinkIssue(ctx.em, linkId));
  }

  /** MANAGER, PRODUCT, ADMIN: "Retry now" — re-queues a FAILED link, or runs a link waiting for its next attempt at once. */
  @Mutation(() => TrackerLink)
  retryTrackerLink(@Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<TrackerLink> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.linkIssues, "link posts to tracker issues");
    return retryLink(ctx.em, ctx.queue, linkId);
  }

  /** MANAGER, ADMIN. null returns the post to its connection's default rule. */
  @Mutation(() => Post)
  async setPostLinkRule(
    @Arg("postId", () => ID) postId: string,
    @Arg("rule", () => MultiLinkRule, { nullable: true }) rule: MultiLinkRule | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.editStatusMapping, "change how linked issues move a post");
    return setLinkRule(ctx.em, ctx.queue, postId, rule);
  }

  /** MANAGER, ADMIN. */
  @Query(() => SyncHealth)
  async syncHealth(@Arg("limit", () => Int, { defaultValue: 50 }) limit: number, @Ctx() ctx: Context): Promise<SyncHealth> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.viewSyncHealth, "see sync health");
    return syncHealth(ctx.em, Math.min(Math.max(limit, 1), 200));
  }

  /** ADMIN: processes a stored delivery again (after fixing a mapping, say). */
  @Mutation(() => WebhookDelivery)
  async replayWebhookDelivery(@Arg("deliveryId", () => ID) deliveryId: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.repairSync, "repair tracker sync");
    return replayDelivery(ctx.em, ctx.queue, deliveryId);
  }

  /** ADMIN: retries a failed tracker job. */
  @Mutation(() => Boolean)
  async retryTrackerJob(@Arg("jobId", () => ID) jobId: string, @Ctx() ctx: Context): Promise<boolean> {
    requireRole(ctx.viewer, TRACKER_PERMISSIONS.repairSync, "repair tracker sync");
    await retryTrackerJob(ctx.em, ctx.queue, jobId);
    return true;
  }

  @FieldResolver(() => TrackerConnection)
  async connection(@Root() link: TrackerLink, @Ctx() ctx: Context): Promise<TrackerConnection> {
    return (await ctx.loaders.trackerConnection.load(link.connection.id))!;
  }

  @FieldResolver(() => Post)
  async post(@Root() link: TrackerLink, @Ctx() ctx: Context): Promise<Post> {
    return (await ctx.loaders.post.load(link.post.id))!;
  }
}

@Resolver(() => PostEvent)
export class PostEventTrackerFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: "The name of the tracker whose change this was (e.g. Jira); null for changes made in Roundtrip." })
  trackerName(@Root() event: PostEvent): string | null {
    return findTrackerDefinition(event.source)?.name ?? null;
  }
}

@Resolver(() => Post)
export class PostTrackerFieldsResolver {
  @FieldResolver(() => [TrackerLink], { nullable: true, description: "Staff only (null for others): the post's tracker issues and their sync state." })
  async trackerLinks(@Root() post: Post, @Ctx() ctx: Context): Promise<TrackerLink[] | null> {
    if (!ctx.viewer || !isStaff(ctx.viewer.role)) return null;
    return ctx.loaders.linksOfPost.load(post.id);
  }

  @FieldResolver(() => TrackerProgress, { nullable: true, description: "null when the post has no linked issue." })
  async trackerProgress(@Root() post: Post, @Ctx() ctx: Context): Promise<TrackerProgress | null> {
    // Only issues that exist and are in sync count; a pending or failed link is no progress to show.
    const links = (await ctx.loaders.linksOfPost.load(post.id)).filter((link) => link.state === TrackerLinkState.LINKED);
    if (links.length === 0) return null;
    const connection = await ctx.loaders.trackerConnection.load(links[0].connection.id);
    return {
      total: links.length,
      done: links.filter((link) => isDoneStatus(link.mappedStatus)).length,
      rule: post.linkRule ?? connection?.multiLinkRule ?? MultiLinkRule.ALL,
    };
  }
}
