/**
 * The errors a form shows under its fields: its own checks, live once the person has tried to send
 * (so "Required" goes away as soon as they type), plus the server's refusal of one field, shown
 * until that field changes.
 */
export class FieldErrors {
  /** Set by the first submit; checks run live from then on. */
  private attempted = $state(false);
  private refused = $state<{ field: string; message: string; value: unknown } | null>(null);

  constructor(
    /** Field name → message, or null when the field is fine. */
    private readonly check: () => Record<string, string | null>,
    /** The current value of a field, to notice when a refused one has changed. */
    private readonly valueOf: (field: string) => unknown,
  ) {}

  readonly all = $derived.by(() => {
    const out: Record<string, string> = {};
    if (this.attempted) for (const [field, message] of Object.entries(this.check())) if (message) out[field] = message;
    if (this.refused && this.valueOf(this.refused.field) === this.refused.value) out[this.refused.field] ??= this.refused.message;
    return out;
  });

  /** First field in error, or null. Call on submit; it starts the live checks. */
  firstOnSubmit(): string | null {
    this.attempted = true;
    this.refused = null;
    return Object.keys(this.all)[0] ?? null;
  }

  /** The server refused `field`; returns false when this form has no such field (say it elsewhere). */
  refuse(field: string, message: string): boolean {
    const value = this.valueOf(field);
    if (value === undefined) return false;
    this.refused = { field, message, value };
    return true;
  }
}
