import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import type { TrackerState } from "../../integrations/index.js";
import { MultiLinkRule, TrackerKind } from "./tracker-enums.js";
import { Allowed } from "../graphql/authorization.js";
import { TRACKER_POLICY } from "./tracker.policy.js";

/** Non-secret settings by key (the tracker's settings schema); its secret ones live encrypted in `sealedSecrets`. */
export type ConnectionSettings = Record<string, string | null | undefined>;

/** The tracker's secret settings by key, and the secret its webhooks are signed with. */
export type ConnectionSecrets = Record<string, string | null | undefined> & { webhookSecret: string | null };

/** Tracker state id → post status key, or null for "ignore this state". */
export type StatusMapping = Record<string, string | null>;

@ObjectType({ description: "A configured tracker (a Jira project, a Linear team, …). Secrets are never returned." })
@Entity()
export class TrackerConnection {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => TrackerKind)
  @Property({ type: "string", length: 40 })
  kind!: TrackerKind;

  @Field(() => String)
  @Property({ type: "string", length: 80 })
  name!: string;

  @Property({ type: "json" })
  settings!: ConnectionSettings;

  @Property({ type: "text", hidden: true })
  sealedSecrets!: string;

  /** Overrides of the default state → status mapping, keyed by tracker state id. */
  @Property({ type: "json", default: "{}" })
  statusMapping: Opt<StatusMapping> = {};

  /** Workflow states last read from the tracker (by testTrackerConnection), for the mapping editor. */
  @Property({ type: "json", default: "[]" })
  knownStates: Opt<TrackerState[]> = [];

  @Allowed(TRACKER_POLICY.viewConnections)
  @Field(() => MultiLinkRule, { description: "Default rule for posts linked to several issues." })
  @Enum({ items: () => MultiLinkRule, nativeEnumName: "multi_link_rule", default: MultiLinkRule.ALL })
  multiLinkRule: Opt<MultiLinkRule> = MultiLinkRule.ALL;

  @Allowed(TRACKER_POLICY.viewConnections)
  @Field(() => Date, { nullable: true, description: "Up to when the reconciliation poll has caught up." })
  @Property({ type: "datetime", nullable: true })
  lastSyncedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why the last reconciliation poll failed; cleared by the next one that succeeds." })
  @Property({ type: "text", nullable: true })
  lastSyncError: string | null = null;

  @Field(() => Date, { nullable: true, description: "When a connection test last passed; null: saved untested." })
  @Property({ type: "datetime", nullable: true })
  verifiedAt: Date | null = null;

  @Allowed(TRACKER_POLICY.viewConnections)
  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
