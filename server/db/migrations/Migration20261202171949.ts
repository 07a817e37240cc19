import { Migration } from '@mikro-orm/migrations';

export class Migration20261202171949 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification_settings" add column "all_changelog_entries" boolean not null default false;`);

    this.addSql(`alter type "notification_kind" add value if not exists 'CHANGELOG_PUBLISHED' after 'NEW_POST';`);

    this.addSql(`alter table "notification" add column "changelog_entry_id" uuid null;`);
    this.addSql(`alter table "notification" alter column "post_id" drop not null;`);
    this.addSql(`alter table "notification" add constraint "notification_changelog_entry_id_foreign" foreign key ("changelog_entry_id") references "changelog_entry" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint notification_about_something_check check(post_id is not null or changelog_entry_id is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_changelog_entry_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint notification_about_something_check;`);
    this.addSql(`alter table "notification" drop column "changelog_entry_id";`);

    this.addSql(`delete from "notification" where "post_id" is null;`);
    this.addSql(`alter table "notification" alter column "post_id" set not null;`);

    this.addSql(`alter table "notification_settings" drop column "all_changelog_entries";`);
  }

}
