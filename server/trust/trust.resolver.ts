import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allowed, Capability, ShownTo } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { Member } from "../members/member.entity.js";
import { MEMBER_POLICY, canSeeHistory } from "../members/member.policy.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import { TrustLevelSettings, TrustPromotionRule } from "./trust.entity.js";
import { TRUST_POLICY, canSetTrustLevel } from "./trust.policy.js";
import { readTrustSettings, relatedAccounts, setTrustLevel, updateTrustSettings, type RelatedAccount } from "./trust.service.js";

@ObjectType({ description: "Trust levels' limits and how they are earned, and who may sign up." })
class TrustSettingsView {
  @Field(() => [TrustLevelSettings], { description: "Levels 0–4 in order." })
  levels!: TrustLevelSettings[];

  @Field(() => Int, { description: "New accounts one address may open in any 24 hours; 0: no limit." })
  accountsPerIpPerDay!: number;

  @Field(() => [String], { description: "Sign-up is refused for addresses at these domains and their subdomains." })
  blockedEmailDomains!: string[];

  @Field(() => [String], { description: "Providers many members share: a shared one does not make accounts related." })
  commonEmailDomains!: string[];
}

@InputType()
class TrustPromotionRuleInput implements TrustPromotionRule {
  @Field(() => Int)
  daysSinceJoined!: number;

  @Field(() => Int)
  daysVisited!: number;

  @Field(() => Int)
  postsRead!: number;

  @Field(() => Int)
  acceptedContributions!: number;
}

@InputType()
class TrustLevelSettingsInput implements TrustLevelSettings {
  @Field(() => Int)
  level!: number;

  @Field(() => Int)
  postsPerDay!: number;

  @Field(() => Int)
  commentsPerDay!: number;

  @Field(() => Int)
  secondsBetweenPosts!: number;

  @Field(() => Int)
  secondsBetweenComments!: number;

  @Field(() => Int)
  linksPerPost!: number;

  @Field(() => Int)
  votesPerDay!: number;

  @Field(() => TrustPromotionRuleInput, { nullable: true, description: "Required for levels 1 and 2; null for 0 and 4; null for 3 leaves it to staff." })
  promotion!: TrustPromotionRuleInput | null;
}

@InputType({ description: "Only the fields given change." })
class TrustSettingsInput {
  @Field(() => [TrustLevelSettingsInput], { nullable: true, description: "All five levels, 0 to 4, in order." })
  levels?: TrustLevelSettingsInput[] | null;

  @Field(() => Int, { nullable: true })
  accountsPerIpPerDay?: number | null;

  @Field(() => [String], { nullable: true })
  blockedEmailDomains?: string[] | null;

  @Field(() => [String], { nullable: true })
  commonEmailDomains?: string[] | null;
}

@ArgsType()
class SetTrustLevelArgs {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: "0–4." })
  level!: number;

  @Field(() => String, { description: "Why: shown to the member with their level, and in the audit log." })
  @CharacterCount(LIMITS.sanctionReason)
  reason!: string;

  @Field(() => Boolean, { defaultValue: true, description: "Keep the level: rules no longer change it (false: they may raise it again from here)." })
  keep!: boolean;
}

@ObjectType({ description: "Where a member's trust level comes from." })
class TrustLevelOrigin {
  @Field(() => Date, { nullable: true, description: "Since when; null: level 0 since joining." })
  since!: Date | null;

  @Field(() => Boolean, { description: "Staff chose it (`setBy`, `reason`). False: earned by the level's rule, or level 0 since joining." })
  setByStaff!: boolean;

  @Field(() => Boolean, { description: "Staff keep it where it is: rules no longer change it." })
  kept!: boolean;

  @Field(() => Member, { nullable: true, description: "The staff member who chose it (null when earned, or that account was deleted)." })
  setBy!: Member | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: "Another account that may be the same person: a hint for staff, not proof." })
class RelatedAccountView implements RelatedAccount {
  @Field(() => Member)
  member!: Member;

  @Field(() => Boolean, { description: "Opened from the same address." })
  sameSignUpIp!: boolean;

  @Field(() => Boolean, { description: "An address at the same domain (shared providers such as gmail.com left out)." })
  sameEmailDomain!: boolean;
}

@Resolver()
export class TrustResolver {
  @Allowed(TRUST_POLICY.settings)
  @Query(() => TrustSettingsView)
  trustSettings(@Ctx() ctx: Context): Promise<TrustSettingsView> {
    return readTrustSettings(ctx.em);
  }

  @Allowed(TRUST_POLICY.settings)
  @Mutation(() => TrustSettingsView, { description: "Numbers out of range are BAD_USER_INPUT naming the field (`levels.0.postsPerDay`)." })
  updateTrustSettings(@Arg("input", () => TrustSettingsInput) input: TrustSettingsInput, @Ctx() ctx: Context): Promise<TrustSettingsView> {
    return updateTrustSettings(ctx.em, input);
  }

  @Allowed(TRUST_POLICY.setLevel)
  @Mutation(() => Member, { description: "Sets the level, kept from rules unless `keep: false`; audited. Only an ADMIN sets staff's (FORBIDDEN)." })
  setTrustLevel(@Args(() => SetTrustLevelArgs) args: SetTrustLevelArgs, @Ctx() ctx: Context): Promise<Member> {
    return setTrustLevel(ctx.em, ctx.viewer!, args.memberId, args.level, args.reason, args.keep);
  }
}

@Resolver(() => Member)
export class MemberTrustResolver {
  @FieldResolver(() => Int, { nullable: true, description: "0 new, 1 basic, 2 member, 3 regular, 4 leader: the member themselves and staff (null for others)." })
  trustLevel(@Root() member: Member, @Ctx() ctx: Context): number | null {
    return canSeeHistory(ctx.viewer, member) ? member.trustLevel : null;
  }

  @FieldResolver(() => TrustLevelOrigin, { nullable: true, description: "Why the member has their level: the member themselves and staff (null for others)." })
  async trustLevelOrigin(@Root() member: Member, @Ctx() ctx: Context): Promise<TrustLevelOrigin | null> {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    const setBy = member.trustLevelSetBy && (await ctx.loaders.member.load(member.trustLevelSetBy.id));
    return { since: member.trustLevelSince, setByStaff: member.trustLevelReason !== null, kept: member.trustLevelLocked, setBy: setBy ?? null, reason: member.trustLevelReason };
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may set this member's trust level." })
  viewerCanSetTrustLevel(@Root() member: Member, @Ctx() ctx: Context): boolean {
    return canSetTrustLevel(ctx.viewer, member);
  }

  @ShownTo(MEMBER_POLICY.viewMembers)
  @FieldResolver(() => [RelatedAccountView], { nullable: true, description: "Accounts opened from the same address or at the same e-mail domain, newest first (at most 50)." })
  relatedAccounts(@Root() member: Member, @Ctx() ctx: Context): Promise<RelatedAccountView[]> {
    return relatedAccounts(ctx.em, member);
  }

  @ShownTo(TRUST_POLICY.seeSignUpIp)
  @FieldResolver(() => String, { nullable: true, description: "The address the account was opened from (null before it was recorded)." })
  signUpIp(@Root() member: Member): string | null {
    return member.signUpIp;
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerTrustCapabilitiesResolver {
  @Capability(TRUST_POLICY.settings)
  editTrustSettings(@Ctx() ctx: Context): boolean {
    return allows(TRUST_POLICY.settings, ctx.viewer);
  }
}
