import { Args, ArgsType, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed } from "../graphql/authorization.js";
import { Tag } from "../boards/tag.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostKind } from "../posts/post-enums.js";
import { REPORT_POLICY } from "./reports.policy.js";
import { MAX_PERIOD_DAYS, REPORT_TOP_POSTS, ReportMetric, communityReport } from "./community-report.service.js";

registerEnumType(ReportMetric, { name: "ReportMetric", description: "A count the community report gives." });

@ObjectType()
class ReportWeek {
  @Field(() => Date, { description: "Monday 00:00 UTC of the week (the period's first and last week may be partial)." })
  weekStart!: Date;

  @Field(() => Int)
  value!: number;
}

@ObjectType({ description: "A count over the period and the same length of time just before it." })
class ReportCount {
  @Field(() => ReportMetric)
  metric!: ReportMetric;

  @Field(() => Int)
  value!: number;

  @Field(() => Int)
  previous!: number;

  @Field(() => Float, { nullable: true, description: "Change against the previous period in percent; null when the previous was 0." })
  changePercent!: number | null;

  @Field(() => [ReportWeek], { description: "Every week the period touches, oldest first; weeks without any are zeros." })
  series!: ReportWeek[];
}

@ObjectType({ description: "A median over the posts submitted in the period and in the previous one." })
class ReportMedian {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  previous!: number | null;

  @Field(() => Float, { nullable: true })
  changePercent!: number | null;
}

@ObjectType()
class ReportTag {
  @Field(() => Tag)
  tag!: Tag;

  @Field(() => Int, { description: "Posts of the period carrying it." })
  value!: number;

  @Field(() => Int)
  previous!: number;

  @Field(() => Float, { nullable: true })
  changePercent!: number | null;
}

@ObjectType()
class ReportGainer {
  @Field(() => Post)
  post!: Post;

  @Field(() => Int, { description: "Votes cast on it in the period." })
  votes!: number;
}

@ObjectType({ description: "A tag or title word that came up more often than in the previous period." })
class HotTopic {
  @Field(() => String, { description: "The tag's name or the lower-case word." })
  label!: string;

  @Field(() => Tag, { nullable: true, description: "Set when the topic is a tag." })
  tag!: Tag | null;

  @Field(() => Int, { description: "Posts of the period mentioning it." })
  value!: number;

  @Field(() => Int)
  previous!: number;
}

@ObjectType({ description: "What a community manager reports for a period, compared with the period just before." })
class CommunityReport {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date, { description: "End of the period (exclusive)." })
  to!: Date;

  @Field(() => Date, { description: "Start of the previous period, which ends at `from`." })
  previousFrom!: Date;

  @Field(() => ID, { nullable: true })
  board!: string | null;

  @Field(() => PostKind, { nullable: true })
  kind!: PostKind | null;

  @Field(() => [ReportCount], { description: "Every ReportMetric, in its declared order. Members, sanctions and mails are the whole community's; the rest follow board and kind." })
  counts!: ReportCount[];

  @Field(() => ReportMedian, { description: "Hours from submission to the first public staff comment or timeline change." })
  hoursToFirstResponse!: ReportMedian;

  @Field(() => ReportMedian, { description: "Hours from submission to the first staff action (triage)." })
  hoursToTriage!: ReportMedian;

  @Field(() => ReportMedian, { description: "Days from submission to shipped." })
  daysToShip!: ReportMedian;

  @Field(() => Float, { nullable: true, description: `Share (0–1) of the ${REPORT_TOP_POSTS} most-voted open posts linked to a tracker issue, now.` })
  topPostsLinkedShare!: number | null;

  @Field(() => [Post], { description: "The most-voted open posts without a tracker issue (up to 10), now." })
  topUnlinkedPosts!: Post[];

  @Field(() => [ReportTag], { description: "Tags on most posts of the period (up to 10)." })
  topTags!: ReportTag[];

  @Field(() => [ReportGainer], { description: "Posts that gained most votes in the period (up to 10)." })
  gainers!: ReportGainer[];

  @Field(() => [HotTopic], { description: "Tags and title words rising fastest against the previous period (up to 10)." })
  hotTopics!: HotTopic[];
}

@ArgsType()
export class CommunityReportArgs {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date, { description: `End (exclusive); at most ${MAX_PERIOD_DAYS} days after \`from\`.` })
  to!: Date;

  @Field(() => ID, { nullable: true })
  board?: string | null;

  @Field(() => PostKind, { nullable: true })
  kind?: PostKind | null;
}

@Resolver()
export class CommunityReportResolver {
  @Allowed(REPORT_POLICY.viewStats)
  @Query(() => CommunityReport)
  async communityReport(@Args(() => CommunityReportArgs) args: CommunityReportArgs, @Ctx() ctx: Context): Promise<CommunityReport> {
    return communityReport(ctx.em, args);
  }
}
