import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100426 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "role" as enum ('MEMBER', 'AMBASSADOR', 'MODERATOR', 'MANAGER', 'PRODUCT', 'ADMIN');`);
    this.addSql(`create type "post_kind" as enum ('IDEA', 'BUG', 'USABILITY');`);
    this.addSql(`create type "bug_severity" as enum ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');`);
    this.addSql(`create type "post_status" as enum ('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'DUPLICATE');`);
    this.addSql(`create type "comment_visibility" as enum ('PUBLIC', 'INTERNAL');`);
    this.addSql(`create type "post_event_type" as enum ('CREATED', 'STATUS_CHANGED', 'MERGED_INTO', 'MERGED_FROM', 'BOARD_CHANGED', 'NOTE');`);
    this.addSql(`create type "post_event_source" as enum ('MANUAL', 'JIRA', 'LINEAR');`);
    this.addSql(`create table "board" ("id" uuid not null, "slug" varchar(60) not null, "name" varchar(60) not null, "description" text not null default '', "archived_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "board_pkey" primary key ("id"));`);
    this.addSql(`alter table "board" add constraint "board_slug_unique" unique ("slug");`);

    this.addSql(`create table "member" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(80) not null, "password_hash" varchar(255) not null, "role" "role" not null default 'MEMBER', "created_at" timestamptz not null default now(), constraint "member_pkey" primary key ("id"));`);
    this.addSql(`alter table "member" add constraint "member_email_unique" unique ("email");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "member_id" uuid not null, "name" varchar(80) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_member_id_index" on "api_token" ("member_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "post" ("id" uuid not null, "board_id" uuid not null, "author_id" uuid not null, "kind" "post_kind" not null, "title" varchar(160) not null, "body" text not null default '', "bug_steps_to_reproduce" text null, "bug_expected" text null, "bug_actual" text null, "bug_environment" varchar(500) null default '', "bug_severity" "bug_severity" null, "usability_location" varchar(500) null, "usability_goal" text null, "usability_obstacle" text null, "status" "post_status" not null default 'OPEN', "vote_count" int not null default 0, "comment_count" int not null default 0, "merged_into_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "first_triaged_at" timestamptz null, "shipped_at" timestamptz null, "search" tsvector generated always as ((setweight(to_tsvector('english'::regconfig, (COALESCE(title, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(body, ''::text)), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, ((((((COALESCE(bug_steps_to_reproduce, ''::text) || ' '::text) || COALESCE(bug_actual, ''::text)) || ' '::text) || COALESCE(usability_goal, ''::text)) || ' '::text) || COALESCE(usability_obstacle, ''::text))), 'C'::"char")) stored null, constraint "post_pkey" primary key ("id"), constraint post_not_merged_into_itself check (merged_into_id is null or merged_into_id <> id), constraint post_usability_details_match_kind check ((kind = 'USABILITY') = (usability_goal is not null)), constraint post_bug_details_match_kind check ((kind = 'BUG') = (bug_severity is not null)), constraint post_vote_count_not_negative check (vote_count >= 0));`);
    this.addSql(`create index "post_author_id_index" on "post" ("author_id");`);
    this.addSql(`create index "post_status_index" on "post" ("status");`);
    this.addSql(`create index "post_created_at_index" on "post" ("created_at");`);
    this.addSql(`create index "post_search_index" on "public"."post" using gin("search");`);
    this.addSql(`create index "post_title_trgm" on "post" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "post_board_id_status_index" on "post" ("board_id", "status");`);

    this.addSql(`create table "follow" ("post_id" uuid not null, "member_id" uuid not null, "created_at" timestamptz not null default now(), constraint "follow_pkey" primary key ("post_id", "member_id"));`);

    this.addSql(`create table "comment" ("id" uuid not null, "post_id" uuid not null, "author_id" uuid not null, "parent_id" uuid null, "body" text not null, "visibility" "comment_visibility" not null default 'PUBLIC', "created_at" timestamptz not null default now(), "edited_at" timestamptz null, "deleted_at" timestamptz null, constraint "comment_pkey" primary key ("id"));`);
    this.addSql(`create index "comment_post_id_created_at_index" on "comment" ("post_id", "created_at");`);

    this.addSql(`create table "post_event" ("id" uuid not null, "post_id" uuid not null, "actor_id" uuid null, "type" "post_event_type" not null, "source" "post_event_source" not null default 'MANUAL', "from_status" "post_status" null, "to_status" "post_status" null, "public_note" text null, "related_post_id" uuid null, "internal_details" jsonb null, "created_at" timestamptz not null default now(), constraint "post_event_pkey" primary key ("id"));`);
    this.addSql(`create index "post_event_post_id_created_at_index" on "post_event" ("post_id", "created_at");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "member_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_member_id_index" on "session" ("member_id");`);

    this.addSql(`create table "tag" ("id" uuid not null, "name" varchar(40) not null, "color" varchar(7) not null default '#64748b', "archived_at" timestamptz null, constraint "tag_pkey" primary key ("id"));`);
    this.addSql(`alter table "tag" add constraint "tag_name_unique" unique ("name");`);

    this.addSql(`create table "post_tag" ("post_id" uuid not null, "tag_id" uuid not null, constraint "post_tag_pkey" primary key ("post_id", "tag_id"));`);

    this.addSql(`create table "vote" ("id" uuid not null, "post_id" uuid not null, "member_id" uuid not null, "cast_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`create index "vote_member_id_index" on "vote" ("member_id");`);
    this.addSql(`create index "vote_created_at_index" on "vote" ("created_at");`);
    this.addSql(`alter table "vote" add constraint "vote_post_id_member_id_unique" unique ("post_id", "member_id");`);

    this.addSql(`alter table "api_token" add constraint "api_token_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post" add constraint "post_board_id_foreign" foreign key ("board_id") references "board" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "post" add constraint "post_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "post" add constraint "post_merged_into_id_foreign" foreign key ("merged_into_id") references "post" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "follow" add constraint "follow_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow" add constraint "follow_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "comment" add constraint "comment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "comment" add constraint "comment_parent_id_foreign" foreign key ("parent_id") references "comment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post_event" add constraint "post_event_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_event" add constraint "post_event_actor_id_foreign" foreign key ("actor_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "post_event" add constraint "post_event_related_post_id_foreign" foreign key ("related_post_id") references "post" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post_tag" add constraint "post_tag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_tag" add constraint "post_tag_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vote" add constraint "vote_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_cast_by_id_foreign" foreign key ("cast_by_id") references "member" ("id") on update cascade on delete set null;`);
  }

}
