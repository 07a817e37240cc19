import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed } from "../graphql/authorization.js";
import { CHANGELOG_POLICY } from "./changelog.policy.js";
import { markChangelogSeen, whatsNewCount } from "./whats-new.service.js";

/** The header's "What's new" badge. */
@Resolver()
export class WhatsNewResolver {
  /** Anyone. */
  @Query(() => Int, {
    description:
      "Published changelog entries since the reader last opened the changelog: the member's stored moment (markChangelogSeen), else `since` (a visitor's browser keeps it), else all.",
  })
  whatsNewCount(@Arg("since", () => Date, { nullable: true }) since: Date | null, @Ctx() ctx: Context): Promise<number> {
    return whatsNewCount(ctx.em, ctx.viewer, since ?? null);
  }

  @Allowed(CHANGELOG_POLICY.markSeen)
  @Mutation(() => Date, { description: "The viewer opened the changelog now: whatsNewCount counts from this moment. Answers it." })
  markChangelogSeen(@Ctx() ctx: Context): Promise<Date> {
    return markChangelogSeen(ctx.em, ctx.viewer!);
  }
}
