import { Migration } from "@mikro-orm/migrations";

/**
 * A tracker link's progress (created, retrying, failed, linked) reaches an open post page live, like
 * the post's own changes, so the page needs no polling while a link waits for the tracker.
 */
export class Migration20261202043000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create trigger tracker_link_notify after insert or update on "tracker_link" for each row execute function notify_post_changed('post_id');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists tracker_link_notify on "tracker_link";`);
  }
}
