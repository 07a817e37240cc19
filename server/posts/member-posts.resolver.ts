import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { HistoryArgs } from "../members/member-history.js";
import { canSeeHistory } from "../members/member.policy.js";
import { postsFollowedBy } from "./follow.service.js";
import { Post } from "./post.entity.js";
import { postsBy } from "./post.service.js";

/** A member's posts and the posts they follow, in their history: posts own both, so they own the fields. */
@Resolver(() => Member)
export class MemberPostsResolver {
  @FieldResolver(() => [Post], { nullable: true, description: "The member and staff (null for others): every post they wrote, newest first." })
  posts(@Root() member: Member, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<Post[]> | null {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    return postsBy(ctx.em, ctx.viewer, member.id, first);
  }

  @FieldResolver(() => [Post], { nullable: true, description: "The member and staff (null for others): posts they follow, latest first." })
  following(@Root() member: Member, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<Post[]> | null {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    return postsFollowedBy(ctx.em, ctx.viewer, member.id, first);
  }
}
