import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Member } from "./member.entity.js";

export enum AccountTokenPurpose {
  VERIFY_EMAIL = "VERIFY_EMAIL",
  RESET_PASSWORD = "RESET_PASSWORD",
  CHANGE_EMAIL = "CHANGE_EMAIL",
}

/**
 * A link mailed to a member (verify the address, reset the password, confirm a new address). Only the
 * SHA-256 of the random token is stored, so a database leak opens no account; each works once.
 */
@Entity()
export class AccountToken {
  @PrimaryKey({ type: "string", length: 64 })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => Member, { deleteRule: "cascade" })
  member!: Member;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: "account_token_purpose" })
  purpose!: AccountTokenPurpose;

  /** The address the link was mailed to: verifying it proves this address, not a later one. */
  @Property({ type: "string", length: 254 })
  email!: string;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;
}
