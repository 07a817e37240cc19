import { Entity, ManyToOne, OneToOne, Property, type Opt } from "@mikro-orm/core";
import { Member } from "../members/member.entity.js";

/** The one private note staff keep on a member; its earlier versions are in the audit log. */
@Entity()
export class StaffNote {
  @OneToOne(() => Member, { primary: true, deleteRule: "cascade", owner: true })
  member!: Member;

  @Property({ type: "text" })
  body!: string;

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  updatedBy: Member | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  updatedAt: Opt<Date> = new Date();
}
