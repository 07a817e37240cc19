import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { LIMITS } from "../shared/input-rules.js";
import { renderMarkdownWithSections, sectionsOf } from "../shared/markdown.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { MODERATION_POLICY } from "./moderation.policy.js";
import { NetiquetteVersion } from "./netiquette.entity.js";
import { acceptNetiquette, currentNetiquette, netiquetteHistory, publishNetiquette } from "./netiquette.service.js";

/** A version number as arguments take it: 1 up to PostgreSQL's integer. */
export const VersionNumber = () => InRange(1, 2_147_483_647);

@ObjectType({ description: "A clause of the netiquette: a `##` heading, which a warning can cite." })
class NetiquetteClause {
  @Field(() => String, { description: "Made from the heading's words (`## 1. Be kind` → `be-kind`); the heading's id in `bodyHtml` is `section-` and the anchor." })
  anchor!: string;

  @Field(() => String, { description: "The heading's words." })
  title!: string;
}

@ArgsType()
class PublishNetiquetteArgs {
  @Field(() => String, { description: "The whole guidelines as markdown; each `##` heading is a clause." })
  @CharacterCount(LIMITS.netiquetteBody)
  body!: string;

  @Field(() => Boolean, { description: "Everyone accepts it again before they next post or comment (the first version always is)." })
  material!: boolean;
}

@ArgsType()
class AcceptNetiquetteArgs {
  @Field(() => Int, { description: "The version read: accepting one that is no longer current is CONFLICT NETIQUETTE_NOT_CURRENT." })
  @VersionNumber()
  version!: number;
}

@Resolver(() => NetiquetteVersion)
export class NetiquetteResolver {
  @Query(() => NetiquetteVersion, { nullable: true, description: "The netiquette in force (the latest version); null until an ADMIN publishes one." })
  netiquette(@Ctx() ctx: Context): Promise<NetiquetteVersion | null> {
    return currentNetiquette(ctx.em);
  }

  @Allowed(MODERATION_POLICY.writeNetiquette)
  @Query(() => [NetiquetteVersion], { description: "Every version published, newest first." })
  netiquetteVersions(@Ctx() ctx: Context): Promise<NetiquetteVersion[]> {
    return netiquetteHistory(ctx.em);
  }

  @Allowed(MODERATION_POLICY.writeNetiquette)
  @Mutation(() => NetiquetteVersion, { description: "Publishes the next version; a material one asks every member to accept it again before they next post or comment." })
  publishNetiquette(@Args(() => PublishNetiquetteArgs) args: PublishNetiquetteArgs, @Ctx() ctx: Context): Promise<NetiquetteVersion> {
    return publishNetiquette(ctx.em, ctx.viewer!, args);
  }

  @Allowed(MODERATION_POLICY.acceptNetiquette)
  @Mutation(() => Member, { description: "Records that the viewer accepted this version (again: nothing changes); returns the viewer, with nothing due." })
  async acceptNetiquette(@Args(() => AcceptNetiquetteArgs) args: AcceptNetiquetteArgs, @Ctx() ctx: Context): Promise<Member> {
    await acceptNetiquette(ctx.em, ctx.viewer!, args.version);
    ctx.netiquetteDue = null;
    return ctx.viewer!;
  }

  @FieldResolver(() => String, { description: "The body as safe HTML, each clause's heading with the id `section-` and its anchor." })
  bodyHtml(@Root() version: NetiquetteVersion): string {
    return renderMarkdownWithSections(version.body);
  }

  @FieldResolver(() => [NetiquetteClause], { description: "The `##` headings, in order." })
  clauses(@Root() version: NetiquetteVersion): NetiquetteClause[] {
    return sectionsOf(version.body);
  }

  @ShownTo(MODERATION_POLICY.writeNetiquette)
  @FieldResolver(() => Member, { nullable: true, description: "Null when that account was deleted." })
  publishedBy(@Root() version: NetiquetteVersion, @Ctx() ctx: Context): Promise<Member | null> | null {
    return version.publishedBy && ctx.loaders.member.load(version.publishedBy.id);
  }
}

@Resolver(() => Member)
export class MemberNetiquetteResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: "The netiquette version the member must accept before they next post or comment (it changed materially since they last did): the member themselves; null for others and when none is due.",
  })
  netiquetteDue(@Root() member: Member, @Ctx() ctx: Context): number | null {
    return member.id === ctx.viewer?.id ? ctx.netiquetteDue : null;
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerNetiquetteCapabilitiesResolver {
  @Capability(MODERATION_POLICY.writeNetiquette)
  writeNetiquette(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.writeNetiquette, ctx.viewer);
  }
}
