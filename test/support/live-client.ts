import { createClient, type Client, type ClientOptions } from "graphql-ws";
import WebSocket from "ws";
import type { SignedInMember } from "../factories/index.js";

/**
 * A graphql-ws client that connects as the given signed-in member (their session cookie on the upgrade),
 * at once and without retrying unless `options` say otherwise.
 */
export function subscriptionClient(app: { url: string }, as: SignedInMember | null, options: Partial<ClientOptions> = {}): Client {
  const cookie = as?.client.cookie("rt_session");
  return createClient({
    url: `${app.url.replace("http", "ws")}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: cookie ? { cookie: `rt_session=${cookie}` } : {} });
      }
    },
    lazy: false,
    retryAttempts: 0,
    ...options,
  });
}

/** Collects events of one subscription; `next()` waits for the next one. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const dispose = client.subscribe<T>({ query, variables }, {
    next: (value) => {
      events.push(value.data as T);
      wake?.();
    },
    error: (error) => {
      errors.push(error);
      wake?.();
    },
    complete: () => {},
  });
  let read = 0;
  return {
    errors,
    dispose,
    async next(timeoutMs = 5000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      while (events.length <= read) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error("no event arrived");
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      return events[read++];
    },
  };
}

