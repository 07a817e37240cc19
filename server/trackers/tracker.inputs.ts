// GraphQL input types of the tracker feature.
import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { PostStatus } from "../posts/post-status.js";
import { LIMITS } from "../shared/input-rules.js";
import { CharacterCount } from "../shared/validation.js";
import type { ConnectionInput } from "./tracker-connection.service.js";
import { MultiLinkRule } from "./tracker-enums.js";

@InputType({ description: "One setting of a tracker connection, by the key `trackerKinds` lists for its kind." })
export class TrackerSettingInput {
  @Field(() => String)
  @CharacterCount(LIMITS.settingKey)
  key!: string;

  @Field(() => String, { nullable: true, description: "null keeps what is stored; an empty string clears it (secrets: keeps it)." })
  @IsOptional()
  @CharacterCount(LIMITS.secret)
  value?: string | null;
}

@InputType({
  description:
    "Jira: baseUrl, email (Cloud) or none (Data Center PAT), apiToken, projectKey, issueType. Linear: apiToken (API key), teamId. Any tracker: its settings (see trackerKinds) in `settings`.",
})
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

  @Field(() => [TrackerSettingInput], { nullable: true, description: "The tracker's settings by key (trackerKinds); a named field above wins over the same key here." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  settings?: TrackerSettingInput[] | null;

  @Field(() => MultiLinkRule, { nullable: true })
  multiLinkRule?: MultiLinkRule | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Saving tests the connection first and refuses one that does not work; true saves it anyway, marked untested (verifiedAt null).",
  })
  saveUntested?: boolean | null;
}

/** The service's input: named and listed settings in one map. */
export function connectionInputOf(input: TrackerConnectionInput): ConnectionInput {
  const { name, webhookSecret, multiLinkRule, saveUntested, settings = [], ...named } = input;
  return {
    name,
    webhookSecret,
    multiLinkRule,
    saveUntested,
    settings: Object.fromEntries(
      [...(settings ?? []).map((setting): [string, unknown] => [setting.key, setting.value]), ...Object.entries(named)].filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    ),
  };
}

@InputType()
export class StatusMappingEntryInput {
  @Field(() => String)
  @CharacterCount(LIMITS.trackerStateId)
  stateId!: string;

  @Field(() => PostStatus, { nullable: true, description: "The post status for this tracker state; null with useDefault false means 'ignore'." })
  status?: string | null;

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
