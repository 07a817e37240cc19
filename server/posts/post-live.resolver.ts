import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { createLoaders } from "../graphql/loaders.js";
import { POST_CHANGED } from "../live/post-changes.js";
import { Post } from "./post.entity.js";
import { visiblePosts } from "./post.policy.js";

interface PostChange {
  payload: string;
  args: { id: string };
  context: Context;
}

@Resolver()
export class PostLiveResolver {
  /**
   * Anyone: the post as it is after each committed change (status, votes, comments, timeline). A
   * post the viewer may not see (`visiblePosts`, judged at each change) sends nothing, as a missing one.
   */
  @Subscription(() => Post, {
    topics: POST_CHANGED,
    filter: async ({ payload, args, context }: PostChange) =>
      payload === args.id && (await context.em.fork().count(Post, { $and: [{ id: payload }, visiblePosts(context.viewer)] })) > 0,
  })
  async postChanged(@Root() postId: string, @Arg("id", () => ID) _id: string, @Ctx() ctx: Context): Promise<Post> {
    // A subscription's context lives as long as the subscription: give each event a fresh unit of
    // work and fresh loaders, or the second event would be answered from the first one's caches.
    ctx.em = ctx.em.fork({ clear: true });
    ctx.loaders = createLoaders(ctx.em, ctx.viewer);
    return ctx.em.findOneOrFail(Post, { id: postId });
  }
}
