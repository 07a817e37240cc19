import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { ShownTo } from "../graphql/authorization.js";
import { Post } from "../posts/post.entity.js";
import { PostEvent } from "./post-event.entity.js";
import { TIMELINE_POLICY } from "./timeline.policy.js";

@Resolver(() => PostEvent)
export class TimelineResolver {
  @FieldResolver(() => Member, { nullable: true, description: "Who did it; null for tracker-driven changes." })
  async actor(@Root() event: PostEvent, @Ctx() ctx: Context): Promise<Member | null> {
    return event.actor ? ctx.loaders.member.load(event.actor.id) : null;
  }

  @FieldResolver(() => Post, { nullable: true, description: "The other post of a merge." })
  async relatedPost(@Root() event: PostEvent, @Ctx() ctx: Context): Promise<Post | null> {
    return event.relatedPost ? ctx.loaders.post.load(event.relatedPost.id) : null;
  }

  @ShownTo(TIMELINE_POLICY.seeInternalDetails)
  @FieldResolver(() => String, { nullable: true, description: "JSON with internal context such as tracker issue key, URL and state names." })
  internalDetails(@Root() event: PostEvent): string | null {
    if (!event.internalDetails) return null;
    return JSON.stringify(event.internalDetails);
  }
}

@Resolver(() => Post)
export class PostTimelineResolver {
  @FieldResolver(() => [PostEvent], { description: "What happened to the post, oldest first." })
  timeline(@Root() post: Post, @Ctx() ctx: Context): Promise<PostEvent[]> {
    return ctx.loaders.timelineOfPost.load(post.id);
  }
}
