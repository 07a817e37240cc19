// A generic "webhook tracker": a tiny JSON issue service on 127.0.0.1 that signs its webhooks with
// `X-Webhook-Signature: <hex HMAC-SHA256 of the body>`. It exists only to prove that a tracker plugs
// into Roundtrip through the registry alone (see ./index.ts and test/trackers/registry.test.ts).
import { randomUUID } from "node:crypto";
import { HttpFake, listenOnFreePort, type FakeResponse, type RecordedRequest, type SignedDelivery, type WebhookDeliveryOptions } from "../http-fake.js";

export interface ServiceState {
  id: string;
  name: string;
  category: "todo" | "doing" | "done";
}

export interface ServiceIssue {
  id: string;
  key: string;
  title: string;
  description: string;
  idempotencyKey: string;
  state: ServiceState;
  updatedAt: string;
  comments: string[];
}

export const SERVICE_STATES: ServiceState[] = [
  { id: "s-todo", name: "To do", category: "todo" },
  { id: "s-doing", name: "Doing", category: "doing" },
  { id: "s-done", name: "Done", category: "done" },
];

export class WebhookTrackerService extends HttpFake {
  readonly token = `token-${randomUUID()}`;
  readonly issues = new Map<string, ServiceIssue>();
  private nextNumber = 1;

  constructor() {
    super(`hook-secret-${randomUUID()}`);
  }

  /** Moves an issue (as someone in the tracker would) and returns the signed webhook it sends. */
  setIssueState(key: string, stateName: string, options: WebhookDeliveryOptions = {}): SignedDelivery {
    const issue = this.issues.get(key);
    const state = SERVICE_STATES.find((candidate) => candidate.name === stateName);
    if (!issue || !state) throw new Error(`no issue ${key} or state ${stateName}`);
    issue.state = state;
    issue.updatedAt = new Date().toISOString();
    const { rawBody, signature } = this.signedPayload({ deliveryId: randomUUID(), action: "updated", issue: this.view(issue) }, "timestamp", options);
    return { headers: { "content-type": "application/json", ...(signature ? { "x-webhook-signature": signature } : {}) }, rawBody };
  }

  protected handle(request: RecordedRequest): FakeResponse {
    if (request.headers.authorization !== `Bearer ${this.token}`) return { status: 401, body: { error: "bad token" } };
    const route = `${request.method} ${request.path}`;
    if (route === "GET /me") return { status: 200, body: { name: "Roundtrip bot" } };
    if (route === "GET /states") return { status: 200, body: SERVICE_STATES };
    if (route === "GET /issues") {
      const key = request.query.get("idempotencyKey");
      const since = request.query.get("updatedSince");
      const matching = [...this.issues.values()].filter((issue) => (!key || issue.idempotencyKey === key) && (!since || issue.updatedAt >= since));
      return { status: 200, body: matching.map((issue) => this.view(issue)) };
    }
    if (route === "POST /issues") {
      const body = request.body as { title: string; description: string; idempotencyKey: string };
      const key = `WH-${this.nextNumber++}`;
      const issue: ServiceIssue = { id: randomUUID(), key, ...body, state: SERVICE_STATES[0], updatedAt: new Date().toISOString(), comments: [] };
      this.issues.set(key, issue);
      return { status: 201, body: this.view(issue) };
    }
    const issue = this.issues.get(/^\/issues\/([^/]+)/.exec(request.path)?.[1] ?? "") ?? [...this.issues.values()].find((candidate) => request.path === `/issues/${candidate.id}`);
    if (!issue) return { status: 404, body: { error: "no such issue" } };
    if (request.method === "GET") return { status: 200, body: this.view(issue) };
    if (route.endsWith("/comments")) {
      issue.comments.push(String((request.body as { body: string }).body));
      return { status: 201, body: {} };
    }
    return { status: 404, body: { error: "no such route" } };
  }

  private view(issue: ServiceIssue) {
    return { id: issue.id, key: issue.key, title: issue.title, url: `${this.url}/browse/${issue.key}`, state: issue.state, updatedAt: issue.updatedAt };
  }
}

export const startWebhookTrackerService = () => listenOnFreePort(new WebhookTrackerService());
