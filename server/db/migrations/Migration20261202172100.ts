import { Migration } from "@mikro-orm/migrations";

/**
 * The header's "What's new" remembers when a member last opened the changelog. And an open post page
 * hears when what answers the post changes: an entry linking it is published, unpublished or renamed,
 * or a published entry starts or stops linking it (the post's `answeredIn`). Publishing for the first
 * time also writes timeline rows, which notify already; unpublishing and republishing write none.
 */
export class Migration20261202172100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "member" add column "changelog_seen_at" timestamptz null;`);
    this.addSql(`create or replace function notify_changelog_entry_posts() returns trigger language plpgsql as $$
      begin
        perform pg_notify('post_changed', l.post_id::text) from changelog_entry_post l where l.changelog_entry_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger changelog_entry_notify after update on "changelog_entry" for each row
      when (old.state is distinct from new.state or (new.state = 'PUBLISHED' and old.title is distinct from new.title))
      execute function notify_changelog_entry_posts();`);
    this.addSql(`create or replace function notify_changelog_link() returns trigger language plpgsql as $$
      declare link changelog_entry_post := coalesce(new, old);
      begin
        perform pg_notify('post_changed', link.post_id::text) from changelog_entry e where e.id = link.changelog_entry_id and e.state = 'PUBLISHED';
        return null;
      end $$;`);
    this.addSql(`create trigger changelog_link_notify after insert or delete on "changelog_entry_post" for each row execute function notify_changelog_link();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists changelog_link_notify on "changelog_entry_post";`);
    this.addSql(`drop function if exists notify_changelog_link();`);
    this.addSql(`drop trigger if exists changelog_entry_notify on "changelog_entry";`);
    this.addSql(`drop function if exists notify_changelog_entry_posts();`);
    this.addSql(`alter table "member" drop column "changelog_seen_at";`);
  }
}
