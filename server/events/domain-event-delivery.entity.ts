import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";

/**
 * That a consumer has handled a domain event. Written in the consumer's own transaction, so a
 * retried job skips the consumers that already handled it and delivers to the others. `eventId` is
 * the event's own id (a status change's timeline row, an announced changelog entry), so no foreign key.
 */
@Entity()
export class DomainEventDelivery {
  /** The row that records the event (a timeline row, a comment, …): events are not all timeline rows. */
  @PrimaryKey({ type: "uuid" })
  eventId!: string;

  @PrimaryKey({ type: "string", length: 100 })
  consumer!: string;

  @Property({ type: "datetime", defaultRaw: "now()" })
  deliveredAt: Opt<Date> = new Date();
}
