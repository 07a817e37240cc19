// GraphQL output types of the tracker feature that are not entities.
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PostStatus } from "../posts/post-status.js";
import { TrackerConnection } from "./tracker-connection.entity.js";
import { MultiLinkRule } from "./tracker-enums.js";
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
  status!: PostStatus | null;

  @Field(() => PostStatus, { nullable: true, description: "What the state maps to without an override (null: ignored)." })
  defaultStatus!: PostStatus | null;

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
