import { Check, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";
import { renderMarkdown } from "../shared/markdown.js";

export enum ChangelogEntryState {
  DRAFT = "DRAFT",
  /** Waits for `scheduledFor`, when a job publishes it. */
  SCHEDULED = "SCHEDULED",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(ChangelogEntryState, { name: "ChangelogEntryState" });

@ObjectType({ description: "What kind of change an entry announces: seeded New, Improved, Fixed; editable like tags." })
@Entity()
export class ChangelogCategory {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 40, unique: true })
  name!: string;

  @Field(() => Int, { description: "Place in category lists, lowest first." })
  @Property({ type: "integer", default: 0 })
  position: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;
}

@ObjectType({ description: "An announcement of what shipped, linked to the posts it answers." })
@Entity()
@Index({ properties: ["state", "publishedAt"] })
@Index({
  name: "changelog_entry_one_open_draft_per_week",
  expression: `create unique index "changelog_entry_one_open_draft_per_week" on "changelog_entry" ("draft_week") where "state" = 'DRAFT'`,
})
export class ChangelogEntry {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 160 })
  title!: string;

  @Field(() => String, { description: "Markdown as the author wrote it." })
  @Property({ type: "text", default: "" })
  body: Opt<string> = "";

  @Field(() => String, { description: "`body` as sanitized HTML, rendered on the server." })
  get bodyHtml(): Opt<string> {
    return renderMarkdown(this.body);
  }

  @Field(() => ChangelogCategory)
  @ManyToOne(() => ChangelogCategory, { deleteRule: "restrict" })
  category!: ChangelogCategory;

  @ManyToMany(() => Post, undefined, { pivotTable: "changelog_entry_post", owner: true })
  posts = new Collection<Post>(this);

  @Field(() => String, { nullable: true, description: "An http(s) image shown above the entry." })
  @Property({ type: "string", length: 300, nullable: true })
  coverImageUrl: string | null = null;

  /** Null when Roundtrip drafted it from posts that reached done internally. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  author: Member | null = null;

  @Field(() => ChangelogEntryState)
  @Enum({ items: () => ChangelogEntryState, nativeEnumName: "changelog_entry_state", default: ChangelogEntryState.DRAFT })
  state: Opt<ChangelogEntryState> = ChangelogEntryState.DRAFT;

  @Field(() => Date, { nullable: true, description: "When a SCHEDULED entry will be published." })
  @Property({ type: "datetime", nullable: true })
  scheduledFor: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When it was first published; kept through unpublishing." })
  @Property({ type: "datetime", nullable: true })
  publishedAt: Date | null = null;

  /** Set once, when publishing first announced it: unpublishing and republishing never announce again. */
  @Property({ type: "datetime", nullable: true })
  notifiedAt: Date | null = null;

  /** The ISO week (2026-W49) of a draft Roundtrip writes itself; one open draft per week. */
  @Property({ type: "string", length: 8, nullable: true })
  draftWeek: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** Workspace-wide changelog choices; one row. */
@Entity()
@Check({ name: "changelog_settings_single_row", expression: "id = true" })
export class ChangelogSettings {
  @PrimaryKey({ type: "boolean", default: true })
  id: Opt<boolean> = true;

  /** On: a post whose work is done waits in DONE_INTERNALLY until a published entry links it. */
  @Property({ type: "boolean", default: true })
  shippingWaitsForChangelog: Opt<boolean> = true;
}
