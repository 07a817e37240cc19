import { IsEmail } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { requireHttp, type Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { CharacterCount } from "../shared/validation.js";
import { ApiToken } from "./api-token.entity.js";
import {
  SESSION_COOKIE,
  createApiToken,
  revokeApiToken,
  revokeSession,
  signUp,
  startSession,
  verifyCredentials,
} from "./auth.service.js";
import { Member } from "./member.entity.js";
import { setRole } from "./member.service.js";
import { MEMBER_PERMISSIONS, canSeeEmail, requireRole, requireViewer } from "./member.policy.js";
import { Role } from "./role.js";

@InputType()
class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: "email must be a valid email address" })
  @CharacterCount({ max: 254 })
  email!: string;

  @Field(() => String)
  @CharacterCount({ min: 10, max: 200 })
  password!: string;

  @Field(() => String)
  @CharacterCount({ min: 1, max: 80 })
  displayName!: string;
}

@InputType()
class LogInInput {
  @Field(() => String)
  @CharacterCount({ max: 254 })
  email!: string;

  @Field(() => String)
  @CharacterCount({ max: 200 })
  password!: string;
}

@InputType()
class UpdateProfileInput {
  @Field(() => String)
  @CharacterCount({ min: 1, max: 80 })
  displayName!: string;
}

@InputType()
class CreateApiTokenInput {
  @Field(() => String, { description: "What the token is for, e.g. 'weekly report script'." })
  @CharacterCount({ min: 1, max: 80 })
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

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: "The signed-in member, or null." })
  me(@Ctx() ctx: Context): Member | null {
    return ctx.viewer;
  }

  @Query(() => [ApiToken], { description: "The viewer's API tokens (signed in)." })
  async myApiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.em.find(ApiToken, { member: viewer, revokedAt: null }, { orderBy: { createdAt: "desc" } });
  }

  @FieldResolver(() => String, { nullable: true, description: "Visible to the member themselves and to staff; null otherwise." })
  email(@Root() member: Member, @Ctx() ctx: Context): string | null {
    return canSeeEmail(ctx.viewer, member) ? member.email : null;
  }

  /** Anyone. Login rate limit by IP, since there is no member yet. */
  @Mutation(() => Member)
  async signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<Member> {
    await ctx.rateLimits.consume("login", requireHttp(ctx).req.ip ?? "unknown");
    const member = await signUp(ctx.em, ctx.config, input);
    await signIn(ctx, member);
    return member;
  }

  /** Anyone. Login rate limit by IP. A new session id every time; any previous one is revoked. */
  @Mutation(() => Member)
  async logIn(@Arg("input", () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<Member> {
    await ctx.rateLimits.consume("login", requireHttp(ctx).req.ip ?? "unknown");
    const member = await verifyCredentials(ctx.em, input.email, input.password);
    const previous = requireHttp(ctx).req.cookies?.[SESSION_COOKIE];
    if (previous) await revokeSession(ctx.em, previous);
    await signIn(ctx, member);
    return member;
  }

  /** Anyone; revokes the current session server-side. */
  @Mutation(() => Boolean)
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    const token = requireHttp(ctx).req.cookies?.[SESSION_COOKIE];
    if (token) await revokeSession(ctx.em, token);
    requireHttp(ctx).res.clearCookie(SESSION_COOKIE, { path: "/" });
    return true;
  }

  /** Signed in. */
  @Mutation(() => Member)
  async updateProfile(@Arg("input", () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<Member> {
    const viewer = requireViewer(ctx.viewer);
    viewer.displayName = input.displayName.trim();
    await ctx.em.flush();
    return viewer;
  }

  /** Signed in. */
  @Mutation(() => CreatedApiToken)
  async createApiToken(@Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    const viewer = requireViewer(ctx.viewer);
    return createApiToken(ctx.em, viewer, input.name);
  }

  /** Signed in; only the viewer's own tokens. */
  @Mutation(() => Boolean)
  async revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    if (!(await revokeApiToken(ctx.em, viewer, id))) throw notFound("API token");
    return true;
  }

  /** ADMIN. Never leaves the community without an ADMIN. */
  @Mutation(() => Member)
  async setMemberRole(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("role", () => Role) role: Role,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    requireRole(ctx.viewer, MEMBER_PERMISSIONS.setRole, "change roles");
    return setRole(ctx.em, memberId, role);
  }
}
