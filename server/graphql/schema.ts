import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { CommentResolver } from "../comments/comment.resolver.js";
import { MemberResolver } from "../members/member.resolver.js";
import { AccountResolver } from "../members/account.resolver.js";
import { MailResolver } from "../mail/mail.resolver.js";
import { PostResolver } from "../posts/post.resolver.js";
import { TimelineResolver } from "../timeline/timeline.resolver.js";
import { TriageResolver } from "../triage/triage.resolver.js";
import { PostVotersResolver, VoteResolver } from "../votes/vote.resolver.js";
import { PostTrackerFieldsResolver, TrackerConnectionResolver, TrackerLinkResolver } from "../trackers/tracker.resolver.js";
import { NormalizeArgs } from "./normalize-args.js";
import { PostLiveResolver } from "../posts/post-live.resolver.js";
import { CommunityStatsResolver } from "../reports/community-stats.resolver.js";
import { livePubSub } from "../live/post-changes.js";

export const resolvers = [
  MemberResolver,
  AccountResolver,
  PostResolver,
  VoteResolver,
  PostVotersResolver,
  CommentResolver,
  TriageResolver,
  TimelineResolver,
  TrackerConnectionResolver,
  TrackerLinkResolver,
  PostTrackerFieldsResolver,
  PostLiveResolver,
  CommunityStatsResolver,
  MailResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    globalMiddlewares: [NormalizeArgs],
    pubSub: livePubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return schema;
}
