import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { InRange } from "../shared/validation.js";
import { Post } from "./post.entity.js";
import { PostKind } from "./post-enums.js";
import { Status } from "./status.entity.js";
import { RECENTLY_SHIPPED_DAYS, roadmapOf } from "./roadmap.service.js";

@ObjectType({ description: "One status of the roadmap and its posts." })
class RoadmapColumn {
  @Field(() => Status)
  status!: Status;

  @Field(() => [Post], { description: `Active work by votes; delivered work shipped in the last ${RECENTLY_SHIPPED_DAYS} days, newest first.` })
  posts!: Post[];

  @Field(() => Int, { description: "All posts of the column, not only those listed." })
  totalCount!: number;
}

@ArgsType()
class RoadmapArgs {
  @Field(() => ID, { nullable: true })
  boardId?: string | null;

  @Field(() => PostKind, { nullable: true })
  kind?: PostKind | null;

  @Field(() => Int, { defaultValue: 30, description: "Posts per column." })
  @InRange(1, 50)
  first!: number;
}

@Resolver()
export class RoadmapResolver {
  /** Anyone, signed in or not. */
  @Query(() => [RoadmapColumn], { description: "The roadmap: one column per status marked for it, in the statuses' order." })
  roadmap(@Args(() => RoadmapArgs) args: RoadmapArgs, @Ctx() ctx: Context): Promise<RoadmapColumn[]> {
    return roadmapOf(ctx.em, ctx.viewer, { board: args.boardId, kind: args.kind, first: args.first });
  }
}
