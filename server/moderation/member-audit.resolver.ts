import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ShownTo } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { InRange } from "../shared/validation.js";
import { AuditEntry } from "./audit-entry.entity.js";
import { latestAuditEntries } from "./audit.js";
import { MODERATION_POLICY } from "./moderation.policy.js";

@ArgsType()
class StaffActionsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, 100)
  first!: number;
}

/** The audit log's part about one member, in their history: who on the team did what to them, and why. */
@Resolver(() => Member)
export class MemberAuditResolver {
  @ShownTo(MODERATION_POLICY.staffNotes)
  @FieldResolver(() => [AuditEntry], { nullable: true, description: "Staff actions concerning the member, newest first." })
  staffActions(@Root() member: Member, @Args(() => StaffActionsArgs) args: StaffActionsArgs, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return latestAuditEntries(ctx.em, { targetMember: member.id }, args.first);
  }
}
