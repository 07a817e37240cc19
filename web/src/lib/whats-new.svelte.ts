import { request } from "./api/client";
import { MarkChangelogSeenMutation, WhatsNewCountQuery } from "./api/operations";

/** Where a visitor's browser keeps when it last opened the changelog (members' is on the server). */
const SEEN_KEY = "roundtrip.changelogSeenAt";

/**
 * The header's "What's new" count: published changelog entries since the last visit to /changelog.
 * Asked once per viewer, never polled; opening the changelog sets it to zero.
 */
class WhatsNew {
  count = $state(0);
  #asked = 0;

  refresh(): void {
    const mine = ++this.#asked;
    request(WhatsNewCountQuery, { since: localStorage.getItem(SEEN_KEY) })
      // A visit to the changelog meanwhile made this answer stale.
      .then((data) => mine === this.#asked && (this.count = data.whatsNewCount))
      .catch(() => {});
  }

  /** The reader opened the changelog now; a member's moment is stored on the server. */
  async markSeen(signedIn: boolean): Promise<void> {
    this.#asked++;
    this.count = 0;
    localStorage.setItem(SEEN_KEY, new Date().toISOString());
    if (!signedIn) return;
    // The server's clock, which stamps the entries, replaces the browser's.
    const seenAt = await request(MarkChangelogSeenMutation).then((data) => data.markChangelogSeen, () => null);
    if (seenAt) localStorage.setItem(SEEN_KEY, seenAt);
  }
}

export const whatsNew = new WhatsNew();
