import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";

export enum SanctionKind {
  /** A recorded warning: it restricts nothing and has no duration. */
  WARN = "WARN",
  /** Reads, votes and follows, but writes no posts or comments until it ends. */
  SILENCE = "SILENCE",
  /** Signed out everywhere and refused by every write until it ends (or for good). */
  SUSPEND = "SUSPEND",
}
registerEnumType(SanctionKind, { name: "SanctionKind", description: "What a sanction does to the member." });

/**
 * A warning, silence or suspension. Whether it is in force is read from `startsAt`, `endsAt` and
 * `liftedAt` at the moment of asking (see `ACTIVE_SANCTION_SQL`), so it ends exactly on time without a job.
 */
@ObjectType({ description: "A warning, silence or suspension of a member, with who gave it and why." })
@Entity()
// Only rows that may still be in force are looked up on every signed-in request (restriction.ts).
@Index({ name: "sanction_member_unlifted", expression: `create index "sanction_member_unlifted" on "sanction" ("member_id") where "lifted_at" is null` })
@Check({ name: "sanction_ends_after_start", expression: "ends_at is null or ends_at > starts_at" })
// A warning is a moment; only silences and suspensions last (a suspension may be permanent: no end).
@Check({ name: "sanction_duration_by_kind", expression: "(kind = 'WARN' and ends_at is null and lifted_at is null) or (kind = 'SILENCE' and ends_at is not null) or kind = 'SUSPEND'" })
export class Sanction {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @Field(() => SanctionKind)
  @Enum({ items: () => SanctionKind, nativeEnumName: "sanction_kind" })
  kind!: SanctionKind;

  @ManyToOne(() => Member, { deleteRule: "cascade" })
  member!: Member;

  /** Who gave it; kept when that staff account is deleted. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  actor: Member | null = null;

  @Field(() => String, { description: "Why, in the words of the staff member: shown to the sanctioned member." })
  @Property({ type: "text" })
  reason!: string;

  @Field(() => String, { nullable: true, description: "The anchor of the netiquette clause it cites." })
  @Property({ type: "string", length: 100, nullable: true })
  clause: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  startsAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: "When it ends by itself; null for a warning and a permanent suspension." })
  @Property({ type: "datetime", nullable: true })
  endsAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When staff lifted it before its end." })
  @Property({ type: "datetime", nullable: true })
  liftedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}

/**
 * Whether a sanction restricts its member now, in both forms: as SQL for the alias `s` of a sanction
 * row (the database's clock decides; every check of a request uses this one), and for a row already
 * read (`Sanction.active`, shown in lists).
 */
export const ACTIVE_RESTRICTION_SQL = (s: string) =>
  `${s}.kind in ('SILENCE', 'SUSPEND') and ${s}.lifted_at is null and ${s}.starts_at <= now() and (${s}.ends_at is null or ${s}.ends_at > now())`;

export const restrictsNow = (sanction: Sanction, now = Date.now()) =>
  sanction.kind !== SanctionKind.WARN && !sanction.liftedAt && sanction.startsAt.getTime() <= now && (!sanction.endsAt || sanction.endsAt.getTime() > now);
