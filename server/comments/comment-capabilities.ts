import { Ctx, ObjectType, Resolver, Root } from "type-graphql";
import { Capability } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { allows } from "../members/permission.js";
import { PostCapabilities } from "../posts/post-capabilities.js";
import type { Comment } from "./comment.entity.js";
import { COMMENT_POLICY, canDeleteComment, canEditComment } from "./comment.policy.js";

/** What the viewer may do with one comment (`Comment.viewerCan`). */
@ObjectType()
export class CommentCapabilities {
  constructor(readonly comment: Comment) {}
}

@Resolver(() => CommentCapabilities)
export class CommentCapabilitiesResolver {
  @Capability(COMMENT_POLICY.comment, "Whether the viewer may reword this comment: its author, while it is not deleted.")
  edit(@Root() { comment }: CommentCapabilities, @Ctx() ctx: Context): boolean {
    return canEditComment(ctx.viewer, comment);
  }

  @Capability(COMMENT_POLICY.deleteOwn, "Whether the viewer may delete this comment: its author, or anyone who may delete any comment.")
  delete(@Root() { comment }: CommentCapabilities, @Ctx() ctx: Context): boolean {
    return canDeleteComment(ctx.viewer, comment);
  }
}

/** `Post.viewerCan` for commenting. */
@Resolver(() => PostCapabilities)
export class PostCommentCapabilitiesResolver {
  @Capability(COMMENT_POLICY.comment, "Whether the viewer may comment on this post.")
  comment(@Ctx() ctx: Context): boolean {
    return allows(COMMENT_POLICY.comment, ctx.viewer);
  }

  @Capability(COMMENT_POLICY.writeInternal, "Whether the viewer may add internal notes (staff only) to this post.")
  writeInternalNote(@Ctx() ctx: Context): boolean {
    return allows(COMMENT_POLICY.writeInternal, ctx.viewer);
  }
}
