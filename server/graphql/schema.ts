import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { CommentResolver, PostCommentsResolver } from "../comments/comment.resolver.js";
import { MemberCommentsResolver } from "../comments/member-comments.resolver.js";
import { CommentCapabilitiesResolver, PostCommentCapabilitiesResolver } from "../comments/comment-capabilities.js";
import { MemberResolver } from "../members/member.resolver.js";
import {
  AuditEntryResolver,
  MemberModerationResolver,
  ModerationResolver,
  SanctionResolver,
  ViewerModerationCapabilitiesResolver,
} from "../moderation/moderation.resolver.js";
import { MemberModerationRecordResolver } from "../moderation/member-moderation-record.resolver.js";
import { MemberAuditResolver } from "../moderation/member-audit.resolver.js";
import { HoldingResolver, ViewerHoldingCapabilitiesResolver } from "../moderation/holding.resolver.js";
import { MemberNetiquetteResolver, NetiquetteResolver, ViewerNetiquetteCapabilitiesResolver } from "../moderation/netiquette.resolver.js";
import {
  CommentFlagCapabilitiesResolver,
  CommentModerationResolver,
  FlagFieldsResolver,
  FlagResolver,
  ModerationItemResolver,
  PostFlagCapabilitiesResolver,
  PostModerationResolver,
  ViewerFlagCapabilitiesResolver,
} from "../moderation/flag.resolver.js";
import { ViewerMemberCapabilitiesResolver } from "../members/viewer-capabilities.js";
import { PostCapabilitiesResolver } from "../posts/post-capabilities.js";
import { AccountResolver } from "../members/account.resolver.js";
import { MailResolver, ViewerMailCapabilitiesResolver } from "../mail/mail.resolver.js";
import { NotificationPreferenceResolver } from "../notifications/notification-preference.resolver.js";
import { BoardWatchResolver, NotificationResolver, ViewerNotificationCapabilitiesResolver } from "../notifications/notification.resolver.js";
import { PostConnectionResolver, PostResolver } from "../posts/post.resolver.js";
import { MemberPostsResolver } from "../posts/member-posts.resolver.js";
import { RoadmapResolver } from "../posts/roadmap.resolver.js";
import { PostStatusFieldsResolver, StatusResolver, ViewerStatusCapabilitiesResolver } from "../posts/status.resolver.js";
import { PostTimelineResolver, TimelineResolver } from "../timeline/timeline.resolver.js";
import { PostTriageCapabilitiesResolver, TriageResolver, ViewerTriageCapabilitiesResolver } from "../triage/triage.resolver.js";
import { BoardResolver, ViewerBoardCapabilitiesResolver } from "../boards/board.resolver.js";
import { PostVoteCapabilitiesResolver, PostVotersResolver, VoteResolver } from "../votes/vote.resolver.js";
import { MemberVotesResolver } from "../votes/member-votes.resolver.js";
import {
  PostEventTrackerFieldsResolver,
  PostTrackerCapabilitiesResolver,
  PostTrackerFieldsResolver,
  TrackerConnectionResolver,
  TrackerLinkResolver,
  ViewerTrackerCapabilitiesResolver,
} from "../trackers/tracker.resolver.js";
import { describePermissions } from "./authorization.js";
import { guardFields } from "./field-guards.js";
import { validateArgument } from "../shared/validation.js";
import { PostLiveResolver } from "../posts/post-live.resolver.js";
import { CommunityStatsResolver, ViewerReportCapabilitiesResolver } from "../reports/community-stats.resolver.js";
import { CommunityReportResolver } from "../reports/community-report.resolver.js";
import {
  ChangelogResolver,
  PostChangelogResolver,
  PostEventChangelogResolver,
  ViewerChangelogCapabilitiesResolver,
} from "../changelog/changelog.resolver.js";
import { WhatsNewResolver } from "../changelog/whats-new.resolver.js";
import { livePubSub } from "../live/post-changes.js";
import { MemberTrustResolver, TrustResolver, ViewerTrustCapabilitiesResolver } from "../trust/trust.resolver.js";

export const resolvers = [
  MemberResolver,
  AccountResolver,
  ModerationResolver,
  AuditEntryResolver,
  SanctionResolver,
  MemberModerationResolver,
  ViewerModerationCapabilitiesResolver,
  HoldingResolver,
  MemberAuditResolver,
  MemberModerationRecordResolver,
  ViewerHoldingCapabilitiesResolver,
  NetiquetteResolver,
  MemberNetiquetteResolver,
  ViewerNetiquetteCapabilitiesResolver,
  FlagResolver,
  ModerationItemResolver,
  FlagFieldsResolver,
  CommentModerationResolver,
  PostModerationResolver,
  TrustResolver,
  MemberTrustResolver,
  ViewerTrustCapabilitiesResolver,
  PostResolver,
  PostConnectionResolver,
  MemberPostsResolver,
  RoadmapResolver,
  StatusResolver,
  PostStatusFieldsResolver,
  VoteResolver,
  PostVotersResolver,
  MemberVotesResolver,
  CommentResolver,
  PostCommentsResolver,
  MemberCommentsResolver,
  TriageResolver,
  BoardResolver,
  TimelineResolver,
  PostTimelineResolver,
  TrackerConnectionResolver,
  TrackerLinkResolver,
  PostTrackerFieldsResolver,
  PostEventTrackerFieldsResolver,
  PostLiveResolver,
  CommunityStatsResolver,
  CommunityReportResolver,
  MailResolver,
  NotificationPreferenceResolver,
  NotificationResolver,
  BoardWatchResolver,
  ViewerNotificationCapabilitiesResolver,
  ChangelogResolver,
  PostChangelogResolver,
  PostEventChangelogResolver,
  WhatsNewResolver,
  // What the viewer may do: each feature answers for its own operations.
  PostCapabilitiesResolver,
  PostVoteCapabilitiesResolver,
  PostCommentCapabilitiesResolver,
  PostTriageCapabilitiesResolver,
  PostTrackerCapabilitiesResolver,
  CommentCapabilitiesResolver,
  ViewerMemberCapabilitiesResolver,
  ViewerBoardCapabilitiesResolver,
  ViewerTriageCapabilitiesResolver,
  ViewerTrackerCapabilitiesResolver,
  ViewerReportCapabilitiesResolver,
  ViewerStatusCapabilitiesResolver,
  ViewerMailCapabilitiesResolver,
  ViewerChangelogCapabilitiesResolver,
  PostFlagCapabilitiesResolver,
  CommentFlagCapabilitiesResolver,
  ViewerFlagCapabilitiesResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    pubSub: livePubSub,
    validateFn: validateArgument,
    emitSchemaFile: false,
  })
    .then(describePermissions)
    .then(guardFields);
  return schema;
}
