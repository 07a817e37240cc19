import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142207 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "follow_reason" as enum ('AUTHOR', 'VOTE', 'COMMENT', 'MANUAL', 'MERGED');`);
    this.addSql(`create type "follow_level" as enum ('NONE', 'STATUS', 'ALL');`);
    this.addSql(`create type "notification_kind" as enum ('STATUS_CHANGED', 'OFFICIAL_UPDATE', 'MERGED', 'REPLY', 'COMMENT', 'NEW_POST');`);
    this.addSql(`create type "notification_mail" as enum ('NONE', 'PENDING', 'SENT');`);
    this.addSql(`create table "board_watch" ("board_id" uuid not null, "member_id" uuid not null, "created_at" timestamptz not null default now(), constraint "board_watch_pkey" primary key ("board_id", "member_id"));`);

    this.addSql(`create table "notification" ("id" uuid not null default gen_random_uuid(), "recipient_id" uuid not null, "source_id" uuid not null, "category" "notification_category" not null, "kind" "notification_kind" not null, "post_id" uuid not null, "comment_id" uuid null, "actor_id" uuid null, "to_status" varchar(40) null, "excerpt" varchar(280) null, "in_app" boolean not null, "mail" "notification_mail" not null, "mail_id" uuid null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_created_index" on "notification" ("recipient_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_source_recipient_unique" unique ("source_id", "recipient_id");`);

    this.addSql(`alter table "board_watch" add constraint "board_watch_board_id_foreign" foreign key ("board_id") references "board" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "board_watch" add constraint "board_watch_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_actor_id_foreign" foreign key ("actor_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "domain_event_delivery" drop constraint if exists "domain_event_delivery_event_id_foreign";`);

    this.addSql(`alter table "post_event" add column "notify_followers" boolean not null default true;`);

    this.addSql(`alter table "follow" add column "reason" "follow_reason" not null default 'MANUAL', add column "level" "follow_level" not null default 'ALL';`);
    // Existing follows get the reason taking part gives: authors, then commenters, then voters (who
    // now hear only about status changes). Follows made by hand cannot be told apart from voters'.
    this.addSql(`update "follow" f set "reason" = 'AUTHOR' from "post" p where p.id = f.post_id and p.author_id = f.member_id;`);
    this.addSql(`update "follow" f set "reason" = 'COMMENT' where f.reason = 'MANUAL' and exists (select 1 from "comment" c where c.post_id = f.post_id and c.author_id = f.member_id);`);
    this.addSql(`update "follow" f set "reason" = 'VOTE', "level" = 'STATUS' where f.reason = 'MANUAL' and exists (select 1 from "vote" v where v.post_id = f.post_id and v.member_id = f.member_id);`);

    this.addSql(`alter type "mail_category" add value if not exists 'NOTIFICATION';`);
    this.addSql(`create index "notification_mail_created_index" on "notification" ("mail", "created_at");`);
    // One NOTIFY per fan-out statement and event, not per row: each server process then asks once
    // which of its live subscribers the event reached (live/live-listener.ts).
    this.addSql(`create or replace function notify_notification_added() returns trigger language plpgsql as $$
      begin
        perform pg_notify('notification_added', sources.source_id::text) from (select distinct source_id from added where in_app) sources;
        return null;
      end $$;`);
    this.addSql(`create trigger notification_added_notify after insert on "notification" referencing new table as added for each statement execute function notify_notification_added();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists notify_notification_added() cascade;`);
    this.addSql(`drop table if exists "board_watch" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "domain_event_delivery" add constraint "domain_event_delivery_event_id_foreign" foreign key ("event_id") references "post_event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follow" drop column "reason", drop column "level";`);

    this.addSql(`alter table "post_event" drop column "notify_followers";`);

    this.addSql(`drop type "follow_reason";`);
    this.addSql(`drop type "follow_level";`);
    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "notification_mail";`);
  }

}
