import { Migration } from '@mikro-orm/migrations';

/**
 * Trust levels: their settings (one row; the column defaults are Discourse's), the days members visit and the posts
 * they read, who set a level and why, the sign-up address, and rate-limiter-flexible's counters (`rate_limit`), which
 * the library would otherwise create at run time.
 */

export class Migration20261203122908 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "member_visit" ("member_id" uuid not null, "day" date not null, constraint "member_visit_pkey" primary key ("member_id", "day"));`);

    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "post_read" ("member_id" uuid not null, "post_id" uuid not null, "read_at" timestamptz not null, constraint "post_read_pkey" primary key ("member_id", "post_id"));`);

    this.addSql(`create table "trust_settings" ("id" boolean not null default true, "levels" jsonb not null default '[{"level":0,"postsPerDay":3,"commentsPerDay":10,"secondsBetweenPosts":120,"secondsBetweenComments":30,"linksPerPost":2,"votesPerDay":50,"promotion":null},{"level":1,"postsPerDay":20,"commentsPerDay":100,"secondsBetweenPosts":15,"secondsBetweenComments":5,"linksPerPost":10,"votesPerDay":50,"promotion":{"daysSinceJoined":3,"daysVisited":0,"postsRead":5,"acceptedContributions":1}},{"level":2,"postsPerDay":20,"commentsPerDay":200,"secondsBetweenPosts":15,"secondsBetweenComments":5,"linksPerPost":50,"votesPerDay":75,"promotion":{"daysSinceJoined":0,"daysVisited":15,"postsRead":0,"acceptedContributions":5}},{"level":3,"postsPerDay":40,"commentsPerDay":400,"secondsBetweenPosts":15,"secondsBetweenComments":5,"linksPerPost":50,"votesPerDay":100,"promotion":{"daysSinceJoined":50,"daysVisited":50,"postsRead":100,"acceptedContributions":20}},{"level":4,"postsPerDay":60,"commentsPerDay":600,"secondsBetweenPosts":15,"secondsBetweenComments":5,"linksPerPost":50,"votesPerDay":150,"promotion":null}]', "accounts_per_ip_per_day" smallint not null default 3, "blocked_email_domains" jsonb not null, "common_email_domains" jsonb not null default '["gmail.com","googlemail.com","outlook.com","hotmail.com","live.com","yahoo.com","icloud.com","me.com","aol.com","proton.me","protonmail.com","gmx.de","gmx.net","web.de","t-online.de","mail.ru","yandex.ru","qq.com"]', constraint "trust_settings_pkey" primary key ("id"), constraint trust_settings_accounts_per_ip_range check (accounts_per_ip_per_day >= 0), constraint trust_settings_levels_count check (jsonb_array_length(levels) = 5), constraint trust_settings_single_row check (id = true));`);

    this.addSql(`alter table "member_visit" add constraint "member_visit_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post_read" add constraint "post_read_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_read" add constraint "post_read_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "member" add column "trust_level_since" timestamptz null, add column "trust_level_set_by_id" uuid null, add column "trust_level_reason" text null, add column "trust_level_locked" boolean not null default false, add column "sign_up_ip" inet null, add column "last_visited_at" timestamptz null;`);
    this.addSql(`alter table "member" add constraint "member_trust_level_set_by_id_foreign" foreign key ("trust_level_set_by_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "member_email_domain" on "member" (split_part("email", '@', 2));`);
    this.addSql(`create index "member_sign_up_ip" on "member" ("sign_up_ip", "created_at");`);

    this.addSql(`alter type "audit_action" add value if not exists 'SET_TRUST_LEVEL' after 'UPDATE_FLAG_SETTINGS';`);

    this.addSql(`create index "comment_author_id_created_at_index" on "comment" ("author_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "member_visit" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "post_read" cascade;`);

    this.addSql(`drop table if exists "trust_settings" cascade;`);

    this.addSql(`alter table "member" drop constraint "member_trust_level_set_by_id_foreign";`);

    this.addSql(`drop index "comment_author_id_created_at_index";`);

    this.addSql(`drop index "member_email_domain";`);
    this.addSql(`drop index "member_sign_up_ip";`);
    this.addSql(`alter table "member" drop column "trust_level_since", drop column "trust_level_set_by_id", drop column "trust_level_reason", drop column "trust_level_locked", drop column "sign_up_ip", drop column "last_visited_at";`);
  }

}
