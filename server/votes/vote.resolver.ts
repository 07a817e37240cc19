import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Member } from "../members/member.entity.js";
import { isStaff } from "../members/role.js";
import { Vote } from "../votes/vote.entity.js";
import type { Context } from "../graphql/context.js";
import { requireRole, requireViewer } from "../members/member.policy.js";
import { Post } from "../posts/post.entity.js";
import { TRIAGE_PERMISSIONS } from "../triage/triage.policy.js";
import { castVote, findMemberOrThrow, retractVote } from "./vote.service.js";

@Resolver(() => Vote)
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

  @FieldResolver(() => Member)
  async member(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.member.load(vote.member.id))!;
  }

  @FieldResolver(() => Post, { description: "The post voted on." })
  async post(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Post> {
    return (await ctx.loaders.post.load(vote.post.id))!;
  }

  @FieldResolver(() => Member, { nullable: true, description: "The manager who recorded the vote on the member's behalf." })
  async castBy(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Member | null> {
    return vote.castBy ? ctx.loaders.member.load(vote.castBy.id) : null;
  }
}

@Resolver(() => Post)
export class PostVotersResolver {
  @FieldResolver(() => [Vote], { nullable: true, description: "Staff only (null for others): the post's votes, oldest first." })
  async voters(@Root() post: Post, @Ctx() ctx: Context): Promise<Vote[] | null> {
    if (!ctx.viewer || !isStaff(ctx.viewer.role)) return null;
    return ctx.loaders.votesOfPost.load(post.id);
  }
}
