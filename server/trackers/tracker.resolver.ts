import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { PostCapabilities } from "../posts/post-capabilities.js";
import { requireViewer } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { findPostOrThrow } from "../posts/post.service.js";
import { isDone } from "../posts/post-status.js";
import { TRACKER_POLICY } from "./tracker.policy.js";
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
import { defaultStatusFor, mapTrackerState } from "./status-mapping.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";
import { replayDelivery, retryTrackerJob, syncHealth } from "./sync-health.service.js";
import { InRange } from "../shared/validation.js";
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
  @Allowed(TRACKER_POLICY.viewConnections)
  @Query(() => [TrackerConnection])
  trackerConnections(@Ctx() ctx: Context): Promise<TrackerConnection[]> {
    return ctx.em.find(TrackerConnection, {}, { orderBy: { createdAt: "asc" } });
  }

  /** The trackers a connection can be made to, and the settings each needs. */
  @Allowed(TRACKER_POLICY.viewConnections)
  @Query(() => [TrackerKindDescription])
  trackerKinds(): TrackerKindDescription[] {
    return trackerDefinitions().map(describeTracker);
  }

  @Allowed(TRACKER_POLICY.manageConnections)
  @Mutation(() => TrackerConnection)
  createTrackerConnection(
    @Arg("kind", () => TrackerKind) kind: TrackerKind,
    @Arg("input", () => TrackerConnectionInput) input: TrackerConnectionInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    return createConnection(ctx.em, ctx.secrets, kind, connectionInputOf(input));
  }

  @Allowed(TRACKER_POLICY.manageConnections)
  @Mutation(() => TrackerConnection)
  updateTrackerConnection(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => TrackerConnectionInput) input: TrackerConnectionInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    return updateConnection(ctx.em, ctx.secrets, id, connectionInputOf(input));
  }

  /** Removes the connection and its links; posts keep their statuses and timelines. */
  @Allowed(TRACKER_POLICY.manageConnections)
  @Mutation(() => Boolean)
  async deleteTrackerConnection(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await deleteConnection(ctx.em, id);
    return true;
  }

  /** Calls the tracker now; reports a clear message either way and refreshes the known states. */
  @Allowed(TRACKER_POLICY.manageConnections)
  @Mutation(() => ConnectionTestResult)
  testTrackerConnection(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConnectionTestResult> {
    return testConnection(ctx.em, ctx.secrets, id);
  }

  @Allowed(TRACKER_POLICY.editStatusMapping)
  @Mutation(() => TrackerConnection)
  setTrackerStatusMapping(
    @Arg("connectionId", () => ID) connectionId: string,
    @Arg("input", () => StatusMappingInput) input: StatusMappingInput,
    @Ctx() ctx: Context,
  ): Promise<TrackerConnection> {
    return setStatusMapping(ctx.em, connectionId, input.entries.map((entry) => ({ stateId: entry.stateId, status: entry.status ?? null, useDefault: entry.useDefault })));
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { nullable: true })
  baseUrl(@Root() connection: TrackerConnection): string | null {
    return connection.settings.baseUrl ?? null;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { nullable: true })
  projectKey(@Root() connection: TrackerConnection): string | null {
    return connection.settings.projectKey ?? null;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { nullable: true })
  issueType(@Root() connection: TrackerConnection): string | null {
    return connection.settings.issueType ?? null;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { nullable: true })
  teamId(@Root() connection: TrackerConnection): string | null {
    return connection.settings.teamId ?? null;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { nullable: true, description: "The Jira account e-mail (Cloud basic auth)." })
  email(@Root() connection: TrackerConnection): string | null {
    return connection.settings.email ?? null;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => [TrackerSettingValue], { description: "The non-secret settings that are set, in the order of the tracker's settings (trackerKinds)." })
  settings(@Root() connection: TrackerConnection): TrackerSettingValue[] {
    return trackerDefinition(connection.kind).settings.flatMap((field) => {
      const value = field.secret ? undefined : connection.settings[field.key];
      return value ? [{ key: field.key, value }] : [];
    });
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => Boolean)
  hasWebhookSecret(@Root() connection: TrackerConnection, @Ctx() ctx: Context): boolean {
    return !!openSecrets(ctx.secrets, connection).webhookSecret;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => String, { description: "Where to point the tracker's webhook." })
  webhookUrl(@Root() connection: TrackerConnection, @Ctx() ctx: Context): string {
    return `${ctx.config.publicUrl}/webhooks/${connection.kind.toLowerCase()}/${connection.id}`;
  }

  @Allowed(TRACKER_POLICY.viewConnections)
  @FieldResolver(() => [StatusMappingEntry], { description: "One entry per workflow state read by the last connection test." })
  statusMapping(@Root() connection: TrackerConnection): StatusMappingEntry[] {
    return connection.knownStates.map((state) => {
      const defaultStatus = defaultStatusFor(connection.kind, state);
      const status = mapTrackerState(connection, state);
      return { stateId: state.id, stateName: state.name, category: state.category, status, defaultStatus, isDefault: status === defaultStatus };
    });
  }
}

@ArgsType()
class SyncHealthArgs {
  @Field(() => Int, { defaultValue: 50 })
  @InRange(1, 200)
  limit!: number;
}

@Resolver(() => TrackerLink)
export class TrackerLinkResolver {
  /** Queues the creation; the link is PENDING until the tracker answers; one pending create per post and connection (CONFLICT). */
  @Allowed(TRACKER_POLICY.linkIssues)
  @Mutation(() => TrackerLink)
  createTrackerIssue(@Arg("postId", () => ID) postId: string, @Arg("connectionId", () => ID) connectionId: string, @Ctx() ctx: Context): Promise<TrackerLink> {
    const actor = requireViewer(ctx.viewer);
    return requestIssueCreation(ctx.em, ctx.queue, actor, postId, connectionId);
  }

  @Allowed(TRACKER_POLICY.linkIssues)
  @Mutation(() => TrackerLink)
  linkTrackerIssue(@Arg("postId", () => ID) postId: string, @Arg("input", () => LinkIssueInput) input: LinkIssueInput, @Ctx() ctx: Context): Promise<TrackerLink> {
    const actor = requireViewer(ctx.viewer);
    return requestIssueLink(ctx.em, ctx.queue, actor, postId, input.keyOrUrl, input.connectionId);
  }

  /** Returns the post. */
  @Allowed(TRACKER_POLICY.linkIssues)
  @Mutation(() => Post)
  async unlinkTrackerIssue(@Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<Post> {
    return findPostOrThrow(ctx.em, await unlinkIssue(ctx.em, linkId));
  }

  /** "Retry now" — re-queues a FAILED link, or runs a link waiting for its next attempt at once. */
  @Allowed(TRACKER_POLICY.linkIssues)
  @Mutation(() => TrackerLink)
  retryTrackerLink(@Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context): Promise<TrackerLink> {
    return retryLink(ctx.em, ctx.queue, linkId);
  }

  /** null returns the post to its connection's default rule. */
  @Allowed(TRACKER_POLICY.setLinkRule)
  @Mutation(() => Post)
  async setPostLinkRule(
    @Arg("postId", () => ID) postId: string,
    @Arg("rule", () => MultiLinkRule, { nullable: true }) rule: MultiLinkRule | null,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    return setLinkRule(ctx.em, ctx.queue, postId, rule);
  }

  @Allowed(TRACKER_POLICY.viewSyncHealth)
  @Query(() => SyncHealth)
  async syncHealth(@Args(() => SyncHealthArgs) { limit }: SyncHealthArgs, @Ctx() ctx: Context): Promise<SyncHealth> {
    return syncHealth(ctx.em, limit);
  }

  /** Processes a stored delivery again (after fixing a mapping, say). */
  @Allowed(TRACKER_POLICY.repairSync)
  @Mutation(() => WebhookDelivery)
  async replayWebhookDelivery(@Arg("deliveryId", () => ID) deliveryId: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return replayDelivery(ctx.em, ctx.queue, deliveryId);
  }

  /** Retries a failed tracker job. */
  @Allowed(TRACKER_POLICY.repairSync)
  @Mutation(() => Boolean)
  async retryTrackerJob(@Arg("jobId", () => ID) jobId: string, @Ctx() ctx: Context): Promise<boolean> {
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
  @ShownTo(TRACKER_POLICY.seeLinks)
  @FieldResolver(() => [TrackerLink], { nullable: true, description: "The post's tracker issues and their sync state." })
  async trackerLinks(@Root() post: Post, @Ctx() ctx: Context): Promise<TrackerLink[] | null> {
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
      done: (await Promise.all(links.map((link) => (link.mappedStatus ? ctx.loaders.status.load(link.mappedStatus) : null)))).filter(isDone).length,
      rule: post.linkRule ?? connection?.multiLinkRule ?? MultiLinkRule.ALL,
    };
  }
}

@Resolver(() => PostCapabilities)
export class PostTrackerCapabilitiesResolver {
  @Capability(TRACKER_POLICY.linkIssues)
  linkIssue(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.linkIssues, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.setLinkRule)
  setLinkRule(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.setLinkRule, ctx.viewer);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerTrackerCapabilitiesResolver {
  @Capability(TRACKER_POLICY.viewConnections)
  viewTrackerConnections(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.viewConnections, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.manageConnections)
  manageTrackerConnections(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.manageConnections, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.editStatusMapping)
  editStatusMapping(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.editStatusMapping, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.linkIssues)
  linkIssues(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.linkIssues, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.viewSyncHealth)
  viewSyncHealth(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.viewSyncHealth, ctx.viewer);
  }

  @Capability(TRACKER_POLICY.repairSync)
  repairSync(@Ctx() ctx: Context): boolean {
    return allows(TRACKER_POLICY.repairSync, ctx.viewer);
  }
}
