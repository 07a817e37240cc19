import { createPubSub } from "@graphql-yoga/subscription";
import pg from "pg";

export const POST_CHANGED = "POST_CHANGED";
export const NOTIFICATION_ADDED = "NOTIFICATION_ADDED";

/**
 * In-process fan-out for GraphQL subscriptions, fed by PostgreSQL's `post_changed` and
 * `notification_added` notifications. Notifications are published per recipient (the topic's id).
 */
export const livePubSub = createPubSub<{ [POST_CHANGED]: [postId: string]; [NOTIFICATION_ADDED]: [memberId: string, notificationId: string] }>();

/** Members with an open `notificationAdded` subscription in this process, with how many they have open. */
const notificationWatchers = new Map<string, number>();

/**
 * The member's new notifications as they arrive. While it is open the member counts as watched, so
 * an event that told 100,000 members costs this process one query for the few connected to it.
 */
export function liveNotificationsOf(memberId: string): AsyncIterableIterator<string> {
  const inner = livePubSub.subscribe(NOTIFICATION_ADDED, memberId)[Symbol.asyncIterator]();
  notificationWatchers.set(memberId, (notificationWatchers.get(memberId) ?? 0) + 1);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    const left = (notificationWatchers.get(memberId) ?? 1) - 1;
    if (left > 0) notificationWatchers.set(memberId, left);
    else notificationWatchers.delete(memberId);
  };
  // A hand-made iterator, not an async generator: a generator's return() would wait for the next
  // event before its `finally` ran, and the member would count as watched until then.
  return {
    next: () => inner.next(),
    return: (value?: unknown) => {
      close();
      return inner.return ? inner.return(value) : Promise.resolve({ done: true, value: undefined });
    },
    throw: (error?: unknown) => {
      close();
      return inner.throw ? inner.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Holds one LISTEN connection. The database triggers NOTIFY on commit, so a change made by any
 * request, job worker or other server instance reaches every subscribed browser exactly when it is
 * visible to reads. Reconnects after a dropped connection.
 */
export class PostChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnecting = false;

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on("notification", (message) => {
      if (message.channel === "post_changed" && message.payload) livePubSub.publish(POST_CHANGED, message.payload);
      if (message.channel === "notification_added" && message.payload) this.publishNotifications(client, message.payload);
    });
    client.on("error", () => this.reconnectSoon());
    client.on("end", () => this.reconnectSoon());
    await client.connect();
    await client.query("listen post_changed");
    await client.query("listen notification_added");
    this.client = client;
  }

  /** One query per event, for the members connected to this process only. */
  private publishNotifications(client: pg.Client, sourceId: string): void {
    const watched = [...notificationWatchers.keys()];
    if (watched.length === 0) return;
    client
      .query<{ id: string; recipient_id: string }>(
        `select id, recipient_id from notification where source_id = $1 and in_app and recipient_id = any($2::uuid[])`,
        [sourceId, watched],
      )
      .then(({ rows }) => {
        for (const row of rows) livePubSub.publish(NOTIFICATION_ADDED, row.recipient_id, row.id);
      })
      // A dropped connection reconnects; a notice missed meanwhile is still in the list and the count.
      .catch(() => {});
  }

  private reconnectSoon(): void {
    if (this.stopped || this.reconnecting) return;
    this.reconnecting = true;
    // Keep the old client's error listener: a late "connection terminated" must not become an
    // unhandled 'error' event that crashes the process.
    this.client?.removeAllListeners("notification");
    this.client?.removeAllListeners("end");
    this.client = null;
    setTimeout(() => {
      this.reconnecting = false;
      this.start().catch(() => this.reconnectSoon());
    }, 1000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => {});
  }
}
