import { createClient, type Client } from "graphql-ws/client";
import type { TypedDocumentString } from "../../gql/graphql";

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at /graphql. One shared client, connected
 * lazily on the first subscription and closed a little after the last one ends. The browser sends
 * the session cookie with the upgrade, so a new client is made when the viewer changes. Drops are
 * retried forever with back-off; callers hear about them through `onStatus` and should refetch
 * after a reconnect, since events sent while offline are lost.
 */
export type LiveStatus = "connecting" | "live" | "reconnecting";

let client: Client | null = null;
let clientViewer: string | null | undefined;
let connected = false;
const statusListeners = new Set<(status: LiveStatus, wasRetry: boolean) => void>();

function url(): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/graphql`;
}

function clientFor(viewerKey: string | null): Client {
  if (client && clientViewer === viewerKey) return client;
  client?.dispose();
  clientViewer = viewerKey;
  connected = false;
  // Only the current client speaks; a disposed one may still report its closing.
  const emit = (status: LiveStatus, wasRetry = false) => {
    if (client !== created) return;
    connected = status === "live";
    statusListeners.forEach((listener) => listener(status, wasRetry));
  };
  const created: Client = createClient({
    url: url(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // Exponential back-off with jitter, capped at 15 s.
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(15_000, 1_000 * 2 ** retries) * (0.75 + Math.random() / 2)));
    },
    on: {
      connected: (_socket, _payload, wasRetry) => emit("live", wasRetry),
      closed: () => emit("reconnecting"),
    },
  });
  client = created;
  return created;
}

/**
 * Subscribes to one typed subscription. `viewerKey` identifies who is signed in (null: nobody) so
 * the socket is reopened with the right cookie after logging in or out. Returns the unsubscribe.
 */
export function subscribe<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  viewerKey: string | null,
  handlers: { next: (data: TResult) => void; status?: (status: LiveStatus, wasRetry: boolean) => void },
): () => void {
  const { status } = handlers;
  const shared = clientFor(viewerKey);
  if (status) {
    statusListeners.add(status);
    // An open socket (e.g. from the page just left) reports no new "connected" event.
    status(connected ? "live" : "connecting", false);
  }
  const dispose = shared.subscribe<TResult>(
    { query: document.toString(), variables },
    {
      next: (result) => {
        if (result.data) handlers.next(result.data);
      },
      // Errors are retried by the client; a permanent error (e.g. the post was removed) just ends
      // live updates, and the page keeps what it has.
      error: () => {},
      complete: () => {},
    },
  );
  return () => {
    if (status) statusListeners.delete(status);
    dispose();
  };
}
