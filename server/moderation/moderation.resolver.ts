import { IsOptional } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import { PageInfo, decodeCursor, pageInfo } from "../graphql/pagination.js";
import { Member } from "../members/member.entity.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { AuditAction, AuditEntry } from "./audit-entry.entity.js";
import { auditPage } from "./audit.js";
import { MODERATION_POLICY, canSanction, canSeeSanctionOf } from "./moderation.policy.js";
import { Sanction, SanctionKind, restrictsNow } from "./sanction.entity.js";
import { liftSanction, sanctionMember, setStaffNote } from "./sanction.service.js";
import { StaffNote } from "./staff-note.entity.js";
import { activeRestriction } from "./restriction.js";

@ArgsType()
class WarnMemberArgs {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { nullable: true, description: "The anchor of the current netiquette's clause the warning cites (BAD_USER_INPUT UNKNOWN_CLAUSE if it has none such)." })
  @IsOptional()
  @CharacterCount(LIMITS.clause)
  clause?: string | null;

  @Field(() => String, { description: "What the member is told, by mail and on their screen." })
  @CharacterCount(LIMITS.sanctionReason)
  message!: string;
}

@ArgsType()
class SilenceMemberArgs {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Date, { description: "When the silence ends by itself (in the future)." })
  until!: Date;

  @Field(() => String)
  @CharacterCount(LIMITS.sanctionReason)
  reason!: string;
}

@ArgsType()
class SuspendMemberArgs {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Date, { nullable: true, description: "When the suspension ends by itself (in the future); null suspends for good." })
  until?: Date | null;

  @Field(() => String)
  @CharacterCount(LIMITS.sanctionReason)
  reason!: string;
}

@ArgsType()
class LiftSanctionArgs {
  @Field(() => ID)
  sanctionId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.sanctionReason)
  reason?: string | null;
}

@ArgsType()
class StaffNoteArgs {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: "The whole note; empty removes it." })
  @CharacterCount(LIMITS.staffNote)
  note!: string;
}

@InputType()
class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Actions by this staff member." })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: "Actions concerning this member." })
  targetMember?: string | null;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction | null;

  @Field(() => Date, { nullable: true, description: "From this moment (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this moment." })
  to?: Date | null;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  @InRange(1, 100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
class AuditEntryConnection {
  @Field(() => [AuditEntry])
  nodes!: AuditEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@Resolver()
export class ModerationResolver {
  @Allowed(MODERATION_POLICY.sanction)
  @Mutation(() => Sanction, { description: "Records a warning and mails it to the member. Only an ADMIN warns staff; nobody warns an ADMIN (FORBIDDEN)." })
  warnMember(@Args(() => WarnMemberArgs) args: WarnMemberArgs, @Ctx() ctx: Context): Promise<Sanction> {
    return sanctionMember(ctx.em, ctx, ctx.viewer!, { memberId: args.memberId, kind: SanctionKind.WARN, reason: args.message, clause: args.clause, endsAt: null });
  }

  @Allowed(MODERATION_POLICY.sanction)
  @Mutation(() => Sanction, { description: "Until `until` the member reads, votes and follows but writes no posts or comments; mailed to them." })
  silenceMember(@Args(() => SilenceMemberArgs) args: SilenceMemberArgs, @Ctx() ctx: Context): Promise<Sanction> {
    return sanctionMember(ctx.em, ctx, ctx.viewer!, { memberId: args.memberId, kind: SanctionKind.SILENCE, reason: args.reason, endsAt: args.until });
  }

  @Allowed(MODERATION_POLICY.sanction)
  @Mutation(() => Sanction, { description: "Their sessions and API tokens stop working at once, until `until` (or for good); mailed to them." })
  suspendMember(@Args(() => SuspendMemberArgs) args: SuspendMemberArgs, @Ctx() ctx: Context): Promise<Sanction> {
    return sanctionMember(ctx.em, ctx, ctx.viewer!, { memberId: args.memberId, kind: SanctionKind.SUSPEND, reason: args.reason, endsAt: args.until ?? null });
  }

  @Allowed(MODERATION_POLICY.sanction)
  @Mutation(() => Sanction, { description: "Ends a silence or suspension now (CONFLICT SANCTION_NOT_ACTIVE when it is not in force)." })
  liftSanction(@Args(() => LiftSanctionArgs) args: LiftSanctionArgs, @Ctx() ctx: Context): Promise<Sanction> {
    return liftSanction(ctx.em, ctx.viewer!, args.sanctionId, args.reason ?? null);
  }

  @Allowed(MODERATION_POLICY.staffNotes)
  @Mutation(() => Member)
  setMemberStaffNote(@Args(() => StaffNoteArgs) args: StaffNoteArgs, @Ctx() ctx: Context): Promise<Member> {
    return setStaffNote(ctx.em, ctx.viewer!, args.memberId, args.note);
  }

  @Allowed(MODERATION_POLICY.auditLog)
  @Query(() => AuditEntryConnection, { description: "Every staff action, newest first." })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    const offset = decodeCursor(args.after);
    const { entries, totalCount } = await auditPage(ctx.em, args.filter ?? {}, offset, args.first);
    return { nodes: entries, pageInfo: pageInfo(offset, entries.length, totalCount), totalCount };
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => Member, { nullable: true, description: "Null when that account was deleted." })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Member | null> | null {
    return entry.actor && ctx.loaders.member.load(entry.actor.id);
  }

  @FieldResolver(() => Member, { nullable: true })
  targetMember(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Member | null> | null {
    return entry.targetMember && ctx.loaders.member.load(entry.targetMember.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "What the target was before, as JSON." })
  before(@Root() entry: AuditEntry): string | null {
    return entry.before && JSON.stringify(entry.before);
  }

  @FieldResolver(() => String, { nullable: true, description: "What the target is after, as JSON." })
  after(@Root() entry: AuditEntry): string | null {
    return entry.after && JSON.stringify(entry.after);
  }
}

@Resolver(() => Sanction)
export class SanctionResolver {
  @FieldResolver(() => Boolean, { description: "In force now: started, not ended, not lifted." })
  active(@Root() sanction: Sanction): boolean {
    return restrictsNow(sanction);
  }

  @ShownTo(MODERATION_POLICY.staffNotes)
  @FieldResolver(() => Member, { nullable: true, description: "Who gave it (not shown to the sanctioned member)." })
  actor(@Root() sanction: Sanction, @Ctx() ctx: Context): Promise<Member | null> | null {
    return sanction.actor && ctx.loaders.member.load(sanction.actor.id);
  }
}

@Resolver(() => Member)
export class MemberModerationResolver {
  @ShownTo(MODERATION_POLICY.staffNotes)
  @FieldResolver(() => [Sanction], { nullable: true, description: "Every warning, silence and suspension, newest first." })
  sanctions(@Root() member: Member, @Ctx() ctx: Context): Promise<Sanction[]> {
    return ctx.em.find(Sanction, { member }, { orderBy: { createdAt: "desc", id: "desc" } });
  }

  @ShownTo(MODERATION_POLICY.staffNotes)
  @FieldResolver(() => String, { nullable: true, description: "The private note staff keep on the member (empty when there is none)." })
  async staffNote(@Root() member: Member, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.em.findOne(StaffNote, { member }))?.body ?? "";
  }

  @FieldResolver(() => Sanction, { nullable: true, description: "The silence or suspension in force: the member themselves and staff (null for others, and when there is none)." })
  async activeSanction(@Root() member: Member, @Ctx() ctx: Context): Promise<Sanction | null> {
    if (!canSeeSanctionOf(ctx.viewer, member)) return null;
    // The viewer's own was read with their session already.
    const restriction = member.id === ctx.viewer?.id ? ctx.restriction : await activeRestriction(ctx.em, member.id);
    return restriction && ctx.em.findOneOrFail(Sanction, { id: restriction.sanctionId });
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may warn, silence or suspend this member (and lift their sanctions)." })
  viewerCanSanction(@Root() member: Member, @Ctx() ctx: Context): boolean {
    return canSanction(ctx.viewer, member);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerModerationCapabilitiesResolver {
  @Capability(MODERATION_POLICY.auditLog)
  readAuditLog(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.auditLog, ctx.viewer);
  }

  @Capability(MODERATION_POLICY.sanction)
  sanctionMembers(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.sanction, ctx.viewer);
  }
}
