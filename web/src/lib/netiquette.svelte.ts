import { SECTION_ID_PREFIX } from "$shared/input-rules";
import { asApiError } from "./api/client";
import { session } from "./session.svelte";

/**
 * Asks a member to accept the netiquette before they write, when it changed materially since they
 * last did (the server's `me.netiquetteDue`, or its refusal FORBIDDEN NETIQUETTE_NOT_ACCEPTED for a
 * page opened before the change). App shows the dialog while `asking` holds a version; the write
 * that waited goes ahead once the member accepts.
 */
class NetiquetteGate {
  /** The version the dialog asks the viewer to accept; null: no dialog. */
  asking = $state<number | null>(null);
  #then: (() => void) | null = null;

  ask(version: number, then: (() => void) | null = null) {
    this.asking = version;
    this.#then = then;
  }

  /** Before a post or comment is sent: true when nothing is due; else the dialog opens and `then` runs once accepted. */
  mayWrite(then: () => void): boolean {
    const due = session.viewer?.netiquetteDue;
    if (due === null || due === undefined) return true;
    this.ask(due, then);
    return false;
  }

  /** For a failed write: when the server refused it for the netiquette, the dialog opens and `then` retries once accepted. */
  refused(error: unknown, then: () => void) {
    const version = asApiError(error).netiquetteVersion;
    if (version !== null) this.ask(version, then);
  }

  /** The dialog closed; if the member accepted, the write that waited goes ahead. */
  closed(accepted: boolean) {
    const then = this.#then;
    this.asking = null;
    this.#then = null;
    if (accepted) then?.();
  }
}

export const netiquetteGate = new NetiquetteGate();

/** Where a clause is read: its heading on the netiquette page. */
export const clauseHref = (anchor: string) => `/netiquette#${SECTION_ID_PREFIX}${anchor}`;
