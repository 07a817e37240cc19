// The port between Roundtrip and an issue tracker. The server depends on these
// types only; the adapters live behind the registry (registry.ts).

/** A registered tracker's kind, e.g. "JIRA". */
export type TrackerKind = string;

/**
 * A workflow state. `category` is the tracker's own coarse class:
 * Jira statusCategory key (new | indeterminate | done);
 * Linear state type (triage | backlog | unstarted | started | completed | canceled | duplicate).
 */
export interface TrackerState {
  id: string;
  name: string;
  category: string;
}

export interface TrackerIssue {
  id: string;
  key: string;
  url: string;
  title: string;
  state: TrackerState;
  updatedAt: Date;
}

export interface CreateIssueInput {
  title: string;
  description: string;
  /**
   * Stored inside the tracker issue (Jira: a label; Linear: a marker line at the end
   * of the description), so a crash between "issue created" and "we recorded it"
   * never leads to a second issue: `createIssue` looks the key up before creating.
   * Letters, digits and `._:-` only, e.g. "roundtrip-link-<uuid>".
   */
  idempotencyKey: string;
}

export interface TrackerWebhookEvent {
  deliveryId: string;
  issueId: string;
  issueKey: string;
  /** The issue's state after the event; null for deletions. */
  state: TrackerState | null;
  occurredAt: Date;
  action: "created" | "updated" | "deleted";
}

/**
 * A failed tracker call. `retryable` tells the caller whether trying again later can help
 * (network trouble, rate limits, 5xx) or not (bad credentials, missing permission, not found,
 * invalid input). `status` is the HTTP status, or for Linear GraphQL errors the equivalent one
 * (401 authentication, 403 forbidden, 404 entity not found, 429 rate limited).
 * The message is meant for people and never contains the API token.
 */
export class TrackerError extends Error {
  override readonly name = "TrackerError";

  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A webhook delivery we refuse; `httpStatus` is what the endpoint should answer. */
export class WebhookRejected extends Error {
  override readonly name = "WebhookRejected";

  constructor(
    readonly httpStatus: 400 | 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

export interface Tracker {
  readonly kind: TrackerKind;
  /** Idempotent: returns the existing issue when one already carries `idempotencyKey`. */
  createIssue(input: CreateIssueInput): Promise<TrackerIssue>;
  findIssueByIdempotencyKey(idempotencyKey: string): Promise<TrackerIssue | null>;
  /** Throws TrackerError; a missing issue is permanent with status 404. */
  getIssue(keyOrId: string): Promise<TrackerIssue>;
  findIssuesUpdatedSince(since: Date): Promise<TrackerIssue[]>;
  addComment(keyOrId: string, body: string): Promise<void>;
  listWorkflowStates(): Promise<TrackerState[]>;
  /** A human description such as "Connected to Jira project ABC (Roundtrip) as user@example.com". */
  testConnection(): Promise<string>;
}

/** `email` + `apiToken` → basic auth (Jira Cloud); no email → bearer personal access token (Data Center). */
export interface JiraConnectionConfig {
  baseUrl: string;
  email?: string | null;
  apiToken: string;
  projectKey: string;
  issueType: string;
}

/** `apiUrl` overrides https://api.linear.app/graphql (tests point it at a fake). */
export interface LinearConnectionConfig {
  apiKey: string;
  teamId: string;
  apiUrl?: string;
}

export interface WebhookDelivery {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  secret: string | null;
  now: Date;
}
