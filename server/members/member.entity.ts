import { Check, Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Role } from "./role.js";
import { Language } from "./language.js";

@ObjectType({ description: "A person in the community (members, moderators, managers, …)." })
@Entity()
@Check({ name: "member_mail_hard_bounces_check", expression: "mail_hard_bounces >= 0" })
@Check({ name: "member_trust_level_range", expression: "trust_level >= 0 and trust_level <= 4" })
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

  /** When the member opened the link mailed to their current address; null until then. */
  @Property({ type: "datetime", nullable: true })
  emailVerifiedAt: Date | null = null;

  /** The language of their mails (and, later, notifications). */
  @Enum({ items: () => Language, nativeEnumName: "language", default: Language.EN })
  language: Opt<Language> = Language.EN;

  /** Hard failures (SMTP 5xx) in a row at the current address; a delivered mail resets it. */
  @Property({ type: "smallint", default: 0 })
  mailHardBounces: Opt<number> = 0;

  /** Set at the second hard failure in a row: no more mail until the address is changed or verified. */
  @Property({ type: "datetime", nullable: true })
  mailSuppressedAt: Date | null = null;

  /** When they last opened the changelog: the header's "What's new" counts entries published since. */
  @Property({ type: "datetime", nullable: true })
  changelogSeenAt: Date | null = null;

  /**
   * Discourse's trust levels: 0 new, 1 basic, 2 member, 3 regular (trusted), 4 leader. Higher levels get
   * looser limits and weigh more in flags.
   */
  @Property({ type: "smallint", default: 0 })
  trustLevel: Opt<number> = 0;
}
