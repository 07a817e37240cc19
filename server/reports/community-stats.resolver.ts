import { Args, ArgsType, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability } from "../graphql/authorization.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { Post } from "../posts/post.entity.js";
import { MAX_WEEKS, communityStats } from "./community-stats.service.js";
import { InRange } from "../shared/validation.js";
import { REPORT_POLICY } from "./reports.policy.js";

@ObjectType()
class WeekStats {
  @Field(() => Date, { description: "Monday 00:00 UTC of the week." })
  weekStart!: Date;

  @Field(() => Int)
  ideas!: number;

  @Field(() => Int)
  bugs!: number;

  @Field(() => Int)
  usability!: number;

  @Field(() => Int)
  votes!: number;

  @Field(() => Int, { description: "Public comments." })
  comments!: number;

  @Field(() => Int, { description: "Posts that reached SHIPPED that week." })
  shipped!: number;
}

@ObjectType({ description: "The numbers a community manager reports." })
class CommunityStats {
  @Field(() => [WeekStats], { description: "Oldest week first; weeks without activity are zeros." })
  weeks!: WeekStats[];

  @Field(() => Float, { nullable: true, description: "Median hours from submission to the first staff action, for posts of the period." })
  medianHoursToFirstTriage!: number | null;

  @Field(() => Float, { nullable: true, description: "Median days from submission to SHIPPED, for posts of the period." })
  medianDaysToShip!: number | null;

  @Field(() => Float, { nullable: true, description: "Share (0–1) of the 20 most-voted open posts linked to a tracker issue." })
  topPostsLinkedShare!: number | null;

  @Field(() => [Post], { description: "The most-voted open posts without a tracker issue (up to 10)." })
  topUnlinkedPosts!: Post[];
}

@ArgsType()
class CommunityStatsArgs {
  @Field(() => Int, { defaultValue: 12 })
  @InRange(1, MAX_WEEKS)
  weeks!: number;
}

@Resolver()
export class CommunityStatsResolver {
  @Allowed(REPORT_POLICY.viewStats)
  @Query(() => CommunityStats)
  async communityStats(@Args(() => CommunityStatsArgs) { weeks }: CommunityStatsArgs, @Ctx() ctx: Context): Promise<CommunityStats> {
    return communityStats(ctx.em, weeks);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerReportCapabilitiesResolver {
  @Capability(REPORT_POLICY.viewStats)
  viewDashboard(@Ctx() ctx: Context): boolean {
    return allows(REPORT_POLICY.viewStats, ctx.viewer);
  }
}
