import { Entity, ManyToOne, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { Member } from "../members/member.entity.js";
import { Post } from "./post.entity.js";

/** A member who wants news about a post. Authors, voters and commenters follow automatically. */
@Entity()
export class Follow {
  [PrimaryKeyProp]?: ["post", "member"];

  @ManyToOne(() => Post, { primary: true, deleteRule: "cascade" })
  post!: Post;

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
