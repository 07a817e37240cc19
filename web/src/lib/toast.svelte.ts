export interface Toast {
  id: number;
  kind: "success" | "error" | "info";
  text: string;
}

let next = 1;

/** Short messages announced through one aria-live region (see components/Toasts.svelte). */
class Toasts {
  items = $state<Toast[]>([]);

  show(text: string, kind: Toast["kind"] = "info", ms = 5000) {
    const id = next++;
    this.items = [...this.items, { id, kind, text }];
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number) {
    this.items = this.items.filter((toast) => toast.id !== id);
  }
}

export const toasts = new Toasts();
