import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { Status } from "../posts/status.entity.js";
import { TrackerLinkState } from "./tracker-enums.js";
import { TrackerConnection } from "./tracker-connection.entity.js";

/** A post ↔ tracker issue link. Staff only: issue keys, URLs and state names are internal. */
@ObjectType()
@Entity()
@Unique({ name: "tracker_link_issue_unique", properties: ["post", "connection", "issueId"] })
@Index({ properties: ["connection", "issueId"] })
// A double click or a retried request must not become two tracker issues for one post.
@Index({
  name: "tracker_link_one_pending_create",
  expression:
    'create unique index "tracker_link_one_pending_create" on "tracker_link" ("post_id", "connection_id") ' +
    "where \"state\" = 'PENDING' and \"issue_id\" is null and \"requested_key\" is null",
})
export class TrackerLink {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Post, { deleteRule: "cascade" })
  post!: Post;

  @ManyToOne(() => TrackerConnection, { deleteRule: "cascade" })
  connection!: TrackerConnection;

  @Field(() => TrackerLinkState)
  @Enum({ items: () => TrackerLinkState, nativeEnumName: "tracker_link_state", default: TrackerLinkState.PENDING })
  state: Opt<TrackerLinkState> = TrackerLinkState.PENDING;

  /** For links to an existing issue: the key the manager gave (e.g. ENG-123), resolved by a job. */
  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 100, nullable: true })
  requestedKey: string | null = null;

  /** Stored in the tracker issue, so a retried create finds the issue instead of making a second one. */
  @Property({ type: "string", length: 100, unique: true })
  idempotencyKey: Opt<string> = `roundtrip-link-${randomUUID()}`;

  @Property({ type: "string", length: 100, nullable: true })
  issueId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 100, nullable: true })
  issueKey: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 500, nullable: true })
  issueUrl: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "string", length: 500, nullable: true })
  issueTitle: string | null = null;

  @Property({ type: "string", length: 100, nullable: true })
  trackerStateId: string | null = null;

  @Field(() => String, { nullable: true, description: "The issue's state in the tracker, e.g. 'In Review'." })
  @Property({ type: "string", length: 100, nullable: true })
  trackerStateName: string | null = null;

  @Property({ type: "string", length: 40, nullable: true })
  trackerStateCategory: string | null = null;

  /** The post status the issue's state maps to; null when unknown or mapped to "ignore". */
  @Field(() => PostStatus, { nullable: true })
  @ManyToOne(() => Status, { mapToPk: true, fieldName: "mapped_status", nullable: true })
  mappedStatus: string | null = null;

  /** Time of the newest tracker event applied; older events arriving late are ignored. */
  @Property({ type: "datetime", nullable: true })
  lastEventAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why the last tracker call failed, in plain words; kept while retrying." })
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  /**
   * Failed tracker calls since the link was requested or last retried by hand. A job carries the count
   * it was queued with; one that no longer matches (superseded by "Retry now") does nothing.
   */
  @Field(() => Int, { description: "Failed tracker calls so far (since the last manual retry)." })
  @Property({ type: "integer", default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: "When the next automatic attempt runs, while the link waits to be retried." })
  @Property({ type: "datetime", nullable: true })
  nextAttemptAt: Date | null = null;

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  createdBy: Member | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
