import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Member } from "../members/member.entity.js";

/** Every staff action the audit log knows; a new one is a value here and in a migration (`alter type … add value`). */
export enum AuditAction {
  WARN_MEMBER = "WARN_MEMBER",
  SILENCE_MEMBER = "SILENCE_MEMBER",
  SUSPEND_MEMBER = "SUSPEND_MEMBER",
  LIFT_SANCTION = "LIFT_SANCTION",
  SET_STAFF_NOTE = "SET_STAFF_NOTE",
  PUBLISH_NETIQUETTE = "PUBLISH_NETIQUETTE",
  CHANGE_HOLD_SETTINGS = "CHANGE_HOLD_SETTINGS",
  ADD_WATCHED_WORD = "ADD_WATCHED_WORD",
  REMOVE_WATCHED_WORD = "REMOVE_WATCHED_WORD",
  /** Flags agreed with or dismissed (`after.resolution`). */
  RESOLVE_FLAGS = "RESOLVE_FLAGS",
  HIDE_CONTENT = "HIDE_CONTENT",
  RESTORE_CONTENT = "RESTORE_CONTENT",
  APPROVE_POST = "APPROVE_POST",
  REJECT_POST = "REJECT_POST",
  DELETE_COMMENT = "DELETE_COMMENT",
  UPDATE_FLAG_SETTINGS = "UPDATE_FLAG_SETTINGS",
  SET_TRUST_LEVEL = "SET_TRUST_LEVEL",
}
registerEnumType(AuditAction, { name: "AuditAction", description: "A kind of staff action recorded in the audit log." });

/** One staff action: written in the transaction of the action itself (`recordAudit`), never changed. */
@ObjectType({ description: "A staff action: who did what to which target, why, and what it changed." })
@Entity()
@Index({ properties: ["createdAt"] })
@Index({ properties: ["targetMember", "createdAt"] })
@Index({ properties: ["actor", "createdAt"] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: Opt<string> = randomUUID();

  /** Kept when the staff account is deleted (the row stays, the name goes). */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  actor: Member | null = null;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: "audit_action" })
  action!: AuditAction;

  @Field(() => String, { description: "What kind of thing was acted on: MEMBER, SANCTION, NETIQUETTE, POST, COMMENT, …" })
  @Property({ type: "string", length: 40 })
  targetType!: string;

  @Field(() => ID)
  @Property({ type: "uuid" })
  targetId!: string;

  /** The member the action concerns (the sanctioned member, a hidden post's author), for their history. */
  @ManyToOne(() => Member, { nullable: true, deleteRule: "set null" })
  targetMember: Member | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  reason: string | null = null;

  @Property({ type: "jsonb", nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: "jsonb", nullable: true })
  after: Record<string, unknown> | null = null;

  @Field(() => Date)
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
