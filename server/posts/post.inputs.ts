import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CharacterCount } from "../shared/validation.js";
import { BugSeverity, PostKind } from "./post-enums.js";
import { PostStatus } from "./post-status.js";

export const TITLE_MIN = 3;
export const TITLE_MAX = 160;
export const BODY_MAX = 10_000;
const DETAIL_MAX = 5_000;

@InputType()
export class BugDetailsInput {
  @Field(() => String)
  @CharacterCount({ min: 1, max: DETAIL_MAX })
  stepsToReproduce!: string;

  @Field(() => String)
  @CharacterCount({ min: 1, max: DETAIL_MAX })
  expected!: string;

  @Field(() => String)
  @CharacterCount({ min: 1, max: DETAIL_MAX })
  actual!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount({ max: 500 })
  environment!: string;

  @Field(() => BugSeverity)
  severity!: BugSeverity;
}

@InputType()
export class UsabilityDetailsInput {
  @Field(() => String, { description: "Screen or URL where it happened." })
  @CharacterCount({ min: 1, max: 500 })
  location!: string;

  @Field(() => String, { description: "What the member tried to do." })
  @CharacterCount({ min: 1, max: DETAIL_MAX })
  goal!: string;

  @Field(() => String, { description: "What got in the way." })
  @CharacterCount({ min: 1, max: DETAIL_MAX })
  obstacle!: string;
}

@InputType()
export class SubmitPostInput {
  @Field(() => ID)
  boardId!: string;

  @Field(() => PostKind)
  kind!: PostKind;

  @Field(() => String)
  @CharacterCount({ min: TITLE_MIN, max: TITLE_MAX })
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount({ max: BODY_MAX })
  body!: string;

  @Field(() => BugDetailsInput, { nullable: true, description: "Required when kind is BUG, refused otherwise." })
  @IsOptional()
  @ValidateNested()
  bug?: BugDetailsInput | null;

  @Field(() => UsabilityDetailsInput, { nullable: true, description: "Required when kind is USABILITY, refused otherwise." })
  @IsOptional()
  @ValidateNested()
  usability?: UsabilityDetailsInput | null;
}

@InputType({ description: "Only the fields given change." })
export class EditPostInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount({ min: TITLE_MIN, max: TITLE_MAX })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount({ max: BODY_MAX })
  body?: string;

  @Field(() => BugDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  bug?: BugDetailsInput;

  @Field(() => UsabilityDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  usability?: UsabilityDetailsInput;
}

@InputType()
export class PostFilter {
  @Field(() => ID, { nullable: true })
  board?: string;

  @Field(() => PostKind, { nullable: true })
  kind?: PostKind;

  @Field(() => [PostStatus], { nullable: true, description: "Any of these. Without it, merged duplicates are left out." })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: PostStatus[];

  @Field(() => ID, { nullable: true })
  tag?: string;

  @Field(() => ID, { nullable: true })
  author?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only posts linked to a tracker issue; false: only posts without one." })
  linked?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Only posts created before this time (e.g. waiting longer than a week)." })
  createdBefore?: Date | null;

  @Field(() => String, { nullable: true, description: "Web-search syntax: words, \"quoted phrases\", -excluded." })
  @IsOptional()
  @CharacterCount({ max: 200 })
  search?: string;
}

export const PAGE_MAX = 100;

@InputType()
export class SimilarPostsInput {
  @Field(() => String)
  @CharacterCount({ min: 3, max: TITLE_MAX })
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount({ max: BODY_MAX })
  body!: string;

  @Field(() => Int, { defaultValue: 5 })
  @Min(1)
  @Max(20)
  first!: number;
}
