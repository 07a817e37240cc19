import { Ctx, ObjectType, Resolver } from "type-graphql";
import { Capability } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import type { Member } from "./member.entity.js";
import { MEMBER_POLICY } from "./member.policy.js";
import { allows } from "./permission.js";

/**
 * What the signed-in member may do across the app (`me.can`): which pages and controls to offer.
 * Each feature adds the fields for its own operations.
 */
@ObjectType()
export class ViewerCapabilities {
  constructor(readonly viewer: Member) {}
}

@Resolver(() => ViewerCapabilities)
export class ViewerMemberCapabilitiesResolver {
  @Capability(MEMBER_POLICY.viewMembers)
  viewMembers(@Ctx() ctx: Context): boolean {
    return allows(MEMBER_POLICY.viewMembers, ctx.viewer);
  }

  @Capability(MEMBER_POLICY.setRole)
  setRoles(@Ctx() ctx: Context): boolean {
    return allows(MEMBER_POLICY.setRole, ctx.viewer);
  }
}
