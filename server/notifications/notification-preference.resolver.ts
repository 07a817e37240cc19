import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { Allowed } from "../graphql/authorization.js";
import { MEMBER_POLICY, requireViewer } from "../members/member.policy.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { EmailCadence, NotificationCategory } from "./notification-category.js";
import { preferencesOf, updatePreferences, type Preferences } from "./notification-preference.service.js";
import { unsubscribe } from "./unsubscribe.js";

@ObjectType({ description: "One category on one member's preferences: whether it shows in the app and whether it is mailed." })
class CategoryPreference {
  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field(() => Boolean)
  inApp!: boolean;

  @Field(() => Boolean)
  email!: boolean;
}

@ObjectType()
class NotificationPreferences {
  @Field(() => [CategoryPreference], { description: "Every category the viewer can receive (staff also STAFF_NEW_POSTS)." })
  categories!: CategoryPreference[];

  @Field(() => EmailCadence)
  emailCadence!: EmailCadence;

  @Field(() => Int, { description: "The local hour (0–23) digests are sent at." })
  digestHour!: number;

  @Field(() => String, { description: "IANA time zone of digestHour." })
  timeZone!: string;

  @Field(() => Boolean, { description: "Whether the viewer hears of every published changelog entry, not only those answering posts they follow." })
  allChangelogEntries!: boolean;
}

@InputType()
class CategoryPreferenceInput {
  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field(() => Boolean)
  inApp!: boolean;

  @Field(() => Boolean)
  email!: boolean;
}

@InputType({ description: "Only what changes; categories left out keep their current choice." })
class NotificationPreferencesInput {
  @Field(() => [CategoryPreferenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.values(NotificationCategory).length)
  @ValidateNested({ each: true })
  categories?: CategoryPreferenceInput[] | null;

  @Field(() => EmailCadence, { nullable: true })
  emailCadence?: EmailCadence | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @InRange(0, 23)
  digestHour?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.timeZone)
  timeZone?: string | null;

  @Field(() => Boolean, { nullable: true })
  allChangelogEntries?: boolean | null;
}

@InputType()
class UnsubscribeInput {
  @Field(() => String, { description: "From the link in a notification mail." })
  @CharacterCount(LIMITS.unsubscribeToken)
  token!: string;
}

@ObjectType()
class UnsubscribeResult {
  @Field(() => [NotificationCategory], { description: "The categories whose e-mails are now off." })
  categories!: NotificationCategory[];
}

@Resolver()
export class NotificationPreferenceResolver {
  @Allowed(MEMBER_POLICY.ownAccount)
  @Query(() => NotificationPreferences, { description: "What the viewer is notified about, where, and when digests arrive." })
  notificationPreferences(@Ctx() ctx: Context): Promise<Preferences> {
    return preferencesOf(ctx.em, requireViewer(ctx.viewer));
  }

  @Allowed(MEMBER_POLICY.ownAccount)
  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(@Arg("input", () => NotificationPreferencesInput) input: NotificationPreferencesInput, @Ctx() ctx: Context): Promise<Preferences> {
    return updatePreferences(ctx.em, requireViewer(ctx.viewer), input);
  }

  /** Anyone holding the link from a notification mail (no sign-in: that is the point of the link). */
  @Mutation(() => UnsubscribeResult, { description: "Turns off the e-mails of the categories the mailed link names." })
  async unsubscribe(@Arg("input", () => UnsubscribeInput) input: UnsubscribeInput, @Ctx() ctx: Context): Promise<UnsubscribeResult> {
    const { categories } = await unsubscribe(ctx.em, ctx.config, input.token);
    return { categories };
  }
}
