// Every tracker Roundtrip can connect to, one definition per adapter (integrations/<tracker>/index.ts).
// The server reads only this registry: adding a tracker is a folder here plus one `registerTracker`.
import type { Tracker, TrackerWebhookEvent, WebhookDelivery } from "./tracker.js";

/** A text in each language of the web app; the adapter words what only it knows (its fields, its setup). */
export interface Wording {
  en: string;
  de: string;
}

/** One setting of a connection, as the connection form shows it and the server validates it. */
export interface TrackerSettingField {
  /** The setting's name, e.g. "baseUrl"; unique per tracker. */
  key: string;
  label: Wording;
  hint?: Wording;
  /** Stored encrypted, write-only: never returned by the API. */
  secret?: boolean;
  required?: boolean;
  /** "url" must be http(s) and is stored without a trailing slash; "email" is a hint for the form. */
  format?: "text" | "url" | "email";
  /** In characters. */
  maxLength: number;
  placeholder?: string;
  /** What the form starts with for a new connection. */
  initialValue?: string;
  /** Rarely needed (proxies, tests): the form tucks it away. */
  advanced?: boolean;
  /** Stored form of a valid value, e.g. an upper-cased project key. */
  normalize?: (value: string) => string;
}

/** Settings of a stored connection after validation: non-secret values and decrypted secrets, by key. */
export type SettingValues = Record<string, string | undefined>;

export interface TrackerDefinition<Config = unknown> {
  /** Upper case, e.g. "JIRA": the GraphQL TrackerKind value, stored on connections; its lower case is the webhook path. */
  kind: string;
  /** The tracker's product name, the same in every language, e.g. "Jira". */
  name: string;
  /** The button that adds a connection, e.g. "Add Jira project". */
  addLabel: Wording;
  /** Where in the tracker to paste the connection's webhook URL and secret. */
  webhookHelp: Wording;
  /** What `TrackerState.category` is for this tracker, for the mapping editor. */
  categoryMeaning: string;
  settings: TrackerSettingField[];
  /** The adapter's configuration from a connection's validated settings and secrets. */
  configFrom(values: SettingValues): Config;
  /** Builds the adapter; for unusable settings its first call rejects with a permanent TrackerError. */
  create(config: Config): Tracker;
  /**
   * Verifies a delivery and extracts the issue event: its delivery id (a repeat is stored once) and
   * its time (an event older than what a link knows is skipped). Returns null for a genuine delivery
   * Roundtrip does not act on; throws WebhookRejected for anything forged, unsigned while a secret is
   * required, stale or malformed.
   */
  verifyWebhook(delivery: WebhookDelivery): TrackerWebhookEvent | null;
  /** The issue key ("ENG-123", upper case) in what a person pastes (the key or the issue's URL), else null. */
  parseIssueReference(keyOrUrl: string): string | null;
  /** Tracker state category → post status key; null or missing: the post does not move. */
  defaultStatusByCategory: Record<string, string | null>;
}

const definitions = new Map<string, TrackerDefinition<never>>();

/** Adds a tracker. The GraphQL schema lists the trackers registered before it is built. */
export function registerTracker<Config>(definition: TrackerDefinition<Config>): void {
  if (!/^[A-Z][A-Z0-9_]*$/.test(definition.kind)) throw new Error(`Tracker kind "${definition.kind}" must be upper case letters, digits and _`);
  if (definitions.has(definition.kind)) throw new Error(`Tracker kind ${definition.kind} is registered twice`);
  definitions.set(definition.kind, definition as unknown as TrackerDefinition<never>);
}

export function findTrackerDefinition(kind: string): TrackerDefinition | undefined {
  return definitions.get(kind) as TrackerDefinition | undefined;
}

export function trackerDefinition(kind: string): TrackerDefinition {
  const definition = findTrackerDefinition(kind);
  if (!definition) throw new Error(`No tracker of kind ${kind} is registered`);
  return definition;
}

export function trackerDefinitions(): TrackerDefinition[] {
  return [...definitions.values()] as TrackerDefinition[];
}

/**
 * `fixed` plus one entry per registered kind ({ JIRA: "JIRA", … }), read live: type-graphql reads an
 * enum's values when the schema is built, so a GraphQL enum made from this lists every tracker by then.
 */
export function enumOfKinds<Fixed extends Record<string, string>>(fixed: Fixed): Fixed & Record<string, string> {
  const entries = () => ({ ...fixed, ...Object.fromEntries([...definitions.keys()].map((kind) => [kind, kind])) });
  return new Proxy(fixed, {
    get: (_target, key) => (typeof key === "string" ? entries()[key] : undefined),
    has: (_target, key) => typeof key === "string" && key in entries(),
    ownKeys: () => Object.keys(entries()),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === "string" && key in entries() ? { value: entries()[key], enumerable: true, configurable: true, writable: false } : undefined,
  });
}
