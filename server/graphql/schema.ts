import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { CommentResolver } from "../comments/comment.resolver.js";
import { MemberResolver } from "../members/member.resolver.js";
import { PostResolver } from "../posts/post.resolver.js";
import { TimelineResolver } from "../timeline/timeline.resolver.js";
import { TriageResolver } from "../triage/triage.resolver.js";
import { VoteResolver } from "../votes/vote.resolver.js";
import { ValidateIdArgs } from "./id-args.js";

export const resolvers = [MemberResolver, PostResolver, VoteResolver, CommentResolver, TriageResolver, TimelineResolver] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and building is the slow part of start-up. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    globalMiddlewares: [ValidateIdArgs],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return schema;
}
