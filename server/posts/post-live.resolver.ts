import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { createLoaders } from "../graphql/loaders.js";
import { isStaff } from "../members/role.js";
import { POST_CHANGED } from "../live/post-changes.js";
import { Post } from "./post.entity.js";

@Resolver()
export class PostLiveResolver {
  /** Anyone: the post as it is after each committed change (status, votes, comments, timeline). */
  @Subscription(() => Post, {
    topics: POST_CHANGED,
    filter: ({ payload, args }: { payload: string; args: { id: string } }) => payload === args.id,
  })
  async postChanged(@Root() postId: string, @Arg("id", () => ID) _id: string, @Ctx() ctx: Context): Promise<Post> {
    // A subscription's context lives as long as the subscription: give each event a fresh unit of
    // work and fresh loaders, or the second event would be answered from the first one's caches.
    ctx.em = ctx.em.fork({ clear: true });
    ctx.loaders = createLoaders(ctx.em, ctx.viewer?.id ?? null, !!ctx.viewer && isStaff(ctx.viewer.role));
    return ctx.em.findOneOrFail(Post, { id: postId });
  }
}
