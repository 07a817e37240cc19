import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { RESERVED_STATUSES, StatusCategory, isSettable } from "./post-status.js";

@ObjectType({ description: "A status's name in each language the web app speaks." })
export class StatusNames {
  @Field(() => String)
  en!: string;

  @Field(() => String)
  de!: string;
}

/** A post status a workspace defines (seeded with the seven Roundtrip started with). */
@ObjectType("Status")
@Entity({ tableName: "post_status" })
export class Status {
  @Field(() => String, { description: "Stable key, e.g. PLANNED: what `Post.status` and filters use." })
  @PrimaryKey({ type: "string", length: 40 })
  key!: string;

  @Property({ type: "string", length: 60 })
  nameEn!: string;

  @Property({ type: "string", length: 60 })
  nameDe!: string;

  @Field(() => StatusNames)
  get names(): Opt<StatusNames> {
    return { en: this.nameEn, de: this.nameDe };
  }

  @Field(() => String, { description: "CSS hex colour, e.g. #2563eb" })
  @Property({ type: "string", length: 7 })
  color!: string;

  @Field(() => StatusCategory)
  @Enum({ items: () => StatusCategory, nativeEnumName: "status_category" })
  category!: StatusCategory;

  @Field(() => Int, { description: "Place in status lists and along the progress path, lowest first." })
  @Property({ type: "integer", default: 0 })
  position: Opt<number> = 0;

  @Field(() => Boolean, { description: "Shown as a column of the public roadmap." })
  @Property({ type: "boolean", default: false })
  onRoadmap: Opt<boolean> = false;

  @Field(() => Boolean, { description: "False: posts in this status are seen by staff only." })
  @Property({ type: "boolean", default: true })
  public: Opt<boolean> = true;

  @Field(() => Date, { nullable: true, description: "Archived statuses are kept for history and cannot be chosen." })
  @Property({ type: "datetime", nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Boolean, { description: "Whether staff may put a post in it (not archived; DUPLICATE is reached by merging only)." })
  get settable(): Opt<boolean> {
    return isSettable(this);
  }

  @Field(() => Boolean, { description: "Roundtrip itself moves posts into it (OPEN, DUPLICATE), so it cannot be archived." })
  get reserved(): Opt<boolean> {
    return RESERVED_STATUSES.includes(this.key);
  }
}
