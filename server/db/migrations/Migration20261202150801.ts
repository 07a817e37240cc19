import { Migration } from '@mikro-orm/migrations';

export class Migration20261202150801 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "post_new" on "post" ("created_at" desc, "id") where "status" <> 'DUPLICATE';`);
    this.addSql(`create index "post_board_top" on "post" ("board_id", "vote_count" desc, "created_at" desc, "id") where "status" <> 'DUPLICATE';`);
    this.addSql(`create index "post_top" on "post" ("vote_count" desc, "created_at" desc, "id") where "status" <> 'DUPLICATE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "post_new";`);
    this.addSql(`drop index "post_board_top";`);
    this.addSql(`drop index "post_top";`);
  }

}
