import { Migration } from '@mikro-orm/migrations';

/** Sanctions (warn, silence, suspend; in force is read from their times), the audit log of staff actions, and the staff note per member. */

export class Migration20261203092137 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_action" as enum ('WARN_MEMBER', 'SILENCE_MEMBER', 'SUSPEND_MEMBER', 'LIFT_SANCTION', 'SET_STAFF_NOTE');`);
    this.addSql(`create type "sanction_kind" as enum ('WARN', 'SILENCE', 'SUSPEND');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "actor_id" uuid null, "action" "audit_action" not null, "target_type" varchar(40) not null, "target_id" uuid not null, "target_member_id" uuid null, "reason" text null, "before" jsonb null, "after" jsonb null, "created_at" timestamptz not null default now(), constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_actor_id_created_at_index" on "audit_entry" ("actor_id", "created_at");`);
    this.addSql(`create index "audit_entry_target_member_id_created_at_index" on "audit_entry" ("target_member_id", "created_at");`);
    this.addSql(`create index "audit_entry_created_at_index" on "audit_entry" ("created_at");`);

    this.addSql(`create table "sanction" ("id" uuid not null, "kind" "sanction_kind" not null, "member_id" uuid not null, "actor_id" uuid null, "reason" text not null, "clause" varchar(100) null, "starts_at" timestamptz not null default now(), "ends_at" timestamptz null, "lifted_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "sanction_pkey" primary key ("id"), constraint sanction_duration_by_kind check ((kind = 'WARN' and ends_at is null and lifted_at is null) or (kind = 'SILENCE' and ends_at is not null) or kind = 'SUSPEND'), constraint sanction_ends_after_start check (ends_at is null or ends_at > starts_at));`);
    this.addSql(`create index "sanction_member_unlifted" on "sanction" ("member_id") where "lifted_at" is null;`);

    this.addSql(`create table "staff_note" ("member_id" uuid not null, "body" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null default now(), constraint "staff_note_pkey" primary key ("member_id"));`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_target_member_id_foreign" foreign key ("target_member_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sanction" add constraint "sanction_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sanction" add constraint "sanction_actor_id_foreign" foreign key ("actor_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "staff_note" add constraint "staff_note_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_note" add constraint "staff_note_updated_by_id_foreign" foreign key ("updated_by_id") references "member" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "sanction" cascade;`);

    this.addSql(`drop table if exists "staff_note" cascade;`);

    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop type "sanction_kind";`);
  }

}
