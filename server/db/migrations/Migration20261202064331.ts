import { Migration } from '@mikro-orm/migrations';

/** Tracker kinds come from the registry (integrations/index.ts), so they are text, not a fixed enum. */
export class Migration20261202064331 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "post_event" alter column "source" drop default;`);
    this.addSql(`alter table "post_event" alter column "source" type varchar(40) using ("source"::varchar(40));`);
    this.addSql(`alter table "post_event" alter column "source" set default 'MANUAL';`);

    this.addSql(`alter table "tracker_connection" alter column "kind" type varchar(40) using ("kind"::varchar(40));`);

    this.addSql(`drop type "post_event_source";`);
    this.addSql(`drop type "tracker_kind";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create type "post_event_source" as enum ('MANUAL', 'JIRA', 'LINEAR');`);
    this.addSql(`create type "tracker_kind" as enum ('JIRA', 'LINEAR');`);
    this.addSql(`alter table "post_event" alter column "source" drop default;`);
    this.addSql(`alter table "post_event" alter column "source" type "post_event_source" using ("source"::"post_event_source");`);
    this.addSql(`alter table "post_event" alter column "source" set default 'MANUAL';`);

    this.addSql(`alter table "tracker_connection" alter column "kind" type "tracker_kind" using ("kind"::"tracker_kind");`);
  }

}
