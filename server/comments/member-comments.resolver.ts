import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { HistoryArgs } from "../members/member-history.js";
import { canSeeHistory } from "../members/member.policy.js";
import { Comment } from "./comment.entity.js";
import { commentsBy } from "./comment.service.js";

/** A member's comments, in their history: comments own the rows, so they own the field. */
@Resolver(() => Member)
export class MemberCommentsResolver {
  @FieldResolver(() => [Comment], { nullable: true, description: "The member and staff (null for others): latest comments and internal notes, deleted ones left out." })
  recentComments(@Root() member: Member, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<Comment[]> | null {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    return commentsBy(ctx.em, ctx.viewer, member.id, first);
  }
}
