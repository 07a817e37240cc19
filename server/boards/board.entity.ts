import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ShownTo } from "../graphql/authorization.js";
import { HoldPolicy } from "../moderation/holding.entity.js";
import { MODERATION_POLICY } from "../moderation/moderation.policy.js";
import { randomUUID } from "node:crypto";

@ObjectType({ description: "A place posts are filed under, e.g. 'Mobile app' or 'API'." })
@Entity()
export class Board {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 60, unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: "string", length: 60 })
  name!: string;

  @Field(() => String)
  @Property({ type: "text", default: "" })
  description: Opt<string> = "";

  @Field(() => Int, { description: "Place in the board tabs, lowest first." })
  @Property({ type: "integer", default: 0 })
  position: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;

  /** Which new posts on this board wait for approval (`holdsNewPost`). */
  @Field(() => HoldPolicy, { nullable: true })
  @ShownTo(MODERATION_POLICY.configureHolding)
  @Enum({ items: () => HoldPolicy, nativeEnumName: "hold_policy", default: HoldPolicy.COMMUNITY_DEFAULT })
  holdPolicy: Opt<HoldPolicy> = HoldPolicy.COMMUNITY_DEFAULT;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
