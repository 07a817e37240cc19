import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "board" add column "position" int not null default 0;`);

    this.addSql(`alter table "post" add column "edited_at" timestamptz null;`);

    this.addSql(`alter table "tag" add column "description" text not null default '', add column "position" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "board" drop column "position";`);

    this.addSql(`alter table "post" drop column "edited_at";`);

    this.addSql(`alter table "tag" drop column "description", drop column "position";`);
  }

}
