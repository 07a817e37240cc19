import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ChangelogEntry } from "../changelog/changelog.entity.js";
import { Comment } from "../comments/comment.entity.js";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { PostStatus } from "../posts/post-status.js";
import { NotificationCategory } from "./notification-category.js";

/** What happened, as the recipient is told it. */
export enum NotificationKind {
  STATUS_CHANGED = "STATUS_CHANGED",
  /** Staff posted a public note without changing the status. */
  OFFICIAL_UPDATE = "OFFICIAL_UPDATE",
  /** The post was merged into another one (`post` is the merged post; the status says DUPLICATE). */
  MERGED = "MERGED",
  /** A reply to the recipient's comment. */
  REPLY = "REPLY",
  /** A new comment on a post the recipient follows at level ALL. */
  COMMENT = "COMMENT",
  /** Staff: a new post in a board they watch. */
  NEW_POST = "NEW_POST",
  /** A changelog entry was published that answers a post the recipient follows, or they follow the whole changelog. */
  CHANGELOG_PUBLISHED = "CHANGELOG_PUBLISHED",
}
registerEnumType(NotificationKind, { name: "NotificationKind", description: "What happened, as the recipient is told it." });

/** Where a notification stands on the e-mail side. */
export enum NotificationMail {
  /** Not by e-mail: the member turned the category or e-mail off, or cannot receive mail now. */
  NONE = "NONE",
  /** Waiting for the batch window or the member's digest hour. */
  PENDING = "PENDING",
  /** Part of the outbox mail `mailId`. */
  SENT = "SENT",
}

/**
 * One thing one member is told. Rows are written set-based, one `INSERT … SELECT` per domain event
 * (notifications/fan-out.ts); the unique (source, recipient) key makes a retried job tell nobody twice.
 */
@ObjectType({ description: "Something the viewer is told about: a change to a post they follow, a reply, …" })
@Entity()
@Unique({ name: "notification_source_recipient_unique", properties: ["sourceId", "recipient"] })
@Index({ name: "notification_recipient_created_index", properties: ["recipient", "createdAt"] })
@Index({ name: "notification_mail_created_index", properties: ["mail", "createdAt"] })
@Check({ name: "notification_about_something_check", expression: "post_id is not null or changelog_entry_id is not null" })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id!: Opt<string>;

  @ManyToOne(() => Member, { deleteRule: "cascade" })
  recipient!: Member;

  /** The domain event's row (a timeline row, a comment, a changelog entry): one notice per event and recipient. */
  @Property({ type: "uuid" })
  sourceId!: string;

  @Field(() => NotificationCategory)
  @Enum({ items: () => NotificationCategory, nativeEnumName: "notification_category" })
  category!: NotificationCategory;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: "notification_kind" })
  kind!: NotificationKind;

  /** What changed; null for a changelog entry told to a member who follows the whole changelog. */
  @ManyToOne(() => Post, { nullable: true, deleteRule: "cascade" })
  post: Post | null = null;

  @ManyToOne(() => ChangelogEntry, { nullable: true, deleteRule: "cascade" })
  changelogEntry: ChangelogEntry | null = null;

  @ManyToOne(() => Comment, { nullable: true, deleteRule: "cascade" })
  comment: Comment | null = null;

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  actor: Member | null = null;

  @Field(() => PostStatus, { nullable: true, description: "The status the post moved to (STATUS_CHANGED, MERGED)." })
  @Property({ type: "string", length: 40, nullable: true })
  toStatus: string | null = null;

  @Field(() => String, { nullable: true, description: "The start of the note or comment, as plain text." })
  @Property({ type: "string", length: 280, nullable: true })
  excerpt: string | null = null;

  /** Shown in the bell and the notifications page. */
  @Property({ type: "boolean" })
  inApp!: boolean;

  @Enum({ items: () => NotificationMail, nativeEnumName: "notification_mail" })
  mail!: NotificationMail;

  @Property({ type: "uuid", nullable: true })
  mailId: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt!: Opt<Date>;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  readAt: Date | null = null;
}
