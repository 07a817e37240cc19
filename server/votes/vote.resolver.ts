import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { Member } from "../members/member.entity.js";
import { Vote } from "../votes/vote.entity.js";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import { PostCapabilities } from "../posts/post-capabilities.js";
import { requireViewer } from "../members/member.policy.js";
import { allows } from "../members/permission.js";
import { Post } from "../posts/post.entity.js";
import { VOTE_POLICY } from "./vote.policy.js";
import { castVote, findMemberOrThrow, retractVote } from "./vote.service.js";
import { admitContribution } from "../trust/trust.service.js";

@Resolver(() => Vote)
export class VoteResolver {
  /** Vote rate limit, and the trust level's votes a day. Idempotent. */
  @Allowed(VOTE_POLICY.vote)
  @Mutation(() => Post)
  async vote(@Arg("postId", () => ID) postId: string, @Ctx() ctx: Context): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await admitContribution(ctx.em, ctx.rateLimits, viewer, "vote");
    return castVote(ctx.em, postId, viewer);
  }

  /** Vote rate limit. Idempotent. */
  @Allowed(VOTE_POLICY.vote)
  @Mutation(() => Post)
  async unvote(@Arg("postId", () => ID) postId: string, @Ctx() ctx: Context): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.rateLimits.consume("vote", viewer.id);
    return retractVote(ctx.em, postId, viewer);
  }

  /** Records a vote a member gave elsewhere (support call, event); marked as cast by the manager. */
  @Allowed(VOTE_POLICY.voteOnBehalf)
  @Mutation(() => Post)
  async voteOnBehalf(
    @Arg("postId", () => ID) postId: string,
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const manager = requireViewer(ctx.viewer);
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
  @ShownTo(VOTE_POLICY.seeVoters)
  @FieldResolver(() => [Vote], { nullable: true, description: "The post's votes, oldest first." })
  async voters(@Root() post: Post, @Ctx() ctx: Context): Promise<Vote[] | null> {
    return ctx.loaders.votesOfPost.load(post.id);
  }
}

@Resolver(() => PostCapabilities)
export class PostVoteCapabilitiesResolver {
  @Capability(VOTE_POLICY.vote, "Whether the viewer may vote on this post and take the vote back.")
  vote(@Ctx() ctx: Context): boolean {
    return allows(VOTE_POLICY.vote, ctx.viewer);
  }

  @Capability(VOTE_POLICY.voteOnBehalf)
  voteOnBehalf(@Ctx() ctx: Context): boolean {
    return allows(VOTE_POLICY.voteOnBehalf, ctx.viewer);
  }

  @Capability(VOTE_POLICY.seeVoters, "Whether the viewer sees this post's voters (`Post.voters`).")
  seeVoters(@Ctx() ctx: Context): boolean {
    return allows(VOTE_POLICY.seeVoters, ctx.viewer);
  }
}
