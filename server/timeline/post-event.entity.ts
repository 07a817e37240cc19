import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { ChangelogEntry } from "../changelog/changelog.entity.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { Status } from "../posts/status.entity.js";
import { renderMarkdown } from "../shared/markdown.js";
import { enumOfKinds } from "../../integrations/index.js";

export enum PostEventType {
  CREATED = "CREATED",
  STATUS_CHANGED = "STATUS_CHANGED",
  /** This post was merged into `relatedPost`. */
  MERGED_INTO = "MERGED_INTO",
  /** `relatedPost` was merged into this post. */
  MERGED_FROM = "MERGED_FROM",
  BOARD_CHANGED = "BOARD_CHANGED",
  NOTE = "NOTE",
  /** A published changelog entry answered this post (`changelogEntry`) without changing its status. */
  ANNOUNCED = "ANNOUNCED",
}
registerEnumType(PostEventType, { name: "PostEventType" });

/** MANUAL, or the kind of the tracker whose change this was (every registered tracker, e.g. JIRA). */
export type PostEventSource = string;
export const PostEventSource = enumOfKinds({ MANUAL: "MANUAL" });
registerEnumType(PostEventSource, { name: "PostEventSource" });

/** One row per thing that happened to a post; the public timeline is read from here. */
@ObjectType()
@Entity()
@Index({ properties: ["post", "createdAt"] })
export class PostEvent {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Post, { deleteRule: "cascade" })
  post!: Post;

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  actor: Member | null = null;

  @Field(() => PostEventType)
  @Enum({ items: () => PostEventType, nativeEnumName: "post_event_type" })
  type!: PostEventType;

  @Field(() => PostEventSource)
  @Property({ type: "string", length: 40, default: PostEventSource.MANUAL })
  source: Opt<PostEventSource> = PostEventSource.MANUAL;

  @Field(() => PostStatus, { nullable: true })
  @ManyToOne(() => Status, { mapToPk: true, fieldName: "from_status", nullable: true })
  fromStatus: string | null = null;

  @Field(() => PostStatus, { nullable: true })
  @ManyToOne(() => Status, { mapToPk: true, fieldName: "to_status", nullable: true })
  toStatus: string | null = null;

  @Field(() => String, { nullable: true, description: "Note written for the community." })
  @Property({ type: "text", nullable: true })
  publicNote: string | null = null;

  @Field(() => String, { nullable: true, description: "`publicNote` as sanitized HTML, rendered on the server." })
  get publicNoteHtml(): Opt<string> | null {
    return this.publicNote === null ? null : renderMarkdown(this.publicNote);
  }

  @ManyToOne(() => Post, { nullable: true, deleteRule: "set null" })
  relatedPost: Post | null = null;

  /** The changelog entry whose publication shipped or answered the post. */
  @ManyToOne(() => ChangelogEntry, { nullable: true, deleteRule: "set null" })
  changelogEntry: ChangelogEntry | null = null;

  /** Staff-only context (tracker issue key and URL, tracker state names, previous board, …). */
  @Property({ type: "json", nullable: true })
  internalDetails?: Record<string, unknown> | null = null;

  /** Staff may make a change without telling followers (fixing a mistake); the timeline still shows it. */
  @Property({ type: "boolean", default: true })
  notifyFollowers: Opt<boolean> = true;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
