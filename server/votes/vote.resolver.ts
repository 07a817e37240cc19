import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { requireRole, requireViewer } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { TRIAGE_PERMISSIONS } from "../triage/triage.policy.js";
import { castVote, findMemberOrThrow, retractVote } from "./vote.service.js";

@Resolver()
export class VoteResolver {
  /** Signed in; vote rate limit. Idempotent. */
  @Mutation(() => Post)
  async vote(@Arg("postId", () => ID) postId: string, @Ctx() ctx: Context): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.rateLimits.consume("vote", viewer.id);
    return castVote(ctx.em, postId, viewer);
  }

  /** Signed in; vote rate limit. Idempotent. */
  @Mutation(() => Post)
  async unvote(@Arg("postId", () => ID) postId: string, @Ctx() ctx: Context): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.rateLimits.consume("vote", viewer.id);
    return retractVote(ctx.em, postId, viewer);
  }

  /** MANAGER, ADMIN: records a vote a member gave elsewhere (support call, event); marked as cast by the manager. */
  @Mutation(() => Post)
  async voteOnBehalf(
    @Arg("postId", () => ID) postId: string,
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const manager = requireRole(ctx.viewer, TRIAGE_PERMISSIONS.voteOnBehalf, "vote on behalf of members");
    const member = await findMemberOrThrow(ctx.em, memberId);
    return castVote(ctx.em, postId, member, manager);
  }
}
