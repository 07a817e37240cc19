import { Migration } from '@mikro-orm/migrations';

/**
 * The netiquette's versions and who accepted which. Versions are append-only in the database itself,
 * like the audit log: a published text cannot be changed or deleted, except that its publisher becomes
 * null when that account is deleted.
 */

export class Migration20261203121807 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "netiquette_version" ("id" uuid not null, "version" int not null, "body" text not null, "material" boolean not null, "published_by_id" uuid null, "published_at" timestamptz not null default now(), constraint "netiquette_version_pkey" primary key ("id"), constraint netiquette_version_positive check (version >= 1), constraint netiquette_version_first_is_material check (version > 1 or material));`);
    this.addSql(`alter table "netiquette_version" add constraint "netiquette_version_version_unique" unique ("version");`);

    this.addSql(`create table "netiquette_acceptance" ("member_id" uuid not null, "version_id" uuid not null, "accepted_at" timestamptz not null default now(), constraint "netiquette_acceptance_pkey" primary key ("member_id", "version_id"));`);

    this.addSql(`alter table "netiquette_version" add constraint "netiquette_version_published_by_id_foreign" foreign key ("published_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "netiquette_acceptance" add constraint "netiquette_acceptance_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "netiquette_acceptance" add constraint "netiquette_acceptance_version_id_foreign" foreign key ("version_id") references "netiquette_version" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter type "audit_action" add value if not exists 'PUBLISH_NETIQUETTE' after 'SET_STAFF_NOTE';`);

    this.addSql(`create function "netiquette_version_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and (new.id, new.version, new.body, new.material, new.published_at)
         is not distinct from (old.id, old.version, old.body, old.material, old.published_at)
     and (new.published_by_id is null or new.published_by_id is not distinct from old.published_by_id) then
    return new;
  end if;
  raise exception 'netiquette_version is append-only' using errcode = 'restrict_violation';
end $$;`);
    this.addSql(`create trigger "netiquette_version_append_only" before update or delete on "netiquette_version" for each row execute function "netiquette_version_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "netiquette_version_append_only" on "netiquette_version";`);
    this.addSql(`drop function "netiquette_version_append_only"();`);
    this.addSql(`alter table "netiquette_acceptance" drop constraint "netiquette_acceptance_version_id_foreign";`);

    this.addSql(`drop table if exists "netiquette_version" cascade;`);

    this.addSql(`drop table if exists "netiquette_acceptance" cascade;`);
  }

}
