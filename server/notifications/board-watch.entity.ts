import { Entity, ManyToOne, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { Board } from "../boards/board.entity.js";
import { Member } from "../members/member.entity.js";

/** A staff member who wants to hear about every new post in a board (category STAFF_NEW_POSTS). */
@Entity()
export class BoardWatch {
  [PrimaryKeyProp]?: ["board", "member"];

  @ManyToOne(() => Board, { primary: true, deleteRule: "cascade" })
  board!: Board;

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
