import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { Allowed } from "../graphql/authorization.js";
import { requireViewer } from "../members/member.policy.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import { Comment } from "./comment.entity.js";
import { CommentCapabilities } from "./comment-capabilities.js";
import { COMMENT_POLICY, canEditComment, canReadHiddenText } from "./comment.policy.js";
import { renderMarkdown } from "../shared/markdown.js";
import { addComment, deleteComment, editComment } from "./comment.service.js";
import { admitContribution, admitEdit } from "../trust/trust.service.js";

@InputType()
class AddCommentInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.comment)
  body!: string;

  @Field(() => ID, { nullable: true, description: "Reply to this comment." })
  parentId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Staff-only note (see `Post.viewerCan.writeInternalNote`)." })
  internal!: boolean;
}

@InputType()
class EditCommentInput {
  @Field(() => String)
  @CharacterCount(LIMITS.comment)
  body!: string;
}

@Resolver(() => Comment)
export class CommentResolver {
  /** Comment rate limit, and the trust level's limits. Internal notes: `COMMENT_POLICY.writeInternal`. */
  @Allowed(COMMENT_POLICY.comment)
  @Mutation(() => Comment)
  async addComment(@Arg("input", () => AddCommentInput) input: AddCommentInput, @Ctx() ctx: Context): Promise<Comment> {
    const viewer = requireViewer(ctx.viewer);
    await admitContribution(ctx.em, ctx.rateLimits, viewer, "comment", input.body);
    return addComment(ctx.em, ctx.queue, viewer, input);
  }

  /** Comment rate limit. */
  @Allowed(COMMENT_POLICY.comment)
  @Mutation(() => Comment, { description: "The comment's author (`viewerCan.edit`)." })
  async editComment(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EditCommentInput) input: EditCommentInput,
    @Ctx() ctx: Context,
  ): Promise<Comment> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.rateLimits.consume("comment", viewer.id);
    await admitEdit(ctx.em, viewer, input.body);
    return editComment(ctx.em, viewer, id, input.body);
  }

  @Allowed(COMMENT_POLICY.deleteOwn)
  @Mutation(() => Comment, { description: "The comment's author, or anyone who may delete any comment (`viewerCan.delete`)." })
  async deleteComment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Comment> {
    return deleteComment(ctx.em, requireViewer(ctx.viewer), id);
  }

  // A hidden comment keeps its place in every read (threads, histories, the queue); only its text is held back.
  @FieldResolver(() => String, { description: "Markdown; empty once the comment was deleted, and while it is hidden for everyone but its author and staff." })
  body(@Root() comment: Comment, @Ctx() ctx: Context): string {
    return canReadHiddenText(ctx.viewer, comment) ? comment.body : "";
  }

  @FieldResolver(() => String, { description: "`body` as sanitized HTML, rendered on the server; show this, not the Markdown." })
  bodyHtml(@Root() comment: Comment, @Ctx() ctx: Context): string {
    return canReadHiddenText(ctx.viewer, comment) ? renderMarkdown(comment.body) : "";
  }

  @FieldResolver(() => Member)
  async author(@Root() comment: Comment, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.member.load(comment.author.id))!;
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() comment: Comment): string | null {
    return comment.parent?.id ?? null;
  }

  @FieldResolver(() => ID)
  postId(@Root() comment: Comment): string {
    return comment.post.id;
  }

  @FieldResolver(() => Post, { description: "The post the comment is on." })
  async post(@Root() comment: Comment, @Ctx() ctx: Context): Promise<Post> {
    return (await ctx.loaders.post.load(comment.post.id))!;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit this comment now (the server's rule, so clients need not copy it).", deprecationReason: "Use viewerCan.edit." })
  viewerCanEdit(@Root() comment: Comment, @Ctx() ctx: Context): boolean {
    return canEditComment(ctx.viewer, comment);
  }

  @FieldResolver(() => CommentCapabilities, { description: "What the viewer may do with this comment." })
  viewerCan(@Root() comment: Comment): CommentCapabilities {
    return new CommentCapabilities(comment);
  }
}

@Resolver(() => Post)
export class PostCommentsResolver {
  @FieldResolver(() => [Comment], { description: "Oldest first; threads via `parentId`. INTERNAL notes only for staff." })
  comments(@Root() post: Post, @Ctx() ctx: Context): Promise<Comment[]> {
    return ctx.loaders.commentsOfPost.load(post.id);
  }
}
