import { Migration } from '@mikro-orm/migrations';

/** Which domain-event consumer has handled which event, so a retried job delivers to each once. */
export class Migration20261202063050 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "domain_event_delivery" ("event_id" uuid not null, "consumer" varchar(100) not null, "delivered_at" timestamptz not null default now(), constraint "domain_event_delivery_pkey" primary key ("event_id", "consumer"));`);

    this.addSql(`alter table "domain_event_delivery" add constraint "domain_event_delivery_event_id_foreign" foreign key ("event_id") references "post_event" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "domain_event_delivery" cascade;`);
  }

}
