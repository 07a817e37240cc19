import { Migration } from '@mikro-orm/migrations';

/** `comment_count` can no longer go below zero, like `vote_count`: a drifting delete fails instead. */
export class Migration20261202041100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "post" add constraint post_comment_count_not_negative check(comment_count >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "post" drop constraint post_comment_count_not_negative;`);
  }

}
