import { createPubSub } from "@graphql-yoga/subscription";
import pg from "pg";

export const POST_CHANGED = "POST_CHANGED";

/** In-process fan-out for GraphQL subscriptions, fed by PostgreSQL's `post_changed` notifications. */
export const livePubSub = createPubSub<{ [POST_CHANGED]: [postId: string] }>();

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
    });
    client.on("error", () => this.reconnectSoon());
    client.on("end", () => this.reconnectSoon());
    await client.connect();
    await client.query("listen post_changed");
    this.client = client;
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
