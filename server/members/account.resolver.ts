import { IsEmail } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Resolver, Root } from "type-graphql";
import { requireHttp, type Context } from "../graphql/context.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import {
  changePassword,
  checkCurrentPassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resendVerificationMail,
  resetPassword,
  verifyEmail,
} from "./account.service.js";
import { SESSION_COOKIE, normalizeEmail } from "./auth.service.js";
import { Language } from "./language.js";
import { Member } from "./member.entity.js";
import { Allowed } from "../graphql/authorization.js";
import { MEMBER_POLICY, canSeeEmail, requireViewer } from "./member.policy.js";

@InputType()
class AccountLinkInput {
  @Field(() => String, { description: "From the mailed link." })
  @CharacterCount(LIMITS.accountToken)
  token!: string;
}

@InputType()
class PasswordResetRequestInput {
  @Field(() => String)
  @IsEmail({}, { message: "email must be a valid email address" })
  @CharacterCount(LIMITS.email)
  email!: string;
}

@InputType()
class ResetPasswordInput {
  @Field(() => String, { description: "From the link in the reset mail." })
  @CharacterCount(LIMITS.accountToken)
  token!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.password)
  newPassword!: string;
}

@InputType()
class ChangeEmailInput {
  @Field(() => String)
  @IsEmail({}, { message: "newEmail must be a valid email address" })
  @CharacterCount(LIMITS.email)
  newEmail!: string;

  @Field(() => String)
  @CharacterCount({ max: LIMITS.password.max })
  currentPassword!: string;
}

@InputType()
class ChangePasswordInput {
  @Field(() => String)
  @CharacterCount({ max: LIMITS.password.max })
  currentPassword!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.password)
  newPassword!: string;
}

/** E-mail verification, password reset, changing the address or the password. */
@Resolver(() => Member)
export class AccountResolver {
  @FieldResolver(() => Boolean, { nullable: true, description: "Whether the member opened the link mailed to their address (the member and staff; null for others)." })
  emailVerified(@Root() member: Member, @Ctx() ctx: Context): boolean | null {
    return canSeeEmail(ctx.viewer, member) ? !!member.emailVerifiedAt : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Mail to the address was refused twice in a row, so none is sent until it is changed or verified (the member and staff; null for others).",
  })
  emailBouncing(@Root() member: Member, @Ctx() ctx: Context): boolean | null {
    return canSeeEmail(ctx.viewer, member) ? !!member.mailSuppressedAt : null;
  }

  @FieldResolver(() => Language, { nullable: true, description: "The language of the member's mails (the member themselves; null for others)." })
  language(@Root() member: Member, @Ctx() ctx: Context): Language | null {
    return ctx.viewer?.id === member.id ? member.language : null;
  }

  /** At most RATE_LIMIT_ACCOUNT_MAIL per member. */
  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => Boolean, { description: "Mails another link that verifies the viewer's address (nothing once it is verified)." })
  async resendVerificationEmail(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await ctx.rateLimits.consume("accountMail", `member:${viewer.id}`);
    await resendVerificationMail(ctx.em, ctx, viewer);
    return true;
  }

  /** Anyone holding the link (it may open in another browser than the one signed in). */
  @Mutation(() => Boolean)
  async verifyEmail(@Arg("input", () => AccountLinkInput) input: AccountLinkInput, @Ctx() ctx: Context): Promise<boolean> {
    await verifyEmail(ctx.em, input.token);
    return true;
  }

  /**
   * Anyone. Login rate limit per IP and RATE_LIMIT_ACCOUNT_MAIL per address. The same answer whether
   * or not the address belongs to a member, so nobody learns who has an account.
   */
  @Mutation(() => Boolean, { description: "Mails a password reset link if the address belongs to a member; always answers true." })
  async requestPasswordReset(@Arg("input", () => PasswordResetRequestInput) input: PasswordResetRequestInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.rateLimits.consume("login", requireHttp(ctx).req.ip ?? "unknown");
    await ctx.rateLimits.consume("accountMail", `address:${normalizeEmail(input.email)}`);
    await requestPasswordReset(ctx.em, ctx, input.email);
    return true;
  }

  /** Anyone holding the link. Signs the member out everywhere; they then sign in with the new password. */
  @Mutation(() => Boolean)
  async resetPassword(@Arg("input", () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const member = await resetPassword(ctx.em, input.token, input.newPassword);
    await ctx.rateLimits.loginSucceeded(member.email);
    return true;
  }

  /** The current password, with the growing delay of failed logins. */
  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => Boolean, { description: "Mails a confirmation link to the new address; the address changes when it is opened." })
  async requestEmailChange(@Arg("input", () => ChangeEmailInput) input: ChangeEmailInput, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await this.checkPassword(ctx, viewer, input.currentPassword);
    await ctx.rateLimits.consume("accountMail", `member:${viewer.id}`);
    await requestEmailChange(ctx.em, ctx, viewer, input.newEmail);
    return true;
  }

  /** Anyone holding the link. */
  @Mutation(() => Boolean)
  async confirmEmailChange(@Arg("input", () => AccountLinkInput) input: AccountLinkInput, @Ctx() ctx: Context): Promise<boolean> {
    await confirmEmailChange(ctx.em, ctx, input.token);
    return true;
  }

  /** The current password, with the growing delay of failed logins. Other sessions are signed out. */
  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => Boolean)
  async changePassword(@Arg("input", () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await this.checkPassword(ctx, viewer, input.currentPassword);
    await changePassword(ctx.em, ctx, viewer, input.newPassword, ctx.http?.req.cookies?.[SESSION_COOKIE]);
    return true;
  }

  /** A stolen session must not guess its way to the password faster than a login could. */
  private async checkPassword(ctx: Context, viewer: Member, password: string): Promise<void> {
    await ctx.rateLimits.checkLoginDelay(viewer.email);
    await checkCurrentPassword(ctx.em, viewer, password, "currentPassword").catch(async (error: unknown) => {
      await ctx.rateLimits.loginFailed(viewer.email);
      throw error;
    });
  }
}
