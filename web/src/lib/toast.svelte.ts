/** A button in a toast, e.g. Undo; pressing it runs `run` and closes the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  kind: "success" | "error" | "info";
  text: string;
  action?: ToastAction;
}

let next = 1;

/** Short messages announced through one aria-live region (see components/Toasts.svelte). */
class Toasts {
  items = $state<Toast[]>([]);

  show(text: string, kind: Toast["kind"] = "info", ms = 5000, action?: ToastAction) {
    const id = next++;
    this.items = [...this.items, { id, kind, text, action }];
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number) {
    this.items = this.items.filter((toast) => toast.id !== id);
  }
}

export const toasts = new Toasts();
