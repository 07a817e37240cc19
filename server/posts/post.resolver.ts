import { Arg, ArgsType, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { PageInfo, decodeCursor, encodeCursor, pageInfoOf } from "../graphql/pagination.js";
import { InRange } from "../shared/validation.js";
import { Member } from "../members/member.entity.js";
import { Allowed } from "../graphql/authorization.js";
import { requireViewer } from "../members/member.policy.js";
import { Board } from "../boards/board.entity.js";
import { Tag } from "../boards/tag.entity.js";
import { PostCapabilities } from "./post-capabilities.js";
import { Post } from "./post.entity.js";
import { Follow, FollowLevel } from "./follow.entity.js";
import { PostSort } from "./post-enums.js";
import { EditPostInput, PAGE_MAX, PostFilter, SimilarPostsInput, SubmitPostInput } from "./post.inputs.js";
import { POST_POLICY, canEditPost } from "./post.policy.js";
import { viewerHasVotedSql } from "../graphql/loaders.js";
import { editPost, findSimilarPosts, listPosts, setFollowing, submitPost } from "./post.service.js";
import { admitContribution, admitEdit, recordPostRead } from "../trust/trust.service.js";

@ObjectType()
class PostEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Post)
  node!: Post;
}

@ObjectType()
class PostConnection {
  @Field(() => [PostEdge])
  edges!: PostEdge[];

  @Field(() => [Post])
  nodes!: Post[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Resolved by `PostConnectionResolver`: counted only when a client asks. */
  @Field(() => Int)
  totalCount?: number;

  countTotal!: () => Promise<number>;

  @Field(() => Boolean, { description: "True when no post contains the search words and these posts have titles like them (a typo: \"Did you mean …\")." })
  approximate!: boolean;
}

@ArgsType()
class PostsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, PAGE_MAX)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => PostFilter, { nullable: true })
  filter?: PostFilter | null;

  @Field(() => PostSort, { defaultValue: PostSort.TOP })
  sort!: PostSort;
}

@Resolver(() => PostConnection)
export class PostConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: PostConnection): Promise<number> {
    return connection.countTotal();
  }
}

@Resolver(() => Post)
export class PostResolver {
  /** Anyone, signed in or not. */
  @Query(() => PostConnection)
  async posts(@Args(() => PostsArgs) args: PostsArgs, @Ctx() ctx: Context): Promise<PostConnection> {
    const offset = decodeCursor(args.after);
    const page = await listPosts(ctx.em, {
      viewer: ctx.viewer,
      filter: args.filter ?? {},
      sort: args.sort,
      first: args.first,
      offset,
      values: { viewerHasVoted: viewerHasVotedSql(ctx.viewer?.id ?? null) },
    });
    // What the nodes' author, board and viewerHasVoted would each have fetched in a statement of their own.
    for (const [index, post] of page.posts.entries()) {
      const { author, board, values } = page.related[index];
      ctx.loaders.member.prime(author.id, author);
      ctx.loaders.board.prime(board.id, board);
      ctx.loaders.viewerHasVoted.prime(post.id, values.viewerHasVoted === true);
    }
    return {
      edges: page.posts.map((node, index) => ({ node, cursor: encodeCursor(offset + index) })),
      nodes: page.posts,
      pageInfo: pageInfoOf(offset, page.posts.length, page.hasMore),
      countTotal: page.totalCount,
      approximate: page.approximate,
    };
  }

  /** Anyone; null for a post the viewer may not see (`visiblePosts`), as for a missing one. A member's read counts toward their trust level. */
  @Query(() => Post, { nullable: true })
  async post(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Post | null> {
    const post = await ctx.loaders.post.load(id);
    if (post && ctx.viewer) await recordPostRead(ctx.em, ctx.viewer, post.id);
    return post;
  }

  /** Anyone: duplicate suggestions while a member types a new post. */
  @Query(() => [Post])
  async similarPosts(@Arg("input", () => SimilarPostsInput) input: SimilarPostsInput, @Ctx() ctx: Context): Promise<Post[]> {
    return findSimilarPosts(ctx.em, ctx.viewer, input.title, input.body, input.first);
  }

  /** Submit rate limit, and the trust level's limits (links, wait, posts a day). */
  @Allowed(POST_POLICY.submit)
  @Mutation(() => Post)
  async submitPost(@Arg("input", () => SubmitPostInput) input: SubmitPostInput, @Ctx() ctx: Context): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await admitContribution(ctx.em, ctx.rateLimits, viewer, "post", input.body);
    return submitPost(ctx.em, ctx.queue, viewer, input);
  }

  @Allowed(POST_POLICY.edit)
  @Mutation(() => Post, { description: "Its author within the grace period, or anyone who may edit any post (`viewerCan.edit`)." })
  async editPost(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EditPostInput) input: EditPostInput,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    const viewer = requireViewer(ctx.viewer);
    await admitEdit(ctx.em, viewer, input.body);
    return editPost(ctx.em, ctx.config, viewer, id, input);
  }

  @Allowed(POST_POLICY.follow)
  @Mutation(() => Post, { description: "Follows the post at level ALL (the viewer's own choice)." })
  async followPost(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Post> {
    return setFollowing(ctx.em, requireViewer(ctx.viewer), id, FollowLevel.ALL);
  }

  @Allowed(POST_POLICY.follow)
  @Mutation(() => Post, { description: "Mutes the post (level NONE): taking part in it later does not follow it again." })
  async unfollowPost(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Post> {
    return setFollowing(ctx.em, requireViewer(ctx.viewer), id, FollowLevel.NONE);
  }

  @Allowed(POST_POLICY.follow)
  @Mutation(() => Post, { description: "The viewer's own choice: ALL, STATUS (status changes and official updates) or NONE (muted)." })
  async setFollowLevel(
    @Arg("postId", () => ID) postId: string,
    @Arg("level", () => FollowLevel) level: FollowLevel,
    @Ctx() ctx: Context,
  ): Promise<Post> {
    return setFollowing(ctx.em, requireViewer(ctx.viewer), postId, level);
  }

  @FieldResolver(() => Board)
  async board(@Root() post: Post, @Ctx() ctx: Context): Promise<Board> {
    return (await ctx.loaders.board.load(post.board.id))!;
  }

  @FieldResolver(() => Member)
  async author(@Root() post: Post, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.member.load(post.author.id))!;
  }

  @FieldResolver(() => [Tag])
  tags(@Root() post: Post, @Ctx() ctx: Context): Promise<Tag[]> {
    return ctx.loaders.tagsOfPost.load(post.id);
  }

  @FieldResolver(() => Post, { nullable: true, description: "The post this one was merged into, if it is a duplicate." })
  async mergedInto(@Root() post: Post, @Ctx() ctx: Context): Promise<Post | null> {
    return post.mergedInto ? ctx.loaders.post.load(post.mergedInto.id) : null;
  }

  @FieldResolver(() => Boolean)
  viewerHasVoted(@Root() post: Post, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.viewerHasVoted.load(post.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer hears about this post (follows it at a level other than NONE)." })
  async viewerFollows(@Root() post: Post, @Ctx() ctx: Context): Promise<boolean> {
    const follow = await ctx.loaders.viewerFollow.load(post.id);
    return !!follow && follow.level !== FollowLevel.NONE;
  }

  @FieldResolver(() => Follow, { nullable: true, description: "How and why the viewer follows this post; null when they never did." })
  viewerFollow(@Root() post: Post, @Ctx() ctx: Context): Promise<Follow | null> {
    return ctx.loaders.viewerFollow.load(post.id);
  }

  @FieldResolver(() => Boolean, { deprecationReason: "Use viewerCan.edit." })
  viewerCanEdit(@Root() post: Post, @Ctx() ctx: Context): boolean {
    return canEditPost(ctx.viewer, post, ctx.config);
  }

  @FieldResolver(() => PostCapabilities, { description: "What the viewer may do with this post (the server's rules, so clients need not copy them)." })
  viewerCan(@Root() post: Post): PostCapabilities {
    return new PostCapabilities(post);
  }
}
