import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Field, ObjectType } from "type-graphql";
import { Member } from "../members/member.entity.js";
import { Post } from "../posts/post.entity.js";

/** One vote per member per post: the unique constraint is the rule, code only reports it. */
@ObjectType({ description: "A vote: seen by staff (a post's voters) and by the voter (their own history)." })
@Entity()
@Unique({ properties: ["post", "member"] })
export class Vote {
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Post, { deleteRule: "cascade" })
  post!: Post;

  @Index()
  @ManyToOne(() => Member, { deleteRule: "cascade" })
  member!: Member;

  /** The manager who recorded this vote for the member (e.g. from a support call), or null when the member voted. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  castBy: Member | null = null;

  @Field(() => Date)
  @Index()
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
