import type { NotificationFieldsFragment } from "../gql/graphql";
import { request } from "./api/client";
import { subscribe } from "./api/live";
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from "./api/operations";

export type AppNotification = NotificationFieldsFragment;

/**
 * The signed-in member's unread count (the bell's number), kept current by the live
 * `notificationAdded` subscription rather than by polling; pages showing the list hear each new
 * notification through `onAdded`.
 */
class Notifications {
  unread = $state(0);
  #listeners = new Set<(notification: AppNotification) => void>();

  /** Follows the viewer's notifications until the returned function is called. */
  watch(viewerKey: string): () => void {
    const refresh = () =>
      request(UnreadNotificationCountQuery)
        .then((data) => (this.unread = data.unreadNotificationCount))
        .catch(() => {});
    refresh();
    return subscribe(NotificationAddedSubscription, {}, viewerKey, {
      next: ({ notificationAdded }) => {
        this.unread++;
        this.#listeners.forEach((listener) => listener(notificationAdded));
      },
      // Whatever arrived while the socket was down was not sent: count again.
      status: (status, wasRetry) => {
        if (status === "live" && wasRetry) refresh();
      },
    });
  }

  onAdded(listener: (notification: AppNotification) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export const notifications = new Notifications();
