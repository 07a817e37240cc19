import { Ctx, ObjectType, Resolver, Root } from "type-graphql";
import { Capability } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { allows } from "../members/permission.js";
import type { Post } from "./post.entity.js";
import { POST_POLICY, canEditPost } from "./post.policy.js";

/**
 * What the viewer may do with one post (`Post.viewerCan`), so clients never copy the rules. Each
 * feature adds the fields for its own operations (votes, comments, triage, trackers). They say what
 * the viewer's role and relation to the post allow; a mutation may still refuse for the post's
 * state (CONFLICT for a merged post, say). Computed from loaded rows: no query per post.
 */
@ObjectType()
export class PostCapabilities {
  constructor(readonly post: Post) {}
}

@Resolver(() => PostCapabilities)
export class PostCapabilitiesResolver {
  @Capability(POST_POLICY.editAny, "Whether the viewer may edit this post now: its author within the grace period, or anyone who may edit any post.")
  edit(@Root() { post }: PostCapabilities, @Ctx() ctx: Context): boolean {
    return canEditPost(ctx.viewer, post, ctx.config);
  }

  @Capability(POST_POLICY.follow)
  follow(@Ctx() ctx: Context): boolean {
    return allows(POST_POLICY.follow, ctx.viewer);
  }
}
