import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";

@ObjectType()
@Entity()
export class Tag {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 40, unique: true })
  name!: string;

  @Field(() => String, { description: "CSS hex colour, e.g. #3b82f6" })
  @Property({ type: "string", length: 7, default: "#64748b" })
  color: Opt<string> = "#64748b";

  @Field(() => String, { description: "What the tag is for, shown to staff who apply it." })
  @Property({ type: "text", default: "" })
  description: Opt<string> = "";

  @Field(() => Int, { description: "Place in tag lists, lowest first." })
  @Property({ type: "integer", default: 0 })
  position: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;
}
