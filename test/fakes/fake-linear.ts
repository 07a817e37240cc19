// A fake Linear GraphQL API for adapter tests. It parses each request with graphql's
// `parse` and answers any selection set over an in-memory model, so both the SDK's
// generated documents and our own queries work unchanged.
import { randomUUID } from "node:crypto";
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import {
  HttpFake,
  listenOnFreePort,
  loadFixture,
  type FakeResponse,
  type RecordedRequest,
  type SignedDelivery,
  type WebhookDeliveryOptions,
} from "./http-fake.js";

type Json = Record<string, unknown>;

export interface LinearStateNode extends Json {
  id: string;
  name: string;
  type: string;
  color: string;
}

export interface FakeLinearIssue {
  id: string;
  identifier: string;
  number: number;
  title: string;
  description: string;
  stateId: string;
  createdAt: Date;
  updatedAt: Date;
  comments: Array<{ id: string; body: string; createdAt: Date }>;
}

export interface FakeLinearOptions {
  apiKey?: string;
  webhookSecret?: string;
  /** Upper bound for `first`, to exercise pagination with few issues. */
  maxPageSize?: number;
}

const UPDATE_WEBHOOK_TEMPLATE = loadFixture<Json & { data: Json }>("linear/webhook-issue-update-state.json");

/** A GraphQL error answer: Linear's JSON shape plus the HTTP status it uses. */
class GraphqlFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: Json,
  ) {
    super(String(error.message));
  }
}

function entityNotFound(entity: string): GraphqlFailure {
  // Linear answers a missing entity with HTTP 200 and data: null.
  return new GraphqlFailure(200, {
    message: `Entity not found: ${entity}`,
    extensions: { type: "invalid input", code: "INPUT_ERROR", userError: true, userPresentableMessage: `Could not find referenced ${entity}.` },
  });
}

function invalidInput(message: string): GraphqlFailure {
  return new GraphqlFailure(400, { message, extensions: { type: "invalid input", code: "INPUT_ERROR", userError: true, userPresentableMessage: message } });
}

function unsupported(what: string): GraphqlFailure {
  return new GraphqlFailure(400, { message: `The fake does not support ${what}`, extensions: { type: "graphql error", code: "GRAPHQL_VALIDATION_FAILED" } });
}

const AUTHENTICATION_ERROR = {
  message: "Authentication required, not authenticated",
  extensions: { type: "authentication error", code: "AUTHENTICATION_ERROR", userError: true, userPresentableMessage: "You need to authenticate to access this operation." },
};

/** Copies the fields a selection set asks for out of a plain object graph (fragments included). */
function project(value: unknown, selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => project(item, selectionSet, fragments));
  if (!selectionSet || typeof value !== "object") return value;
  const source = value as Json;
  const result: Json = {};
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      result[selection.alias?.value ?? name] = project(source[name], selection.selectionSet, fragments);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    const typeName = fragment?.typeCondition?.name.value;
    if (fragment && (!typeName || !source.__typename || typeName === source.__typename)) {
      Object.assign(result, project(value, fragment.selectionSet, fragments));
    }
  }
  return result;
}

/** Relay-style page over `nodes` using node ids as cursors. */
function page<T extends { id: string }>(typename: string, nodes: T[], args: Json, maxPageSize: number): Json {
  const start = typeof args.after === "string" ? nodes.findIndex((node) => node.id === args.after) + 1 : 0;
  const size = Math.min(typeof args.first === "number" ? args.first : 50, maxPageSize);
  const slice = nodes.slice(start, start + size);
  return {
    __typename: typename,
    nodes: slice,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: start + size < nodes.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.id ?? null,
      endCursor: slice.at(-1)?.id ?? null,
    },
  };
}

/** Reads `{ <field>: { <comparator>: value } }`, refusing comparators the fake does not implement. */
function comparator(condition: unknown, field: string, supported: string[]): [string, unknown] {
  const entries = Object.entries((condition ?? {}) as Json);
  const [entry] = entries;
  if (entries.length !== 1 || !entry || !supported.includes(entry[0])) throw unsupported(`filter ${field}: ${JSON.stringify(condition)}`);
  return entry;
}

export class FakeLinear extends HttpFake {
  readonly issues = new Map<string, FakeLinearIssue>();
  readonly states = loadFixture<LinearStateNode[]>("linear/workflow-states.json");
  readonly team = { id: "70c49a0d-6973-4563-a743-8504f1a5171b", key: "ENG", name: "Engineering" };
  readonly viewer = { id: "00000000-0000-0000-0000-0000000000b2", name: "Example User", email: "user@example.com" };
  readonly apiKey: string;
  private readonly maxPageSize: number;
  private lastNumber = 0;
  private lastSyncId = 123456789;

  constructor(options: FakeLinearOptions = {}) {
    super(options.webhookSecret ?? "lin_wh_testsecret");
    this.apiKey = options.apiKey ?? "lin_api_testkey0123456789";
    this.maxPageSize = options.maxPageSize ?? 250;
  }

  get apiUrl(): string {
    return `${this.url}/graphql`;
  }

  /** The GraphQL operation names received so far, in order. */
  operations(): string[] {
    return this.requests.map((request) => {
      const document = parse(String((request.body as Json | undefined)?.query ?? "{ __typename }"));
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      return operation?.name?.value ?? "anonymous";
    });
  }

  /** Adds an issue directly, e.g. to give it an old `updatedAt`. */
  seedIssue(fields: { title: string; description?: string; stateName?: string; createdAt?: Date; updatedAt?: Date }): FakeLinearIssue {
    const createdAt = fields.createdAt ?? fields.updatedAt ?? new Date();
    const number = ++this.lastNumber;
    const issue: FakeLinearIssue = {
      id: randomUUID(),
      identifier: `${this.team.key}-${number}`,
      number,
      title: fields.title,
      description: fields.description ?? "",
      stateId: this.state(fields.stateName ?? "Todo").id,
      createdAt,
      updatedAt: fields.updatedAt ?? createdAt,
      comments: [],
    };
    this.issues.set(issue.id, issue);
    return issue;
  }

  /** Moves the issue to another state, bumps `updatedAt` and returns the signed `Issue`/`update` delivery Linear would send. */
  setIssueState(idOrIdentifier: string, stateName: string, options: WebhookDeliveryOptions = {}): SignedDelivery {
    const issue = this.findIssue(idOrIdentifier);
    if (!issue) throw new Error(`fake Linear has no issue ${idOrIdentifier}`);
    const previous = { stateId: issue.stateId, updatedAt: issue.updatedAt.toISOString() };
    issue.stateId = this.state(stateName).id;
    issue.updatedAt = new Date(Math.max(Date.now(), issue.updatedAt.getTime() + 1));
    const node = this.issueNode(issue);
    const { color, id, name, type } = node.state as LinearStateNode;
    return this.delivery(
      {
        ...UPDATE_WEBHOOK_TEMPLATE,
        createdAt: issue.updatedAt.toISOString(),
        data: {
          ...UPDATE_WEBHOOK_TEMPLATE.data,
          id: issue.id,
          identifier: issue.identifier,
          number: issue.number,
          title: issue.title,
          description: issue.description,
          createdAt: issue.createdAt.toISOString(),
          updatedAt: issue.updatedAt.toISOString(),
          state: { name, id, color, type },
          stateId: id,
          team: { name: this.team.name, key: this.team.key, id: this.team.id },
          teamId: this.team.id,
          url: node.url,
        },
        updatedFrom: previous,
        url: node.url,
      },
      options,
    );
  }

  /** Signs any payload (or raw text) the way Linear would deliver it; sets `webhookTimestamp` on objects. */
  delivery(payload: Json | string, options: WebhookDeliveryOptions = {}): SignedDelivery {
    const { rawBody, signature } = this.signedPayload(payload, "webhookTimestamp", options);
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "Linear-Webhook",
      "linear-delivery": randomUUID(),
      "linear-event": typeof payload === "string" ? "Issue" : String(payload.type),
    };
    if (signature) headers["linear-signature"] = signature;
    return { headers, rawBody };
  }

  protected override errorBody(status: number): unknown {
    if (status === 401) return { errors: [AUTHENTICATION_ERROR] };
    if (status === 429) {
      return { errors: [{ message: "Rate limit exceeded", extensions: { type: "ratelimited", code: "RATELIMITED", userPresentableMessage: "Too many requests." } }] };
    }
    return { errors: [{ message: "Internal server error", extensions: { type: "internal error", code: "INTERNAL_SERVER_ERROR" } }] };
  }

  protected handle(request: RecordedRequest): FakeResponse {
    if (request.method !== "POST" || request.path !== "/graphql") return { status: 404, body: "Not found" };
    if (request.headers.authorization !== this.apiKey) return { status: 401, body: { errors: [AUTHENTICATION_ERROR] } };
    const { query, variables, operationName } = (request.body ?? {}) as { query?: unknown; variables?: Json; operationName?: string };
    try {
      return { status: 200, body: { data: this.execute(String(query ?? ""), variables ?? {}, operationName) } };
    } catch (error) {
      if (error instanceof GraphqlFailure) return { status: error.status, body: { data: null, errors: [error.error] } };
      throw error;
    }
  }

  private execute(query: string, variables: Json, operationName: string | undefined): Json {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      throw new GraphqlFailure(400, { message: String(error), extensions: { type: "graphql error", code: "GRAPHQL_PARSE_FAILED" } });
    }
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
    );
    if (!operation || operation.operation === "subscription") throw unsupported("this operation");
    const data: Json = {};
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) throw unsupported("fragments at the root");
      const args = Object.fromEntries((selection.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
      const value = this.resolveRoot(operation.operation, selection.name.value, args);
      data[selection.alias?.value ?? selection.name.value] = project(value, selection.selectionSet, fragments);
    }
    return data;
  }

  private resolveRoot(operation: "query" | "mutation", field: string, args: Json): unknown {
    const input = (args.input ?? {}) as Json;
    switch (`${operation} ${field}`) {
      case "query viewer":
        return { __typename: "User", ...this.viewer, displayName: "example.user", active: true, admin: false, createdAt: "2024-01-15T10:00:00.000Z", updatedAt: "2024-01-15T10:00:00.000Z" };
      case "query team":
        if (args.id !== this.team.id && args.id !== this.team.key) throw entityNotFound("Team");
        return this.teamNode();
      case "query workflowStates": {
        const filter = (args.filter ?? {}) as Json;
        for (const key of Object.keys(filter)) if (key !== "team") throw unsupported(`workflowStates filter ${key}`);
        const teamId = filter.team ? comparator((filter.team as Json).id, "team.id", ["eq"])[1] : this.team.id;
        const states = teamId === this.team.id ? this.states.map((state) => ({ __typename: "WorkflowState", ...state })) : [];
        return page("WorkflowStateConnection", states, args, this.maxPageSize);
      }
      case "query issue": {
        const issue = this.findIssue(String(args.id));
        if (!issue) throw entityNotFound("Issue");
        return this.issueNode(issue);
      }
      case "query issues": {
        const matching = [...this.issues.values()]
          .filter((issue) => this.issueMatches(issue, (args.filter ?? {}) as Json))
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
        return page("IssueConnection", matching.map((issue) => this.issueNode(issue)), args, this.maxPageSize);
      }
      case "mutation issueCreate": {
        if (input.teamId !== this.team.id) throw entityNotFound("Team");
        if (typeof input.title !== "string" || input.title.trim() === "") throw invalidInput("Title must not be empty.");
        const issue = this.seedIssue({ title: input.title, description: typeof input.description === "string" ? input.description : "" });
        return { __typename: "IssuePayload", lastSyncId: ++this.lastSyncId, success: true, issue: this.issueNode(issue) };
      }
      case "mutation commentCreate": {
        const issue = this.findIssue(String(input.issueId));
        if (!issue) throw entityNotFound("Issue");
        if (typeof input.body !== "string" || input.body.trim() === "") throw invalidInput("Comment body must not be empty.");
        const comment = { id: randomUUID(), body: input.body, createdAt: new Date() };
        issue.comments.push(comment);
        issue.updatedAt = comment.createdAt;
        const timestamps = { createdAt: comment.createdAt.toISOString(), updatedAt: comment.createdAt.toISOString() };
        return { __typename: "CommentPayload", lastSyncId: ++this.lastSyncId, success: true, comment: { __typename: "Comment", id: comment.id, body: comment.body, ...timestamps } };
      }
      default:
        throw unsupported(`${operation} field "${field}"`);
    }
  }

  private issueMatches(issue: FakeLinearIssue, filter: Json): boolean {
    return Object.entries(filter).every(([field, condition]) => {
      switch (field) {
        case "team":
          return comparator((condition as Json).id, "team.id", ["eq"])[1] === this.team.id;
        case "updatedAt":
          return issue.updatedAt.getTime() >= Date.parse(String(comparator(condition, "updatedAt", ["gte"])[1]));
        case "description":
          return issue.description.includes(String(comparator(condition, "description", ["contains"])[1]));
        default:
          throw unsupported(`issues filter ${field}`);
      }
    });
  }

  private teamNode(): Json {
    return { __typename: "Team", ...this.team, private: false, createdAt: "2024-01-15T10:00:00.000Z", updatedAt: "2024-01-15T10:00:00.000Z" };
  }

  private issueNode(issue: FakeLinearIssue): Json & { id: string } {
    const slug = issue.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return {
      __typename: "Issue",
      id: issue.id,
      identifier: issue.identifier,
      number: issue.number,
      title: issue.title,
      description: issue.description,
      url: `https://linear.app/acme/issue/${issue.identifier}/${slug}`,
      priority: 0,
      priorityLabel: "No priority",
      createdAt: issue.createdAt.toISOString(),
      updatedAt: issue.updatedAt.toISOString(),
      team: this.teamNode(),
      state: { __typename: "WorkflowState", ...this.states.find((state) => state.id === issue.stateId) },
    };
  }

  private findIssue(idOrIdentifier: string): FakeLinearIssue | undefined {
    return this.issues.get(idOrIdentifier) ?? [...this.issues.values()].find((issue) => issue.identifier === idOrIdentifier.toUpperCase());
  }

  private state(name: string): LinearStateNode {
    const state = this.states.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!state) throw new Error(`fake Linear has no state "${name}"; known: ${this.states.map((s) => s.name).join(", ")}`);
    return state;
  }
}

export function startFakeLinear(options: FakeLinearOptions = {}): Promise<FakeLinear> {
  return listenOnFreePort(new FakeLinear(options));
}
