import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import type { TrackerWebhookEvent } from "../../integrations/index.js";
import { DeliveryState } from "./tracker-enums.js";
import { TrackerConnection } from "./tracker-connection.entity.js";

/** Inbox of verified webhook deliveries, keyed by the provider's delivery id so a repeat changes nothing. */
@ObjectType()
@Entity()
@Unique({ properties: ["connection", "deliveryId"] })
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => TrackerConnection, { deleteRule: "cascade" })
  connection!: TrackerConnection;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  deliveryId!: string;

  /** The verified, parsed event (dates as ISO strings). */
  @Property({ type: "json" })
  event!: Omit<TrackerWebhookEvent, "occurredAt"> & { occurredAt: string };

  @Field(() => DeliveryState)
  @Enum({ items: () => DeliveryState, nativeEnumName: "delivery_state", default: DeliveryState.RECEIVED })
  state: Opt<DeliveryState> = DeliveryState.RECEIVED;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  detail: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  receivedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  processedAt: Date | null = null;
}
