import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { HistoryArgs } from "../members/member-history.js";
import { canSeeHistory } from "../members/member.policy.js";
import { Vote } from "./vote.entity.js";
import { votesBy } from "./vote.service.js";

/** A member's votes, in their history: votes own the rows, so they own the field. */
@Resolver(() => Member)
export class MemberVotesResolver {
  @FieldResolver(() => [Vote], { nullable: true, description: "The member and staff (null for others): their votes, newest first." })
  votes(@Root() member: Member, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<Vote[]> | null {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    return votesBy(ctx.em, ctx.viewer, member.id, first);
  }
}
