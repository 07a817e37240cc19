import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Member } from "./member.entity.js";

/** A browser session. Only the SHA-256 of the cookie value is stored, so a database leak yields no usable session. */
@Entity()
export class Session {
  @PrimaryKey({ type: "string", length: 64 })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => Member, { deleteRule: "cascade" })
  member!: Member;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;
}
