import { Migration } from '@mikro-orm/migrations';

/** Holding new posts for approval (for the community and per board) and the watched words. */

export class Migration20261203122933 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "hold_policy" as enum ('COMMUNITY_DEFAULT', 'NOBODY', 'FIRST_POSTS', 'EVERYONE');`);
    this.addSql(`create type "watched_word_action" as enum ('BLOCK', 'HOLD', 'CENSOR');`);
    this.addSql(`create table "hold_settings" ("id" boolean not null default true, "policy" "hold_policy" not null default 'NOBODY', "first_posts" smallint not null default 1, constraint "hold_settings_pkey" primary key ("id"), constraint hold_settings_first_posts_range check (first_posts >= 1 and first_posts <= 50), constraint hold_settings_policy_is_concrete check (policy <> 'COMMUNITY_DEFAULT'));`);

    this.addSql(`create table "watched_word" ("id" uuid not null, "word" varchar(100) not null, "action" "watched_word_action" not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "watched_word_pkey" primary key ("id"));`);
    this.addSql(`create unique index "watched_word_unique" on "watched_word" (lower("word"));`);

    this.addSql(`alter table "watched_word" add constraint "watched_word_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "board" add column "hold_policy" "hold_policy" not null default 'COMMUNITY_DEFAULT';`);

    this.addSql(`alter type "audit_action" add value if not exists 'CHANGE_HOLD_SETTINGS' after 'PUBLISH_NETIQUETTE';`);

    this.addSql(`alter type "audit_action" add value if not exists 'ADD_WATCHED_WORD' after 'CHANGE_HOLD_SETTINGS';`);

    this.addSql(`alter type "audit_action" add value if not exists 'REMOVE_WATCHED_WORD' after 'ADD_WATCHED_WORD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hold_settings" cascade;`);

    this.addSql(`drop table if exists "watched_word" cascade;`);

    this.addSql(`alter table "board" drop column "hold_policy";`);

    this.addSql(`drop type "hold_policy";`);
    this.addSql(`drop type "watched_word_action";`);
  }

}
