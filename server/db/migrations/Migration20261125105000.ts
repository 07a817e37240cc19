import { Migration } from "@mikro-orm/migrations";

/**
 * Live updates: every change to a post (status, votes, comment count, merge) and every new timeline
 * event notifies channel `post_changed` with the post id. NOTIFY is transactional, so listeners hear
 * only about committed changes, from any server process or job worker.
 */
export class Migration20261125105000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function notify_post_changed() returns trigger language plpgsql as $$
      begin
        -- The trigger's argument names the column holding the post id ("id" on post, "post_id" on post_event).
        perform pg_notify('post_changed', to_jsonb(new) ->> tg_argv[0]);
        return null;
      end $$;`);
    this.addSql(`create trigger post_changed_notify after update on "post" for each row execute function notify_post_changed('id');`);
    this.addSql(`create trigger post_event_notify after insert on "post_event" for each row execute function notify_post_changed('post_id');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists post_event_notify on "post_event";`);
    this.addSql(`drop trigger if exists post_changed_notify on "post";`);
    this.addSql(`drop function if exists notify_post_changed();`);
  }
}
