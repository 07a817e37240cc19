import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";

export enum CommentVisibility {
  PUBLIC = "PUBLIC",
  /** Staff-only note on a post; never returned to other roles. */
  INTERNAL = "INTERNAL",
}
registerEnumType(CommentVisibility, { name: "CommentVisibility" });

@ObjectType()
@Entity()
@Index({ properties: ["post", "createdAt"] })
// A member's recent comments: the repeated-text check and the trust promotion's count.
@Index({ properties: ["author", "createdAt"] })
@Check({ name: "comment_hidden_reason_only_when_hidden", expression: "hidden_at is not null or hidden_reason is null" })
export class Comment {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Post, { deleteRule: "cascade" })
  post!: Post;

  @ManyToOne(() => Member, { deleteRule: "restrict" })
  author!: Member;

  @ManyToOne(() => Comment, { nullable: true, deleteRule: "cascade" })
  parent: Comment | null = null;

  /** Markdown; empty once deleted. Read through `Comment.body` and `bodyHtml` (flag.resolver.ts), which hold back a hidden comment's text. */
  @Property({ type: "text" })
  body!: string;

  @Field(() => CommentVisibility)
  @Enum({ items: () => CommentVisibility, nativeEnumName: "comment_visibility", default: CommentVisibility.PUBLIC })
  visibility: Opt<CommentVisibility> = CommentVisibility.PUBLIC;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  editedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  deletedAt: Date | null = null;

  /** Set while moderators (or enough flags) hide the comment: its place in the thread shows `hiddenReason`. */
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  hiddenAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why moderators hid the comment, shown in its place." })
  @Property({ type: "text", nullable: true })
  hiddenReason: string | null = null;
}
