import { Migration } from '@mikro-orm/migrations';

/** Flags on posts and comments, their settings, and the moderation queue's audit actions (enum values stay on down: PostgreSQL cannot drop them). */

export class Migration20261203122945 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "flag_reason" as enum ('SPAM', 'ABUSE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER');`);
    this.addSql(`create type "flag_resolution" as enum ('AGREED', 'DISMISSED');`);
    this.addSql(`create table "flag_settings" ("id" boolean not null default true, "hide_threshold" double precision not null default 6, "weight_tl1" double precision not null default 1, "weight_tl2" double precision not null default 1.5, "weight_tl3" double precision not null default 2, "weight_tl4" double precision not null default 3, "daily_limit_tl1" int not null default 20, "daily_limit_tl2" int not null default 30, "daily_limit_tl3" int not null default 50, "daily_limit_tl4" int not null default 100, constraint "flag_settings_pkey" primary key ("id"), constraint flag_settings_limits_not_negative check (daily_limit_tl1 >= 0 and daily_limit_tl2 >= 0 and daily_limit_tl3 >= 0 and daily_limit_tl4 >= 0), constraint flag_settings_positive check (hide_threshold > (0)::double precision and weight_tl1 > (0)::double precision and weight_tl2 > (0)::double precision and weight_tl3 > (0)::double precision and weight_tl4 > (0)::double precision), constraint flag_settings_single_row check (id = true));`);

    this.addSql(`create table "flag" ("id" uuid not null, "post_id" uuid null, "comment_id" uuid null, "flagger_id" uuid not null, "reason" "flag_reason" not null, "message" text null, "weight" double precision not null, "created_at" timestamptz not null default now(), "resolved_at" timestamptz null, "resolution" "flag_resolution" null, constraint "flag_pkey" primary key ("id"), constraint flag_weight_positive check (weight > (0)::double precision), constraint flag_resolution_when_resolved check ((resolved_at is null) = (resolution is null)), constraint flag_message_when_required check ((reason <> 'ILLEGAL' and reason <> 'OTHER') or coalesce(length(btrim(message)), 0) > 0), constraint flag_one_target check ((post_id is null) <> (comment_id is null)));`);
    this.addSql(`create index "flag_post_id_index" on "flag" ("post_id");`);
    this.addSql(`create index "flag_comment_id_index" on "flag" ("comment_id");`);
    this.addSql(`create index "flag_open" on "flag" ("created_at") where "resolved_at" is null;`);
    this.addSql(`create index "flag_flagger_id_created_at_index" on "flag" ("flagger_id", "created_at");`);
    this.addSql(`create unique index "flag_one_open_per_comment" on "flag" ("comment_id", "flagger_id") where "resolved_at" is null;`);
    this.addSql(`create unique index "flag_one_open_per_post" on "flag" ("post_id", "flagger_id") where "resolved_at" is null;`);

    this.addSql(`alter table "flag" add constraint "flag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flag" add constraint "flag_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flag" add constraint "flag_flagger_id_foreign" foreign key ("flagger_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "audit_action" add value if not exists 'RESOLVE_FLAGS' after 'REMOVE_WATCHED_WORD';`);

    this.addSql(`alter type "audit_action" add value if not exists 'HIDE_CONTENT' after 'RESOLVE_FLAGS';`);

    this.addSql(`alter type "audit_action" add value if not exists 'RESTORE_CONTENT' after 'HIDE_CONTENT';`);

    this.addSql(`alter type "audit_action" add value if not exists 'APPROVE_POST' after 'RESTORE_CONTENT';`);

    this.addSql(`alter type "audit_action" add value if not exists 'REJECT_POST' after 'APPROVE_POST';`);

    this.addSql(`alter type "audit_action" add value if not exists 'DELETE_COMMENT' after 'REJECT_POST';`);

    this.addSql(`alter type "audit_action" add value if not exists 'UPDATE_FLAG_SETTINGS' after 'DELETE_COMMENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "flag_settings" cascade;`);

    this.addSql(`drop table if exists "flag" cascade;`);

    this.addSql(`drop type "flag_reason";`);
    this.addSql(`drop type "flag_resolution";`);
  }

}
