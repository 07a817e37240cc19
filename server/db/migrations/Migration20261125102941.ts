import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "multi_link_rule" as enum ('ALL', 'ANY');`);
    this.addSql(`create type "tracker_kind" as enum ('JIRA', 'LINEAR');`);
    this.addSql(`create type "tracker_link_state" as enum ('PENDING', 'LINKED', 'FAILED');`);
    this.addSql(`create type "delivery_state" as enum ('RECEIVED', 'APPLIED', 'SKIPPED', 'FAILED');`);
    this.addSql(`create table "tracker_connection" ("id" uuid not null, "kind" "tracker_kind" not null, "name" varchar(80) not null, "settings" jsonb not null, "sealed_secrets" text not null, "status_mapping" jsonb not null default '{}', "known_states" jsonb not null default '[]', "multi_link_rule" "multi_link_rule" not null default 'ALL', "last_synced_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "tracker_connection_pkey" primary key ("id"));`);

    this.addSql(`create table "tracker_link" ("id" uuid not null, "post_id" uuid not null, "connection_id" uuid not null, "state" "tracker_link_state" not null default 'PENDING', "requested_key" varchar(100) null, "idempotency_key" varchar(100) not null, "issue_id" varchar(100) null, "issue_key" varchar(100) null, "issue_url" varchar(500) null, "issue_title" varchar(500) null, "tracker_state_id" varchar(100) null, "tracker_state_name" varchar(100) null, "tracker_state_category" varchar(40) null, "mapped_status" "post_status" null, "last_event_at" timestamptz null, "last_error" text null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "tracker_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "tracker_link" add constraint "tracker_link_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "tracker_link_connection_id_issue_id_index" on "tracker_link" ("connection_id", "issue_id");`);
    this.addSql(`alter table "tracker_link" add constraint "tracker_link_issue_unique" unique ("post_id", "connection_id", "issue_id");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "connection_id" uuid not null, "delivery_id" varchar(200) not null, "event" jsonb not null, "state" "delivery_state" not null default 'RECEIVED', "detail" text null, "received_at" timestamptz not null default now(), "processed_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_connection_id_delivery_id_unique" unique ("connection_id", "delivery_id");`);

    this.addSql(`alter table "tracker_link" add constraint "tracker_link_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tracker_link" add constraint "tracker_link_connection_id_foreign" foreign key ("connection_id") references "tracker_connection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "tracker_link" add constraint "tracker_link_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_connection_id_foreign" foreign key ("connection_id") references "tracker_connection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post" add column "link_rule" "multi_link_rule" null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tracker_link" drop constraint "tracker_link_connection_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_connection_id_foreign";`);

    this.addSql(`drop table if exists "tracker_connection" cascade;`);

    this.addSql(`drop table if exists "tracker_link" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`alter table "post" drop column "link_rule";`);

    this.addSql(`drop type "multi_link_rule";`);
    this.addSql(`drop type "tracker_kind";`);
    this.addSql(`drop type "tracker_link_state";`);
    this.addSql(`drop type "delivery_state";`);
  }

}
