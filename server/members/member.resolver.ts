import { IsEmail, IsOptional } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { searchMembers } from "./member-directory.service.js";
import { requireHttp, type Context } from "../graphql/context.js";
import { notFound } from "../shared/errors.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { ApiToken } from "./api-token.entity.js";
import {
  SESSION_COOKIE,
  createApiToken,
  revokeApiToken,
  restrictionAtSignIn,
  revokeSession,
  signUp,
  startSession,
  normalizeEmail,
  verifyCredentials,
} from "./auth.service.js";
import { Member } from "./member.entity.js";
import { Language } from "./language.js";
import { setRole } from "./member.service.js";
import { Allowed } from "../graphql/authorization.js";
import { MEMBER_POLICY, canSeeEmail, canSeeHistory, requireViewer } from "./member.policy.js";
import { requirePermission } from "./permission.js";
import { Role, isStaff } from "./role.js";
import { ViewerCapabilities } from "./viewer-capabilities.js";
import { restrictionError } from "../moderation/restriction.js";
import { SuspendedMayCall } from "../graphql/authorization.js";
import { netiquetteDue } from "../moderation/netiquette.service.js";
import { VersionNumber } from "../moderation/netiquette.resolver.js";

@InputType()
class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: "email must be a valid email address" })
  @CharacterCount(LIMITS.email)
  email!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.password)
  password!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.displayName)
  displayName!: string;

  @Field(() => Language, { nullable: true, description: "The language of the member's mails; English when not given." })
  @IsOptional()
  language?: Language | null;

  @Field(() => Int, {
    nullable: true,
    description: "The netiquette version the member read and accepts: required once there is a netiquette (BAD_USER_INPUT), the current one (CONFLICT NETIQUETTE_NOT_CURRENT).",
  })
  @IsOptional()
  @VersionNumber()
  netiquetteVersion?: number | null;
}

@InputType()
class LogInInput {
  @Field(() => String)
  @CharacterCount(LIMITS.email)
  email!: string;

  @Field(() => String)
  @CharacterCount({ max: LIMITS.password.max })
  password!: string;
}

@InputType()
class UpdateProfileInput {
  @Field(() => String)
  @CharacterCount(LIMITS.displayName)
  displayName!: string;

  @Field(() => Language, { nullable: true, description: "The language of the member's mails; unchanged when not given." })
  @IsOptional()
  language?: Language | null;
}

@InputType()
class CreateApiTokenInput {
  @Field(() => String, { description: "What the token is for, e.g. 'weekly report script'." })
  @CharacterCount(LIMITS.apiTokenName)
  name!: string;
}

@ObjectType({ description: "The token's secret is shown once, here, and never again." })
class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field(() => String)
  secret!: string;
}

/** Starts a session, sets its cookie, and makes the rest of this response see the member as the viewer. */
async function signIn(ctx: Context, member: Member) {
  ctx.restriction = await restrictionAtSignIn(ctx.em, member);
  ctx.netiquetteDue = await netiquetteDue(ctx.em, member.id);
  const session = await startSession(ctx.em, ctx.config, member);
  requireHttp(ctx).res.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.production,
    expires: session.expiresAt,
    path: "/",
  });
  ctx.viewer = member;
}

@ObjectType({ description: "What a member has done in the community (the member and staff)." })
class MemberActivityView {
  @Field(() => Int)
  posts!: number;

  @Field(() => Int)
  comments!: number;

  @Field(() => Int)
  votes!: number;
}

@ArgsType()
class MembersArgs {
  @Field(() => String, { nullable: true, description: "Part of the display name or e-mail." })
  @IsOptional()
  @CharacterCount(LIMITS.memberSearch)
  search?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @InRange(1, 100)
  first!: number;
}

@Resolver(() => Member)
export class MemberResolver {
  @Allowed(MEMBER_POLICY.viewMembers)
  @Query(() => [Member])
  members(@Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: Context): Promise<Member[]> {
    return searchMembers(ctx.em, args.search, args.first);
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Query(() => Member, { nullable: true, description: "One member with their history: the member themselves, or anyone who may see members (moderation)." })
  member(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Member | null> {
    if (requireViewer(ctx.viewer).id !== id) requirePermission(ctx.viewer, MEMBER_POLICY.viewMembers);
    return ctx.loaders.member.load(id);
  }

  @FieldResolver(() => MemberActivityView, { nullable: true, description: "The member and staff (null for others). The lists below hold the same rows." })
  activity(@Root() member: Member, @Ctx() ctx: Context): Promise<MemberActivityView> | null {
    if (!canSeeHistory(ctx.viewer, member)) return null;
    return ctx.loaders.memberActivity.load(member.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the member is staff (sees internal notes; shown as a team badge)." })
  staff(@Root() member: Member): boolean {
    return isStaff(member.role);
  }

  @FieldResolver(() => ViewerCapabilities, { nullable: true, description: "What the member may do across the app; only on the viewer themselves (`me.can`), null on others." })
  can(@Root() member: Member, @Ctx() ctx: Context): ViewerCapabilities | null {
    return ctx.viewer?.id === member.id ? new ViewerCapabilities(member) : null;
  }

  @Query(() => Member, { nullable: true, description: "The signed-in member, or null. A suspended member's session is FORBIDDEN with reason SUSPENDED, `until` and `explanation`." })
  me(@Ctx() ctx: Context): Member | null {
    if (!ctx.viewer && ctx.restriction) throw restrictionError(ctx.restriction);
    return ctx.viewer;
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Query(() => [ApiToken], { description: "The viewer's API tokens." })
  async myApiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.em.find(ApiToken, { member: viewer, revokedAt: null }, { orderBy: { createdAt: "desc" } });
  }

  @FieldResolver(() => String, { nullable: true, description: "Visible to the member themselves and to staff; null otherwise." })
  email(@Root() member: Member, @Ctx() ctx: Context): string | null {
    return canSeeEmail(ctx.viewer, member) ? member.email : null;
  }

  /** Anyone. Login rate limit by IP, since there is no member yet; new accounts per address and blocked domains by the trust settings. */
  @Mutation(() => Member)
  async signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<Member> {
    const ip = requireHttp(ctx).req.ip ?? null;
    await ctx.rateLimits.consume("login", ip ?? "unknown");
    const member = await signUp(ctx.em, ctx, input, ip);
    await signIn(ctx, member);
    return member;
  }

  /**
   * Anyone. Login rate limit by IP, plus a growing delay per account after failed attempts (from
   * any address). A new session id every time; any previous one is revoked.
   */
  @SuspendedMayCall()
  @Mutation(() => Member)
  async logIn(@Arg("input", () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<Member> {
    await ctx.rateLimits.consume("login", requireHttp(ctx).req.ip ?? "unknown");
    const account = normalizeEmail(input.email);
    await ctx.rateLimits.checkLoginDelay(account);
    const member = await verifyCredentials(ctx.em, account, input.password).catch(async (error: unknown) => {
      await ctx.rateLimits.loginFailed(account);
      throw error;
    });
    await ctx.rateLimits.loginSucceeded(account);
    const previous = requireHttp(ctx).req.cookies?.[SESSION_COOKIE];
    if (previous) await revokeSession(ctx.em, previous);
    await signIn(ctx, member);
    return member;
  }

  /** Anyone; revokes the current session server-side. */
  @SuspendedMayCall()
  @Mutation(() => Boolean)
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    const token = requireHttp(ctx).req.cookies?.[SESSION_COOKIE];
    if (token) await revokeSession(ctx.em, token);
    requireHttp(ctx).res.clearCookie(SESSION_COOKIE, { path: "/" });
    return true;
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => Member)
  async updateProfile(@Arg("input", () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<Member> {
    const viewer = requireViewer(ctx.viewer);
    viewer.displayName = input.displayName;
    if (input.language) viewer.language = input.language;
    await ctx.em.flush();
    return viewer;
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => CreatedApiToken)
  async createApiToken(@Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    const viewer = requireViewer(ctx.viewer);
    return createApiToken(ctx.em, viewer, input.name);
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => Boolean, { description: "Only the viewer's own tokens (NOT_FOUND for others)." })
  async revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    if (!(await revokeApiToken(ctx.em, viewer, id))) throw notFound("API token");
    return true;
  }

  /** Never leaves the community without an ADMIN. */
  @Allowed(MEMBER_POLICY.setRole)
  @Mutation(() => Member)
  async setMemberRole(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("role", () => Role) role: Role,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    return setRole(ctx.em, memberId, role);
  }
}
