import { Migration } from "@mikro-orm/migrations";

/**
 * Statuses become data: the `post_status` enum becomes the `post_status` table, seeded with the
 * seven statuses and the English and German names the web app had, and every column that held the
 * enum keeps its values as keys with a foreign key to the table.
 */
export class Migration20261202064026 extends Migration {
  override async up(): Promise<void> {
    // The enum type must go before the table of the same name exists (a table is also a type).
    this.addSql(`alter table "post" alter column "status" drop default;`);
    this.addSql(`alter table "post" alter column "status" type varchar(40) using ("status"::varchar(40));`);
    this.addSql(`alter table "post_event" alter column "from_status" type varchar(40) using ("from_status"::varchar(40));`);
    this.addSql(`alter table "post_event" alter column "to_status" type varchar(40) using ("to_status"::varchar(40));`);
    this.addSql(`alter table "tracker_link" alter column "mapped_status" type varchar(40) using ("mapped_status"::varchar(40));`);
    this.addSql(`drop type "post_status";`);

    this.addSql(`create type "status_category" as enum ('OPEN', 'ACTIVE', 'DONE', 'CLOSED');`);
    this.addSql(`create table "post_status" ("key" varchar(40) not null, "name_en" varchar(60) not null, "name_de" varchar(60) not null, "color" varchar(7) not null, "category" "status_category" not null, "position" int not null default 0, "on_roadmap" boolean not null default false, "public" boolean not null default true, "archived_at" timestamptz null, constraint "post_status_pkey" primary key ("key"));`);
    this.addSql(`insert into "post_status" ("key", "name_en", "name_de", "color", "category", "position", "on_roadmap") values
      ('OPEN', 'Open', 'Offen', '#64748b', 'OPEN', 0, false),
      ('UNDER_REVIEW', 'Under review', 'In Prüfung', '#b45309', 'ACTIVE', 1, false),
      ('PLANNED', 'Planned', 'Geplant', '#2563eb', 'ACTIVE', 2, true),
      ('IN_PROGRESS', 'In progress', 'In Arbeit', '#7c3aed', 'ACTIVE', 3, true),
      ('SHIPPED', 'Shipped', 'Veröffentlicht', '#16a34a', 'DONE', 4, true),
      ('DECLINED', 'Declined', 'Abgelehnt', '#dc2626', 'CLOSED', 5, false),
      ('DUPLICATE', 'Duplicate', 'Duplikat', '#6b7280', 'CLOSED', 6, false);`);

    this.addSql(`alter table "post" alter column "status" set default 'OPEN';`);
    this.addSql(`alter table "post" add constraint "post_status_foreign" foreign key ("status") references "post_status" ("key") on update cascade;`);
    this.addSql(`alter table "post_event" add constraint "post_event_from_status_foreign" foreign key ("from_status") references "post_status" ("key") on update cascade on delete set null;`);
    this.addSql(`alter table "post_event" add constraint "post_event_to_status_foreign" foreign key ("to_status") references "post_status" ("key") on update cascade on delete set null;`);
    this.addSql(`alter table "tracker_link" add constraint "tracker_link_mapped_status_foreign" foreign key ("mapped_status") references "post_status" ("key") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "post" drop constraint "post_status_foreign";`);
    this.addSql(`alter table "post_event" drop constraint "post_event_from_status_foreign";`);
    this.addSql(`alter table "post_event" drop constraint "post_event_to_status_foreign";`);
    this.addSql(`alter table "tracker_link" drop constraint "tracker_link_mapped_status_foreign";`);
    this.addSql(`alter table "post" alter column "status" drop default;`);
    this.addSql(`drop table if exists "post_status" cascade;`);
    this.addSql(`drop type "status_category";`);
    this.addSql(`create type "post_status" as enum ('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'DUPLICATE');`);
    this.addSql(`alter table "post" alter column "status" type "post_status" using ("status"::"post_status");`);
    this.addSql(`alter table "post" alter column "status" set default 'OPEN';`);
    this.addSql(`alter table "post_event" alter column "from_status" type "post_status" using ("from_status"::"post_status");`);
    this.addSql(`alter table "post_event" alter column "to_status" type "post_status" using ("to_status"::"post_status");`);
    this.addSql(`alter table "tracker_link" alter column "mapped_status" type "post_status" using ("mapped_status"::"post_status");`);
  }
}
