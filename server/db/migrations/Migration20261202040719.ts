import { Migration } from '@mikro-orm/migrations';

/** What staff need to see why a tracker call waits: attempts and next retry per link, the poll's last error, and when a connection test last passed. */
export class Migration20261202040719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tracker_connection" add column "last_sync_error" text null, add column "verified_at" timestamptz null;`);

    this.addSql(`alter table "tracker_link" add column "attempts" int not null default 0, add column "next_attempt_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tracker_connection" drop column "last_sync_error", drop column "verified_at";`);

    this.addSql(`alter table "tracker_link" drop column "attempts", drop column "next_attempt_at";`);
  }

}
