import { Check, Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { Member } from "../members/member.entity.js";
import { EmailCadence, NotificationCategory } from "./notification-category.js";

/** A member's own choice for one category; without a row, DEFAULT_CHANNELS applies. */
@Entity()
export class NotificationPreference {
  [PrimaryKeyProp]?: ["member", "category"];

  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @Enum({ items: () => NotificationCategory, nativeEnumName: "notification_category", primary: true })
  category!: NotificationCategory;

  @Property({ type: "boolean" })
  inApp!: boolean;

  @Property({ type: "boolean" })
  email!: boolean;

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** When and how a member's notification mails arrive; without a row, instant mail at 08:00 UTC digests. */
@Entity()
@Check({ name: "notification_settings_digest_hour_check", expression: "digest_hour >= 0 and digest_hour <= 23" })
export class NotificationSettings {
  @ManyToOne(() => Member, { primary: true, deleteRule: "cascade" })
  member!: Member;

  @Enum({ items: () => EmailCadence, nativeEnumName: "email_cadence", default: EmailCadence.INSTANT })
  emailCadence: Opt<EmailCadence> = EmailCadence.INSTANT;

  /** The local hour (0–23) at which digests are sent. */
  @Property({ type: "smallint", default: 8 })
  digestHour: Opt<number> = 8;

  /** An IANA time zone such as Europe/Berlin: digests go out at digestHour there. */
  @Property({ type: "string", length: 64, default: "UTC" })
  timeZone: Opt<string> = "UTC";

  /** Every published changelog entry, not only those answering a followed post. */
  @Property({ type: "boolean", default: false })
  allChangelogEntries: Opt<boolean> = false;

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

export const DEFAULT_SETTINGS = { emailCadence: EmailCadence.INSTANT, digestHour: 8, timeZone: "UTC", allChangelogEntries: false } as const;
