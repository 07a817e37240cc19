import { untrack } from "svelte";

export type LoadStatus = "loading" | "error" | "empty" | "ready";

/**
 * "Load, show loading / error / empty, ignore stale answers", once for every page. `load(...args)`
 * asks the server; only the answer to the newest request is kept, so a slow answer to an old filter
 * cannot overwrite the list for the new one. The last answer stays in `data` while the next is on its
 * way (`pending`). load() reads nothing reactively: called in an $effect, it reruns only when the
 * arguments the effect reads change, never because of what it writes.
 */
export class Loader<T, A extends unknown[] = []> {
  /** The newest answer; undefined until the first one arrives. */
  data = $state<T | undefined>(undefined);
  error = $state<unknown>(null);
  /** A request is on its way. */
  pending = $state(false);
  #newest = 0;
  #args: A | null = null;

  constructor(
    private readonly fetcher: (...args: A) => Promise<T>,
    private readonly isEmpty: (data: T) => boolean = () => false,
  ) {}

  get status(): LoadStatus {
    if (this.error) return "error";
    if (this.data === undefined) return "loading";
    return this.isEmpty(this.data) ? "empty" : "ready";
  }

  load = (...args: A): Promise<void> => untrack(() => this.#run(args));

  /** The last request again (the error box's "Try again", a refresh after a change). */
  reload = (): Promise<void> => untrack(() => (this.#args ? this.#run(this.#args) : Promise.resolve()));

  /** Shows nothing again, and drops any answer still on its way. */
  clear() {
    this.#newest++;
    this.#args = null;
    this.data = undefined;
    this.error = null;
    this.pending = false;
  }

  /** The next page of the same answer, merged in; dropped when a newer load started meanwhile. Errors are the caller's. */
  async extend(more: (data: T) => Promise<T>, merge: (data: T, more: T) => T): Promise<void> {
    const mine = this.#newest;
    const current = this.data;
    if (current === undefined) return;
    const next = await more(current);
    if (mine === this.#newest && this.data !== undefined) this.data = merge(this.data, next);
  }

  async #run(args: A) {
    const mine = ++this.#newest;
    this.#args = args;
    this.pending = true;
    this.error = null;
    try {
      const data = await this.fetcher(...args);
      if (mine === this.#newest) this.data = data;
    } catch (e) {
      if (mine === this.#newest) this.error = e;
    } finally {
      if (mine === this.#newest) this.pending = false;
    }
  }
}
