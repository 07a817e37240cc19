import { Migration } from '@mikro-orm/migrations';

/** A list's totalCount is counted from the index alone (status for visibility, author for a member's own hidden posts). */

export class Migration20261203080725 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "post_visible_count" on "post" ("status", "author_id") where "status" <> 'DUPLICATE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "post_visible_count";`);
  }

}
