import { Migration } from '@mikro-orm/migrations';

/**
 * The mail outbox, mailed account links (stored as hashes), and per member: a verified address,
 * a language for mails, and hard bounces. Members from before verification existed count as verified.
 */
export class Migration20261202063331 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "language" as enum ('EN', 'DE');`);
    this.addSql(`create type "account_token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL');`);
    this.addSql(`create type "mail_category" as enum ('ACCOUNT');`);
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'CAPTURED', 'SUPPRESSED');`);
    this.addSql(`create table "account_token" ("token_hash" varchar(64) not null, "member_id" uuid not null, "purpose" "account_token_purpose" not null, "email" varchar(254) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "account_token_member_id_index" on "account_token" ("member_id");`);

    this.addSql(`create table "outbox_mail" ("id" uuid not null, "recipient_id" uuid null, "to_address" varchar(254) not null, "category" "mail_category" not null, "template" varchar(40) not null, "language" "language" not null, "subject" varchar(300) not null, "text" text not null, "html" text not null, "headers" jsonb not null default '{}', "status" "mail_status" not null default 'QUEUED', "attempts" smallint not null default 0, "last_error" text null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, constraint "outbox_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_mail_recipient_id_index" on "outbox_mail" ("recipient_id");`);
    this.addSql(`create index "outbox_mail_created_at_index" on "outbox_mail" ("created_at");`);

    this.addSql(`alter table "account_token" add constraint "account_token_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "outbox_mail" add constraint "outbox_mail_recipient_id_foreign" foreign key ("recipient_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "member" add column "email_verified_at" timestamptz null, add column "language" "language" not null default 'EN', add column "mail_hard_bounces" smallint not null default 0, add column "mail_suppressed_at" timestamptz null;`);
    this.addSql(`update "member" set "email_verified_at" = "created_at";`);
    this.addSql(`alter table "member" add constraint "member_mail_hard_bounces_check" check ("mail_hard_bounces" >= 0);`);
    this.addSql(`alter table "outbox_mail" add constraint "outbox_mail_sent_check" check (("status" = 'SENT') = ("sent_at" is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`drop table if exists "outbox_mail" cascade;`);

    this.addSql(`alter table "member" drop column "email_verified_at", drop column "language", drop column "mail_hard_bounces", drop column "mail_suppressed_at";`);

    this.addSql(`drop type "language";`);
    this.addSql(`drop type "account_token_purpose";`);
    this.addSql(`drop type "mail_category";`);
    this.addSql(`drop type "mail_status";`);
  }

}
