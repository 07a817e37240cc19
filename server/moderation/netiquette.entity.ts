import { Check, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";

/**
 * One published version of the community guidelines. Versions are only ever added (a trigger refuses
 * changes, see its migration): an acceptance and a warning's clause refer to what was published.
 */
@ObjectType({ description: "One published version of the netiquette (the community guidelines); never changed afterwards." })
@Entity({ tableName: "netiquette_version" })
// The first version is always material: nobody has accepted anything before it.
@Check({ name: "netiquette_version_first_is_material", expression: "version > 1 or material" })
@Check({ name: "netiquette_version_positive", expression: "version >= 1" })
export class NetiquetteVersion {
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => Int, { description: "1, 2, 3, … in the order published." })
  @Property({ type: "integer" })
  @Unique()
  version!: number;

  @Field(() => String, { description: "The guidelines as markdown; each `##` heading is a clause." })
  @Property({ type: "text" })
  body!: string;

  @Field(() => Boolean, { description: "A material change: everyone accepts it again before they next post or comment." })
  @Property({ type: "boolean" })
  material!: boolean;

  /** Kept when that account is deleted. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  publishedBy: Member | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  publishedAt: Opt<Date> = new Date();
}

/** A member accepted a version of the netiquette (at sign-up, or when asked again), once. */
@Entity({ tableName: "netiquette_acceptance" })
export class NetiquetteAcceptance {
  [PrimaryKeyProp]?: ["member", "version"];

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @ManyToOne(() => NetiquetteVersion, { primary: true, deleteRule: "restrict" })
  version!: NetiquetteVersion;

  @Property({ type: "datetime", defaultRaw: "now()" })
  acceptedAt: Opt<Date> = new Date();
}
