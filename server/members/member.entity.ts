import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Role } from "./role.js";

@ObjectType({ description: "A person in the community (members, moderators, managers, …)." })
@Entity()
export class Member {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  /** Stored lower-cased; unique. Exposed only to the member themselves and to staff. */
  @Property({ type: "string", length: 254, unique: true })
  email!: string;

  @Field(() => String)
  @Property({ type: "string", length: 80 })
  displayName!: string;

  @Property({ type: "string", length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: "role", default: Role.MEMBER })
  role: Opt<Role> = Role.MEMBER;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
