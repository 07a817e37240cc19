import { Migration } from '@mikro-orm/migrations';

/** Moderation on posts (held for approval, hidden) and comments (hidden), and each member's trust level. */

export class Migration20261203120314 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "moderation_state" as enum ('HELD', 'HIDDEN');`);
    this.addSql(`alter table "member" add column "trust_level" smallint not null default 0;`);
    this.addSql(`alter table "member" add constraint member_trust_level_range check(trust_level >= 0 and trust_level <= 4);`);

    this.addSql(`alter table "post" add column "moderation_state" "moderation_state" null, add column "moderation_reason" text null, add column "moderated_at" timestamptz null;`);
    this.addSql(`drop index "post_visible_count";`);
    this.addSql(`create index "post_visible_count" on "post" ("status", "author_id", "moderation_state") where "status" <> 'DUPLICATE';`);
    this.addSql(`create index "post_withheld" on "post" ("moderated_at", "id") where "moderation_state" is not null;`);
    this.addSql(`alter table "post" add constraint post_moderation_reason_only_when_hidden check(moderation_reason is null or moderation_state = 'HIDDEN');`);
    this.addSql(`alter table "post" add constraint post_moderated_at_matches_state check((moderation_state is null) = (moderated_at is null));`);

    this.addSql(`alter table "comment" add column "hidden_at" timestamptz null, add column "hidden_reason" text null;`);
    this.addSql(`alter table "comment" add constraint comment_hidden_reason_only_when_hidden check(hidden_at is not null or hidden_reason is null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "comment" drop constraint comment_hidden_reason_only_when_hidden;`);
    this.addSql(`alter table "comment" drop column "hidden_at", drop column "hidden_reason";`);

    this.addSql(`alter table "member" drop constraint member_trust_level_range;`);
    this.addSql(`alter table "member" drop column "trust_level";`);

    this.addSql(`drop index "post_withheld";`);
    this.addSql(`drop index "post_visible_count";`);
    this.addSql(`create index "post_visible_count" on "post" ("status", "author_id") where "status" <> 'DUPLICATE';`);
    this.addSql(`alter table "post" drop constraint post_moderation_reason_only_when_hidden;`);
    this.addSql(`alter table "post" drop constraint post_moderated_at_matches_state;`);
    this.addSql(`alter table "post" drop column "moderation_state", drop column "moderation_reason", drop column "moderated_at";`);

    this.addSql(`drop type "moderation_state";`);
  }

}
