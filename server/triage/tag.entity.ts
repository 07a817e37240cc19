import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
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

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;
}
