import { Migration } from "@mikro-orm/migrations";

/** At most one pending "create an issue" per post and tracker connection (double clicks made two). */
export class Migration20261202040100 extends Migration {
  override async up(): Promise<void> {
    // Earlier double clicks: keep the oldest pending create, fail the others so managers see them.
    this.addSql(`update "tracker_link" set "state" = 'FAILED', "last_error" = 'A second request to create the same issue; the first one is kept.'
      where "id" in (
        select "id" from (
          select "id", row_number() over (partition by "post_id", "connection_id" order by "created_at", "id") as "position"
          from "tracker_link" where "state" = 'PENDING' and "issue_id" is null and "requested_key" is null
        ) as "pending" where "position" > 1
      );`);
    this.addSql(
      `create unique index "tracker_link_one_pending_create" on "tracker_link" ("post_id", "connection_id") where "state" = 'PENDING' and "issue_id" is null and "requested_key" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "tracker_link_one_pending_create";`);
  }
}
