import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";
import { Language } from "../members/language.js";
import { MailCategory, MailStatus } from "./mail-enums.js";

/**
 * Every mail Roundtrip sends, written in the transaction of the change that causes it; the mail job
 * delivers it from here. With no SMTP server configured it stays here (CAPTURED) for staff to read.
 */
@ObjectType({ description: "A mail in the outbox. Who may read them: see `outbox` (and `me.can.viewOutbox`)." })
@Entity()
@Index({ properties: ["createdAt"] })
@Check({ name: "outbox_mail_sent_check", expression: "(status = 'SENT') = (sent_at is not null)" })
export class OutboxMail {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null", index: true })
  recipient: Member | null = null;

  @Field(() => String)
  @Property({ type: "string", length: 254 })
  toAddress!: string;

  @Field(() => MailCategory)
  @Enum({ items: () => MailCategory, nativeEnumName: "mail_category" })
  category!: MailCategory;

  /** Which template made it, e.g. "verify-email". */
  @Field(() => String)
  @Property({ type: "string", length: 40 })
  template!: string;

  @Field(() => Language)
  @Enum({ items: () => Language, nativeEnumName: "language" })
  language!: Language;

  @Field(() => String)
  @Property({ type: "string", length: 300 })
  subject!: string;

  @Field(() => String)
  @Property({ type: "text" })
  text!: string;

  @Property({ type: "text" })
  html!: string;

  @Property({ type: "jsonb", default: "{}" })
  headers: Opt<Record<string, string>> = {};

  @Field(() => MailStatus)
  @Enum({ items: () => MailStatus, nativeEnumName: "mail_status", default: MailStatus.QUEUED })
  status: Opt<MailStatus> = MailStatus.QUEUED;

  @Field(() => Int)
  @Property({ type: "smallint", default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  sentAt: Date | null = null;
}
