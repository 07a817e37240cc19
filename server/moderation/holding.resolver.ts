import { IsOptional } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { Allowed, Capability } from "../graphql/authorization.js";
import type { Context } from "../graphql/context.js";
import { allows } from "../members/permission.js";
import { ViewerCapabilities } from "../members/viewer-capabilities.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { HoldPolicy, HoldSettings, WatchedWord, WatchedWordAction } from "./holding.entity.js";
import { addWatchedWord, listWatchedWords, readHoldSettings, removeWatchedWord, updateHoldSettings } from "./holding.service.js";
import { MODERATION_POLICY } from "./moderation.policy.js";

@InputType({ description: "Only the fields given change." })
class HoldSettingsInput {
  @Field(() => HoldPolicy, { nullable: true, description: "Not COMMUNITY_DEFAULT, which is for boards." })
  policy?: HoldPolicy | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @InRange(1, 50)
  firstPosts?: number | null;
}

@InputType()
class WatchedWordInput {
  @Field(() => String, { description: "A word or phrase; `*` matches any letters (`spam*` also catches `spammer`)." })
  @CharacterCount(LIMITS.watchedWord)
  word!: string;

  @Field(() => WatchedWordAction)
  action!: WatchedWordAction;
}

@Resolver()
export class HoldingResolver {
  @Allowed(MODERATION_POLICY.configureHolding)
  @Query(() => HoldSettings)
  holdSettings(@Ctx() ctx: Context): Promise<HoldSettings> {
    return readHoldSettings(ctx.em);
  }

  @Allowed(MODERATION_POLICY.configureHolding)
  @Mutation(() => HoldSettings, { description: "Which new posts wait for approval, wherever a board does not say otherwise (`Board.holdPolicy`)." })
  updateHoldSettings(@Arg("input", () => HoldSettingsInput) input: HoldSettingsInput, @Ctx() ctx: Context): Promise<HoldSettings> {
    return updateHoldSettings(ctx.em, ctx.viewer!, input);
  }

  @Allowed(MODERATION_POLICY.watchWords)
  @Query(() => [WatchedWord], { description: "Alphabetical." })
  watchedWords(@Ctx() ctx: Context): Promise<WatchedWord[]> {
    return listWatchedWords(ctx.em);
  }

  @Allowed(MODERATION_POLICY.watchWords)
  @Mutation(() => WatchedWord, { description: "Applies to posts and comments saved from now on (CONFLICT ALREADY_WATCHED for a word on the list)." })
  addWatchedWord(@Arg("input", () => WatchedWordInput) input: WatchedWordInput, @Ctx() ctx: Context): Promise<WatchedWord> {
    return addWatchedWord(ctx.em, ctx.viewer!, input);
  }

  @Allowed(MODERATION_POLICY.watchWords)
  @Mutation(() => WatchedWord, { description: "Returns the word that was removed." })
  removeWatchedWord(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<WatchedWord> {
    return removeWatchedWord(ctx.em, ctx.viewer!, id);
  }
}

@Resolver(() => ViewerCapabilities)
export class ViewerHoldingCapabilitiesResolver {
  @Capability(MODERATION_POLICY.configureHolding)
  configureHolding(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.configureHolding, ctx.viewer);
  }

  @Capability(MODERATION_POLICY.watchWords)
  watchWords(@Ctx() ctx: Context): boolean {
    return allows(MODERATION_POLICY.watchWords, ctx.viewer);
  }
}
