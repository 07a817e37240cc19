// GraphQL input types of the tracker feature.
import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { PostStatus } from "../posts/post-status.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import { MultiLinkRule } from "./tracker-enums.js";

@InputType({ description: "Jira: baseUrl, email (Cloud) or none (Data Center PAT), apiToken, projectKey, issueType. Linear: apiToken (API key), teamId." })
export class TrackerConnectionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.connectionName)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.url)
  baseUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.email)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Write-only. Jira API token or PAT; Linear API key." })
  @IsOptional()
  @CharacterCount(LIMITS.secret)
  apiToken?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.projectKey)
  projectKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.issueType)
  issueType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CharacterCount(LIMITS.teamId)
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: "Linear only: another GraphQL endpoint (self-hosted proxies, tests)." })
  @IsOptional()
  @CharacterCount(LIMITS.url)
  apiUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Write-only. The secret the tracker signs webhooks with; empty string removes it." })
  @IsOptional()
  @CharacterCount(LIMITS.webhookSecret)
  webhookSecret?: string | null;

  @Field(() => MultiLinkRule, { nullable: true })
  multiLinkRule?: MultiLinkRule | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Saving tests the connection first and refuses one that does not work; true saves it anyway, marked untested (verifiedAt null).",
  })
  saveUntested?: boolean | null;
}

@InputType()
export class StatusMappingEntryInput {
  @Field(() => String)
  @CharacterCount(LIMITS.trackerStateId)
  stateId!: string;

  @Field(() => PostStatus, { nullable: true, description: "The post status for this tracker state; null with useDefault false means 'ignore'." })
  status?: PostStatus | null;

  @Field(() => Boolean, { defaultValue: false, description: "Drop the override and use the default mapping." })
  useDefault!: boolean;
}

@InputType()
export class StatusMappingInput {
  @Field(() => [StatusMappingEntryInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  entries!: StatusMappingEntryInput[];
}

@InputType()
export class LinkIssueInput {
  @Field(() => String, { description: "A Jira key (ABC-123) or issue URL, or a Linear identifier (ENG-123) or issue URL." })
  @CharacterCount(LIMITS.issueReference)
  keyOrUrl!: string;

  @Field(() => ID, { nullable: true, description: "Needed only when several connections could hold the issue." })
  connectionId?: string | null;
}
