import { Migration } from '@mikro-orm/migrations';

export class Migration20261202104226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_category" as enum ('STATUS', 'REPLIES', 'COMMENTS', 'CHANGELOG', 'STAFF_NEW_POSTS');`);
    this.addSql(`create type "email_cadence" as enum ('INSTANT', 'DAILY', 'WEEKLY', 'OFF');`);
    this.addSql(`create table "notification_preference" ("member_id" uuid not null, "category" "notification_category" not null, "in_app" boolean not null, "email" boolean not null, "updated_at" timestamptz not null default now(), constraint "notification_preference_pkey" primary key ("member_id", "category"));`);

    this.addSql(`create table "notification_settings" ("member_id" uuid not null, "email_cadence" "email_cadence" not null default 'INSTANT', "digest_hour" smallint not null default 8, "time_zone" varchar(64) not null default 'UTC', "updated_at" timestamptz not null default now(), constraint "notification_settings_pkey" primary key ("member_id"), constraint notification_settings_digest_hour_check check (digest_hour >= 0 and digest_hour <= 23));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_settings" add constraint "notification_settings_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification_settings" cascade;`);

    this.addSql(`drop type "notification_category";`);
    this.addSql(`drop type "email_cadence";`);
  }

}
