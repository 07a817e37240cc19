// The adapter for ./service.ts, in the shape every tracker has: one definition for the registry.
// Nothing in server/ knows about it; a test registers it before the app starts.
import { createHmac, timingSafeEqual } from "node:crypto";
import {
  TrackerError,
  WebhookRejected,
  type Tracker,
  type TrackerDefinition,
  type TrackerIssue,
  type TrackerState,
  type WebhookDelivery,
} from "../../../integrations/index.js";

interface WebhookTrackerConfig {
  endpoint: string;
  token: string;
}

interface IssueView {
  id: string;
  key: string;
  title: string;
  url: string;
  state: TrackerState;
  updatedAt: string;
}

const issueOf = (view: IssueView): TrackerIssue => ({ ...view, updatedAt: new Date(view.updatedAt) });

class WebhookTracker implements Tracker {
  readonly kind = "WEBHOOK";

  constructor(private readonly config: WebhookTrackerConfig) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.config.endpoint}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.config.token}`, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      throw new TrackerError("Could not reach the webhook tracker", true);
    }
    if (!response.ok) throw new TrackerError(`The webhook tracker answered ${response.status}`, response.status >= 500 || response.status === 429, response.status);
    return (await response.json()) as T;
  }

  async findIssueByIdempotencyKey(idempotencyKey: string) {
    const [view] = await this.call<IssueView[]>("GET", `/issues?idempotencyKey=${encodeURIComponent(idempotencyKey)}`);
    return view ? issueOf(view) : null;
  }

  async createIssue(input: { title: string; description: string; idempotencyKey: string }) {
    return (await this.findIssueByIdempotencyKey(input.idempotencyKey)) ?? issueOf(await this.call<IssueView>("POST", "/issues", input));
  }

  async getIssue(keyOrId: string) {
    return issueOf(await this.call<IssueView>("GET", `/issues/${encodeURIComponent(keyOrId)}`));
  }

  async findIssuesUpdatedSince(since: Date) {
    return (await this.call<IssueView[]>("GET", `/issues?updatedSince=${encodeURIComponent(since.toISOString())}`)).map(issueOf);
  }

  async addComment(keyOrId: string, body: string) {
    await this.call("POST", `/issues/${encodeURIComponent(keyOrId)}/comments`, { body });
  }

  listWorkflowStates() {
    return this.call<TrackerState[]>("GET", "/states");
  }

  async testConnection() {
    return `Connected to the webhook tracker as ${(await this.call<{ name: string }>("GET", "/me")).name}`;
  }
}

function verifyWebhookTrackerDelivery(delivery: WebhookDelivery) {
  if (!delivery.secret) throw new WebhookRejected(401, "A webhook secret is required");
  const signature = String(delivery.headers["x-webhook-signature"] ?? "");
  const expected = createHmac("sha256", delivery.secret).update(delivery.rawBody).digest();
  if (!/^[0-9a-f]{64}$/.test(signature) || !timingSafeEqual(Buffer.from(signature, "hex"), expected)) throw new WebhookRejected(401, "Bad signature");
  const body = JSON.parse(delivery.rawBody.toString("utf8")) as { deliveryId: string; timestamp: number; action: "updated"; issue: IssueView };
  return { deliveryId: body.deliveryId, issueId: body.issue.id, issueKey: body.issue.key, state: body.issue.state, occurredAt: new Date(body.timestamp), action: body.action };
}

export const webhookTracker: TrackerDefinition<WebhookTrackerConfig> = {
  kind: "WEBHOOK",
  name: "Webhook tracker",
  addLabel: { en: "Add webhook tracker", de: "Webhook-Tracker hinzufügen" },
  webhookHelp: { en: "Point the tracker's webhook at this URL.", de: "Den Webhook des Trackers auf diese URL richten." },
  categoryMeaning: "todo, doing or done.",
  settings: [
    { key: "endpoint", label: { en: "Endpoint", de: "Endpunkt" }, required: true, format: "url", maxLength: 300 },
    { key: "token", label: { en: "Access token", de: "Zugriffstoken" }, required: true, secret: true, maxLength: 500 },
  ],
  configFrom: (values) => ({ endpoint: values.endpoint!, token: values.token! }),
  create: (config) => new WebhookTracker(config),
  verifyWebhook: verifyWebhookTrackerDelivery,
  parseIssueReference: (keyOrUrl) => /(?:^|\/browse\/)(WH-[1-9]\d*)$/i.exec(keyOrUrl.trim())?.[1].toUpperCase() ?? null,
  defaultStatusByCategory: { todo: "PLANNED", doing: "IN_PROGRESS", done: "SHIPPED" },
};
