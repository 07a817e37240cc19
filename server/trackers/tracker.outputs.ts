// GraphQL output types of the tracker feature that are not entities.
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PostStatus } from "../posts/post-status.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import type { TrackerDefinition } from "../../integrations/index.js";
import { MultiLinkRule, TrackerKind } from "./tracker-enums.js";
import { TrackerLink } from "./tracker-link.entity.js";
import { ConnectionHealthLevel } from "./sync-health.service.js";
import { WebhookDelivery } from "./webhook-delivery.entity.js";

@ObjectType()
export class StatusMappingEntry {
  @Field(() => String)
  stateId!: string;

  @Field(() => String)
  stateName!: string;

  @Field(() => String, { description: "Jira status category key or Linear state type." })
  category!: string;

  @Field(() => PostStatus, { nullable: true, description: "null: this state does not move the post." })
  status!: string | null;

  @Field(() => PostStatus, { nullable: true, description: "What the state maps to without an override (null: ignored)." })
  defaultStatus!: string | null;

  @Field(() => Boolean)
  isDefault!: boolean;
}

@ObjectType()
export class ConnectionTestResult {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "Public: how far a post's linked tracker issues are, e.g. '2 of 3 linked issues done'." })
export class TrackerProgress {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => MultiLinkRule)
  rule!: MultiLinkRule;
}

@ObjectType()
export class TrackerJob {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "created, retry, active, completed, cancelled or failed (pg-boss states)." })
  state!: string;

  @Field(() => Int)
  retryCount!: number;

  @Field(() => String, { description: "The job's data as JSON." })
  data!: string;

  @Field(() => String, { nullable: true, description: "The error of a failed job." })
  error!: string | null;

  @Field(() => Date)
  createdOn!: Date;

  @Field(() => Date)
  startAfter!: Date;

  @Field(() => Date, { nullable: true })
  completedOn!: Date | null;
}

registerEnumType(ConnectionHealthLevel, { name: "ConnectionHealthLevel" });

@ObjectType({ description: "How one connection is doing, for the top of the sync health screen." })
export class ConnectionHealth {
  @Field(() => TrackerConnection)
  connection!: TrackerConnection;

  @Field(() => ConnectionHealthLevel)
  level!: ConnectionHealthLevel;

  @Field(() => Int, { description: "Links whose tracker call failed for good." })
  failedLinks!: number;

  @Field(() => Int, { description: "Pending links whose last tracker call failed and that wait for the next attempt." })
  retryingLinks!: number;

  @Field(() => Int)
  pendingLinks!: number;

  @Field(() => Int, { description: "Webhook deliveries that failed in the last 24 hours." })
  failedDeliveries!: number;

  @Field(() => Date, { nullable: true })
  lastDeliveryAt!: Date | null;
}

@ObjectType()
export class SyncHealth {
  @Field(() => [ConnectionHealth])
  connections!: ConnectionHealth[];

  @Field(() => [TrackerLink], { description: "Failed and pending links, failed first." })
  links!: TrackerLink[];

  @Field(() => [WebhookDelivery])
  deliveries!: WebhookDelivery[];

  @Field(() => [TrackerJob])
  jobs!: TrackerJob[];

  @Field(() => Int, { description: "Links whose tracker call failed for good." })
  failedLinks!: number;

  @Field(() => Int)
  retryingLinks!: number;

  @Field(() => Int)
  pendingLinks!: number;
}

@ObjectType({ description: "A text in each language of the web app, worded by the tracker's adapter." })
export class Wording {
  @Field(() => String)
  en!: string;

  @Field(() => String)
  de!: string;
}

@ObjectType({ description: "One setting a connection to this tracker has, for the connection form." })
export class TrackerSettingDescription {
  @Field(() => String, { description: "The key in TrackerConnectionInput.settings and TrackerConnection.settings." })
  key!: string;

  @Field(() => Wording)
  label!: Wording;

  @Field(() => Wording, { nullable: true })
  hint!: Wording | null;

  @Field(() => Boolean, { description: "Write-only: stored encrypted, never returned." })
  secret!: boolean;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String, { description: "text, url or email." })
  format!: string;

  @Field(() => Int, { description: "In characters." })
  maxLength!: number;

  @Field(() => String, { nullable: true })
  placeholder!: string | null;

  @Field(() => String, { nullable: true, description: "What the form starts with for a new connection." })
  initialValue!: string | null;

  @Field(() => Boolean, { description: "Rarely needed (proxies, tests): shown apart from the others." })
  advanced!: boolean;
}

@ObjectType({ description: "A tracker Roundtrip can connect to, and what a connection to it needs." })
export class TrackerKindDescription {
  @Field(() => TrackerKind)
  kind!: TrackerKind;

  @Field(() => String, { description: "The tracker's product name, e.g. Jira." })
  name!: string;

  @Field(() => Wording, { description: "The button that adds a connection, e.g. 'Add Jira project'." })
  addLabel!: Wording;

  @Field(() => Wording, { description: "Where in the tracker to paste the connection's webhook URL and secret." })
  webhookHelp!: Wording;

  @Field(() => String, { description: "What a workflow state's category is for this tracker." })
  categoryMeaning!: string;

  @Field(() => [TrackerSettingDescription])
  settings!: TrackerSettingDescription[];
}

/** What the connection form needs of a registered tracker (its definition minus the code). */
export function describeTracker(definition: TrackerDefinition): TrackerKindDescription {
  const { kind, name, addLabel, webhookHelp, categoryMeaning } = definition;
  return {
    kind,
    name,
    addLabel,
    webhookHelp,
    categoryMeaning,
    settings: definition.settings.map((field) => ({
      key: field.key,
      label: field.label,
      hint: field.hint ?? null,
      secret: !!field.secret,
      required: !!field.required,
      format: field.format ?? "text",
      maxLength: field.maxLength,
      placeholder: field.placeholder ?? null,
      initialValue: field.initialValue ?? null,
      advanced: !!field.advanced,
    })),
  };
}

@ObjectType({ description: "One non-secret setting of a connection." })
export class TrackerSettingValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}
