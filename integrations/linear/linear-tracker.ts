import { LinearClient } from "@linear/sdk";
import { httpFailure, unexpectedFailure, type FailureContext } from "../failures.js";
import { assertIdempotencyKey } from "../idempotency.js";
import {
  TrackerError,
  type CreateIssueInput,
  type LinearConnectionConfig,
  type Tracker,
  type TrackerIssue,
  type TrackerState,
} from "../tracker.js";
import {
  CREATE_ISSUE,
  GET_ISSUE,
  LIST_ISSUES,
  type CreateIssueData,
  type GetIssueData,
  type IssueNode,
  type ListIssuesData,
} from "./documents.js";
import { linearFailure } from "./errors.js";

const PAGE_SIZE = 100;

// Linear's own ordering of state types, used to list states the way its UI does.
const STATE_TYPE_ORDER = ["triage", "backlog", "unstarted", "started", "completed", "canceled", "duplicate"];

/**
 * The idempotency key goes into a marker line at the end of the description rather than a
 * label: labels must exist (by id) before they can be attached, and creating one per link
 * would flood the workspace's label list. The key only has [A-Za-z0-9._:-], which Linear's
 * Markdown normalisation leaves alone, so `description: { contains: key }` finds it.
 */
function markerLine(idempotencyKey: string): string {
  return `Roundtrip link key: ${idempotencyKey}`;
}

function descriptionWithMarker(description: string, idempotencyKey: string): string {
  const marker = markerLine(idempotencyKey);
  const body = description.trimEnd();
  return body ? `${body}\n\n${marker}` : marker;
}

export class LinearTracker implements Tracker {
  readonly kind = "LINEAR" as const;
  private readonly client: LinearClient;

  constructor(private readonly config: LinearConnectionConfig) {
    try {
      this.client = new LinearClient({ apiKey: config.apiKey, apiUrl: config.apiUrl });
    } catch (error) {
      // The SDK refuses a missing key and plain-HTTP URLs other than localhost.
      throw new TrackerError(`Invalid Linear connection settings: ${error instanceof Error ? error.message : String(error)}`, false);
    }
  }

  async createIssue(input: CreateIssueInput): Promise<TrackerIssue> {
    assertIdempotencyKey(input.idempotencyKey);
    const existing = await this.findIssueByIdempotencyKey(input.idempotencyKey);
    if (existing) return existing;
    const action = "creating an issue";
    const { issueCreate } = await this.query<CreateIssueData>(action, CREATE_ISSUE, {
      input: { teamId: this.config.teamId, title: input.title, description: descriptionWithMarker(input.description, input.idempotencyKey) },
    });
    if (!issueCreate.success || !issueCreate.issue) throw unexpectedFailure(this.context(action), "issueCreate did not return an issue");
    return this.toTrackerIssue(issueCreate.issue, action);
  }

  async findIssueByIdempotencyKey(idempotencyKey: string): Promise<TrackerIssue | null> {
    assertIdempotencyKey(idempotencyKey);
    const action = `looking up the issue marked ${idempotencyKey}`;
    const nodes = await this.listIssues(action, { team: { id: { eq: this.config.teamId } }, description: { contains: idempotencyKey } });
    // Oldest first: should two issues ever carry the key, the first one is the link.
    const [first] = nodes
      // `contains` also matches longer keys ("…-1" in "…-10"), so require the exact marker line.
      .filter((node) => (node.description ?? "").split("\n").some((line) => line.trim() === markerLine(idempotencyKey)))
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    return first ? this.toTrackerIssue(first, action) : null;
  }

  async getIssue(keyOrId: string): Promise<TrackerIssue> {
    const action = `getting issue ${keyOrId}`;
    // `issue(id:)` takes the UUID as well as the identifier ("ENG-123").
    const { issue } = await this.query<GetIssueData>(action, GET_ISSUE, { id: keyOrId });
    if (!issue) throw httpFailure(this.context(action), 404);
    return this.toTrackerIssue(issue, action);
  }

  async findIssuesUpdatedSince(since: Date): Promise<TrackerIssue[]> {
    const action = `searching issues updated since ${since.toISOString()}`;
    const nodes = await this.listIssues(action, { team: { id: { eq: this.config.teamId } }, updatedAt: { gte: since.toISOString() } });
    return nodes.map((node) => this.toTrackerIssue(node, action));
  }

  async addComment(keyOrId: string, body: string): Promise<void> {
    const action = `adding a comment to ${keyOrId}`;
    const payload = await this.call(action, () => this.client.createComment({ issueId: keyOrId, body }));
    if (!payload.success) throw unexpectedFailure(this.context(action), "commentCreate reported no success");
  }

  async listWorkflowStates(): Promise<TrackerState[]> {
    const action = `listing the workflow states of team ${this.config.teamId}`;
    const connection = await this.call(action, () =>
      this.client.workflowStates({ filter: { team: { id: { eq: this.config.teamId } } }, first: PAGE_SIZE }),
    );
    // fetchNext appends the next page to connection.nodes.
    while (connection.pageInfo.hasNextPage) await this.call(action, () => connection.fetchNext());
    const typeRank = (type: string) => {
      const rank = STATE_TYPE_ORDER.indexOf(type);
      return rank === -1 ? STATE_TYPE_ORDER.length : rank;
    };
    return [...connection.nodes]
      .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.position - b.position)
      .map((state) => ({ id: state.id, name: state.name, category: state.type }));
  }

  async testConnection(): Promise<string> {
    const viewer = await this.call("checking the Linear API key", () => this.client.viewer);
    const team = await this.call(`loading team ${this.config.teamId}`, () => this.client.team(this.config.teamId));
    return `Connected to Linear team ${team.key} (${team.name}) as ${viewer.email || viewer.name}`;
  }

  private async listIssues(action: string, filter: Record<string, unknown>): Promise<IssueNode[]> {
    const nodes: IssueNode[] = [];
    let after: string | undefined;
    do {
      const { issues } = await this.query<ListIssuesData>(action, LIST_ISSUES, { filter, first: PAGE_SIZE, ...(after ? { after } : {}) });
      nodes.push(...issues.nodes);
      after = issues.pageInfo.hasNextPage && issues.pageInfo.endCursor ? issues.pageInfo.endCursor : undefined;
    } while (after);
    return nodes;
  }

  private async query<Data>(action: string, document: string, variables: Record<string, unknown>): Promise<Data> {
    const response = await this.call(action, () => this.client.client.rawRequest<Data, Record<string, unknown>>(document, variables));
    if (!response.data) throw unexpectedFailure(this.context(action), "the response has no data");
    return response.data;
  }

  private async call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw linearFailure(this.context(action), error);
    }
  }

  private toTrackerIssue(node: IssueNode, action: string): TrackerIssue {
    const updatedAt = new Date(node.updatedAt);
    if (!node.state || Number.isNaN(updatedAt.getTime())) throw unexpectedFailure(this.context(action), `issue ${node.identifier} lacks a state or updatedAt`);
    return {
      id: node.id,
      key: node.identifier,
      url: node.url,
      title: node.title,
      state: { id: node.state.id, name: node.state.name, category: node.state.type },
      updatedAt,
    };
  }

  private context(action: string): FailureContext {
    return { tracker: "Linear", action, secrets: [this.config.apiKey] };
  }
}
