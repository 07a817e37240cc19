import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { PostEvent } from "../timeline/post-event.entity.js";

/**
 * That a consumer has handled a domain event. Written in the consumer's own transaction, so a
 * retried job skips the consumers that already handled it and delivers to the others.
 */
@Entity()
export class DomainEventDelivery {
  @ManyToOne(() => PostEvent, { primary: true, deleteRule: "cascade" })
  event!: PostEvent;

  @PrimaryKey({ type: "string", length: 100 })
  consumer!: string;

  @Property({ type: "datetime", defaultRaw: "now()" })
  deliveredAt: Opt<Date> = new Date();
}
