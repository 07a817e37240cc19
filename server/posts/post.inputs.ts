import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount, InRange } from "../shared/validation.js";
import { BugSeverity, PostKind } from "./post-enums.js";
import { PostStatus } from "./post-status.js";

@InputType()
export class BugDetailsInput {
  @Field(() => String)
  @CharacterCount(LIMITS.postDetail)
  stepsToReproduce!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.postDetail)
  expected!: string;

  @Field(() => String)
  @CharacterCount(LIMITS.postDetail)
  actual!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.bugEnvironment)
  environment!: string;

  @Field(() => BugSeverity)
  severity!: BugSeverity;
}

@InputType()
export class UsabilityDetailsInput {
  @Field(() => String, { description: "Screen or URL where it happened." })
  @CharacterCount(LIMITS.usabilityLocation)
  location!: string;

  @Field(() => String, { description: "What the member tried to do." })
  @CharacterCount(LIMITS.postDetail)
  goal!: string;

  @Field(() => String, { description: "What got in the way." })
  @CharacterCount(LIMITS.postDetail)
  obstacle!: string;
}

@InputType()
export class SubmitPostInput {
  @Field(() => ID)
  boardId!: string;

  @Field(() => PostKind)
  kind!: PostKind;

  @Field(() => String)
  @CharacterCount(LIMITS.postTitle)
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.postBody)
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
  @CharacterCount(LIMITS.postTitle)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.postBody)
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
  status?: string[];

  @Field(() => ID, { nullable: true })
  tag?: string;

  @Field(() => ID, { nullable: true })
  author?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only posts linked to a tracker issue; false: only posts without one." })
  linked?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Only posts created before this time (e.g. waiting longer than a week)." })
  createdBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only posts created at or after this time (e.g. a report's period)." })
  createdAfter?: Date | null;

  @Field(() => String, { nullable: true, description: "Web-search syntax: words, \"quoted phrases\", -excluded." })
  @IsOptional()
  @CharacterCount(LIMITS.search)
  search?: string;
}

export const PAGE_MAX = 100;

@InputType()
export class SimilarPostsInput {
  @Field(() => String)
  @CharacterCount({ min: 3, max: LIMITS.postTitle.max })
  title!: string;

  @Field(() => String, { defaultValue: "" })
  @CharacterCount(LIMITS.postBody)
  body!: string;

  @Field(() => Int, { defaultValue: 5 })
  @InRange(1, 20)
  first!: number;
}
