import { Migration } from '@mikro-orm/migrations';

export class Migration20261202144125 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "changelog_entry_state" as enum ('DRAFT', 'SCHEDULED', 'PUBLISHED');`);
    this.addSql(`create table "changelog_category" ("id" uuid not null, "name" varchar(40) not null, "position" int not null default 0, "archived_at" timestamptz null, constraint "changelog_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "changelog_category" add constraint "changelog_category_name_unique" unique ("name");`);

    this.addSql(`create table "changelog_settings" ("id" boolean not null default true, "shipping_waits_for_changelog" boolean not null default true, constraint "changelog_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "changelog_entry" ("id" uuid not null, "title" varchar(160) not null, "body" text not null default '', "category_id" uuid not null, "cover_image_url" varchar(300) null, "author_id" uuid null, "state" "changelog_entry_state" not null default 'DRAFT', "scheduled_for" timestamptz null, "published_at" timestamptz null, "notified_at" timestamptz null, "draft_week" varchar(8) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "changelog_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "changelog_entry_state_published_at_index" on "changelog_entry" ("state", "published_at");`);

    this.addSql(`create table "changelog_entry_post" ("changelog_entry_id" uuid not null, "post_id" uuid not null, constraint "changelog_entry_post_pkey" primary key ("changelog_entry_id", "post_id"));`);

    this.addSql(`alter table "changelog_entry" add constraint "changelog_entry_category_id_foreign" foreign key ("category_id") references "changelog_category" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "changelog_entry" add constraint "changelog_entry_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "changelog_entry_post" add constraint "changelog_entry_post_changelog_entry_id_foreign" foreign key ("changelog_entry_id") references "changelog_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "changelog_entry_post" add constraint "changelog_entry_post_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "domain_event_delivery" drop constraint if exists "domain_event_delivery_event_id_foreign";`);

    this.addSql(`alter type "post_event_type" add value if not exists 'ANNOUNCED' after 'NOTE';`);

    this.addSql(`alter table "post_event" add column "changelog_entry_id" uuid null;`);
    this.addSql(`alter table "changelog_settings" add constraint "changelog_settings_single_row" check (id = true);`);
    this.addSql(`create unique index "changelog_entry_one_open_draft_per_week" on "changelog_entry" ("draft_week") where "state" = 'DRAFT';`);
    this.addSql(`insert into "changelog_category" ("id", "name", "position") values (gen_random_uuid(), 'New', 0), (gen_random_uuid(), 'Improved', 1), (gen_random_uuid(), 'Fixed', 2);`);
    // Done internally sits just before the first DONE status on the progress path and the roadmap.
    this.addSql(`update "post_status" set "position" = "position" + 1
      where "position" >= coalesce((select min("position") from "post_status" where "category" = 'DONE'), (select coalesce(max("position") + 1, 0) from "post_status"));`);
    this.addSql(`insert into "post_status" ("key", "name_en", "name_de", "color", "category", "position", "on_roadmap")
      values ('DONE_INTERNALLY', 'Done internally — shipping soon', 'Intern erledigt – bald verfügbar', '#0d9488', 'ACTIVE',
        coalesce((select min("position") - 1 from "post_status" where "category" = 'DONE'), (select coalesce(max("position") + 1, 0) from "post_status")), true)
      on conflict ("key") do nothing;`);

    this.addSql(`alter table "post_event" add constraint "post_event_changelog_entry_id_foreign" foreign key ("changelog_entry_id") references "changelog_entry" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "changelog_entry" drop constraint "changelog_entry_category_id_foreign";`);

    this.addSql(`alter table "post_event" drop constraint "post_event_changelog_entry_id_foreign";`);

    this.addSql(`alter table "changelog_entry_post" drop constraint "changelog_entry_post_changelog_entry_id_foreign";`);

    this.addSql(`drop table if exists "changelog_category" cascade;`);

    this.addSql(`drop table if exists "changelog_settings" cascade;`);

    this.addSql(`drop table if exists "changelog_entry" cascade;`);

    this.addSql(`drop table if exists "changelog_entry_post" cascade;`);

    this.addSql(`alter table "domain_event_delivery" add constraint "domain_event_delivery_event_id_foreign" foreign key ("event_id") references "post_event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post_event" drop column "changelog_entry_id";`);
    this.addSql(`update "post" set "status" = (select "key" from "post_status" where "category" = 'DONE' order by "position" limit 1) where "status" = 'DONE_INTERNALLY';`);
    this.addSql(`delete from "post_status" where "key" = 'DONE_INTERNALLY';`);

    this.addSql(`drop type "changelog_entry_state";`);
  }

}
