import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log is append-only in the database itself: a row cannot be deleted or changed, except that
 * its links to a deleted member become null (the foreign keys' `on delete set null`).
 */

export class Migration20261203094500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and (new.id, new.action, new.target_type, new.target_id, new.reason, new.before, new.after, new.created_at)
         is not distinct from (old.id, old.action, old.target_type, old.target_id, old.reason, old.before, old.after, old.created_at)
     and (new.actor_id is null or new.actor_id is not distinct from old.actor_id)
     and (new.target_member_id is null or new.target_member_id is not distinct from old.target_member_id) then
    return new;
  end if;
  raise exception 'audit_entry is append-only' using errcode = 'restrict_violation';
end $$;`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function "audit_entry_append_only"();`);
  }

}
