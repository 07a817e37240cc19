import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Config } from "../config.js";
import type { JobPayloads, JobQueue } from "../jobs/queue.js";

/**
 * Domain events, after Outline's model: the producer records the event in the request's own
 * transaction (the timeline row plus one queued job), and consumers declare which events they
 * handle. Adding a consumer never touches the producer; the worker delivers each event after commit,
 * and never if the transaction rolled back (the job is rolled back with it).
 */
export const DOMAIN_EVENT_NAMES = ["post.created", "post.status-changed", "post.updated", "comment.created", "changelog.published"] as const satisfies ReadonlyArray<keyof JobPayloads>;
export type DomainEventName = (typeof DOMAIN_EVENT_NAMES)[number];

/**
 * An event as its consumers see it: its name and what its job carries. `eventId` keys the record
 * of which consumers handled it (the timeline row of a post event, the comment, the announced entry).
 */
export type DomainEvent<N extends DomainEventName = DomainEventName> = { [K in N]: { name: K } & JobPayloads[K] }[N];

/** What a consumer may need besides the transaction: to queue follow-up work in it, and the settings. */
export interface ConsumerServices {
  queue: JobQueue;
  config: Config;
}

export interface DomainEventConsumer<N extends DomainEventName = DomainEventName> {
  /** Stable and unique: the record of what this consumer has handled is keyed by it. */
  name: string;
  handles: readonly N[];
  /**
   * Runs in a transaction together with the record that this consumer handled the event, so a
   * retried job does not deliver it twice. Effects outside the database (an e-mail, a webhook call)
   * can still repeat when the process dies mid-way: such consumers must be idempotent themselves.
   */
  handle(em: EntityManager, event: DomainEvent<N>, services: ConsumerServices): Promise<void>;
}

const consumers = new Map<string, DomainEventConsumer>();

/** Registers a consumer; returns a function that removes it again. */
export function registerDomainEventConsumer<N extends DomainEventName>(consumer: DomainEventConsumer<N>): () => void {
  if (consumers.has(consumer.name)) throw new Error(`A domain event consumer named "${consumer.name}" is already registered`);
  // Delivery only hands a consumer the events it lists in `handles`.
  consumers.set(consumer.name, consumer as unknown as DomainEventConsumer);
  return () => consumers.delete(consumer.name);
}

/** Queues the event for its consumers, inside `em`'s transaction (the one that made the change). */
export async function publishDomainEvent<N extends DomainEventName>(em: EntityManager, queue: JobQueue, name: N, data: JobPayloads[N]): Promise<void> {
  await queue.enqueue(em, name, data);
}

/**
 * Hands one event to every consumer of its name that has not handled it yet. A consumer that throws
 * rolls back its own delivery and fails the job, which pg-boss retries for the consumers still due.
 */
export async function deliverDomainEvent(orm: MikroORM, event: DomainEvent, services: ConsumerServices): Promise<void> {
  for (const consumer of consumers.values()) {
    if (!consumer.handles.includes(event.name)) continue;
    await orm.em.fork().transactional(async (tx) => {
      const claimed: unknown[] = await tx.execute(
        `insert into domain_event_delivery (event_id, consumer) values (?, ?) on conflict do nothing returning consumer`,
        [event.eventId, consumer.name],
      );
      if (claimed.length > 0) await consumer.handle(tx, event, services);
    });
  }
}

export async function startDomainEventWorkers(orm: MikroORM, services: ConsumerServices): Promise<void> {
  for (const name of DOMAIN_EVENT_NAMES) {
    await services.queue.work(name, (data) => deliverDomainEvent(orm, { name, ...data } as DomainEvent, services));
  }
}
