import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "./member.entity.js";

/** A personal API token for scripts (`Authorization: Bearer rt_…`). The secret is shown once and stored hashed. */
@ObjectType()
@Entity()
export class ApiToken {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => Member, { deleteRule: "cascade" })
  member!: Member;

  @Field(() => String)
  @Property({ type: "string", length: 80 })
  name!: string;

  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: "When a request last came with this token, to the minute." })
  @Property({ type: "datetime", nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;
}
