// A fake Jira (REST API v2) for adapter tests: the endpoints the Jira adapter uses, with
// response and webhook shapes built from the captured fixtures in test/fixtures/jira.
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

export interface JiraStatus {
  id: string;
  name: string;
  statusCategory: { key: string } & Json;
}

export interface FakeJiraComment {
  id: string;
  body: string;
  created: Date;
}

export interface FakeJiraIssue {
  id: string;
  key: string;
  summary: string;
  description: string;
  labels: string[];
  issueType: string;
  status: JiraStatus;
  created: Date;
  updated: Date;
  comments: FakeJiraComment[];
}

export interface FakeJiraOptions {
  email?: string;
  apiToken?: string;
  projectKey?: string;
  projectName?: string;
  /** The API user's profile time zone: JQL date literals are read in it. */
  timeZone?: string;
  webhookSecret?: string;
  /** Upper bound for maxResults, to exercise pagination with few issues. */
  maxPageSize?: number;
}

const ISSUE_TEMPLATE = loadFixture<{ expand: string; fields: Json }>("jira/rest-issue-get-response.json");
const WEBHOOK_TEMPLATE = loadFixture<Json & { changelog: { items: Json[] } }>("jira/webhook-issue-updated-status.json");
const DELIVERY_HEADERS = loadFixture<Record<string, string>>("jira/webhook-delivery-headers.json");
const ISSUE_TYPES = ["Task", "Bug", "Story"];
const UNAUTHENTICATED = "Client must be authenticated to access this resource.";

/** Jira's timestamp format, e.g. "2023-01-31T17:57:59.000+0000". */
function jiraDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+0000");
}

function errorCollection(errorMessages: string[], errors: Record<string, string> = {}): Json {
  return { errorMessages, errors };
}

/** Reads "yyyy-MM-dd HH:mm" as wall-clock time in `timeZone`. */
function zonedDateTimeToUtc(value: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new JqlError(`Date value '${value}' for field 'updated' is invalid.`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" })
        .formatToParts(instant)
        .map((part) => [part.type, Number(part.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - instant;
  };
  const guess = wallClock - offsetAt(wallClock);
  return wallClock - offsetAt(guess);
}

class JqlError extends Error {}

interface CompiledJql {
  matches(issue: FakeJiraIssue): boolean;
  compare(a: FakeJiraIssue, b: FakeJiraIssue): number;
}

/** Supports the JQL the adapter sends: `project = X`, `labels = "x"`, `updated >= "yyyy-MM-dd HH:mm"`, AND, ORDER BY created|updated. */
function compileJql(jql: string, timeZone: string): CompiledJql {
  const [, where = "", orderField = "created", direction = "ASC"] =
    /^(.*?)(?:\s+ORDER\s+BY\s+(created|updated)(?:\s+(ASC|DESC))?)?\s*$/i.exec(jql.trim()) ?? [];
  const predicates = where
    .split(/\s+AND\s+/i)
    .filter(Boolean)
    .map((clause): ((issue: FakeJiraIssue) => boolean) => {
      const match = /^(\w+)\s*(=|>=)\s*("(?:[^"\\]|\\.)*"|[^\s"]+)$/.exec(clause.trim());
      if (!match) throw new JqlError(`Error in the JQL Query: cannot parse '${clause}'.`);
      const [, field, operator, literal] = match as unknown as [string, string, string, string];
      const value = literal.startsWith('"') ? literal.slice(1, -1).replace(/\\(.)/g, "$1") : literal;
      const clauseKey = `${field.toLowerCase()} ${operator}`;
      if (clauseKey === "project =") return (issue) => issue.key.startsWith(`${value.toUpperCase()}-`);
      if (clauseKey === "labels =") return (issue) => issue.labels.includes(value);
      if (clauseKey === "updated >=") {
        const since = zonedDateTimeToUtc(value, timeZone);
        return (issue) => issue.updated.getTime() >= since;
      }
      throw new JqlError(`Error in the JQL Query: the fake does not support '${clause}'.`);
    });
  const sign = direction.toUpperCase() === "DESC" ? -1 : 1;
  const field = orderField.toLowerCase() as "created" | "updated";
  return {
    matches: (issue) => predicates.every((predicate) => predicate(issue)),
    compare: (a, b) => sign * (a[field].getTime() - b[field].getTime()),
  };
}

export class FakeJira extends HttpFake {
  readonly issues = new Map<string, FakeJiraIssue>();
  readonly statuses = loadFixture<JiraStatus[]>("jira/statuses.json");
  readonly email: string;
  readonly apiToken: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly timeZone: string;
  private readonly maxPageSize: number;
  private lastIssueNumber = 0;
  private lastId = 10000;
  private lastDeliveryId = 69312270414585119n;

  constructor(options: FakeJiraOptions = {}) {
    super(options.webhookSecret ?? "jira-webhook-secret");
    this.email = options.email ?? "user@example.com";
    this.apiToken = options.apiToken ?? "jira-api-token-for-tests";
    this.projectKey = options.projectKey ?? "RT";
    this.projectName = options.projectName ?? "Roundtrip";
    this.timeZone = options.timeZone ?? "America/New_York";
    this.maxPageSize = options.maxPageSize ?? 100;
  }

  /** Adds an issue directly, e.g. to give it an old `updated` timestamp. */
  seedIssue(fields: { summary: string; description?: string; labels?: string[]; statusName?: string; created?: Date; updated?: Date }): FakeJiraIssue {
    const created = fields.created ?? fields.updated ?? new Date();
    const issue: FakeJiraIssue = {
      id: String(++this.lastId),
      key: `${this.projectKey}-${++this.lastIssueNumber}`,
      summary: fields.summary,
      description: fields.description ?? "",
      labels: fields.labels ?? [],
      issueType: "Task",
      status: this.status(fields.statusName ?? "To Do"),
      created,
      updated: fields.updated ?? created,
      comments: [],
    };
    this.issues.set(issue.key, issue);
    return issue;
  }

  /** Transitions the issue, bumps `updated` and returns the signed `jira:issue_updated` delivery Jira would send. */
  setIssueState(key: string, statusName: string, options: WebhookDeliveryOptions = {}): SignedDelivery {
    const issue = this.requireIssue(key);
    const from = issue.status;
    issue.status = this.status(statusName);
    issue.updated = new Date(Math.max(Date.now(), issue.updated.getTime() + 1));
    const [template] = WEBHOOK_TEMPLATE.changelog.items;
    return this.delivery(
      {
        ...WEBHOOK_TEMPLATE,
        issue: this.issueJson(issue),
        changelog: {
          id: String(++this.lastId),
          items: [{ ...template, from: from.id, fromString: from.name, to: issue.status.id, toString: issue.status.name }],
        },
      },
      options,
    );
  }

  /** Signs any payload (or raw text) the way Jira would deliver it; sets `timestamp` on objects. */
  delivery(payload: Json | string, options: WebhookDeliveryOptions = {}): SignedDelivery {
    const { rawBody, signature } = this.signedPayload(payload, "timestamp", options);
    const headers: Record<string, string> = {
      ...DELIVERY_HEADERS,
      "content-length": String(rawBody.length),
      "x-atlassian-webhook-identifier": String(++this.lastDeliveryId),
    };
    if (signature) headers["x-hub-signature"] = `sha256=${signature}`;
    return { headers, rawBody };
  }

  protected override errorBody(status: number): unknown {
    if (status === 401) return UNAUTHENTICATED;
    // Atlassian documents no body for 429.
    return status === 429 ? undefined : errorCollection([`Simulated failure (${status})`]);
  }

  protected handle(request: RecordedRequest): FakeResponse {
    if (!this.isAuthenticated(request.headers.authorization)) return { status: 401, body: UNAUTHENTICATED };
    if (!request.path.startsWith("/rest/api/2/")) return { status: 404, body: errorCollection([`The fake only serves /rest/api/2, not ${request.path}`]) };
    const route = `${request.method} ${request.path.slice("/rest/api/2".length)}`;
    let match: RegExpExecArray | null;
    if (route === "GET /myself") return { status: 200, body: this.myself() };
    if (route === "POST /issue") return this.createIssue(request.body);
    if (route === "GET /search/jql" || route === "POST /search/jql") return this.search(request);
    if (route === "GET /status") return { status: 200, body: this.statuses };
    if ((match = /^GET \/issue\/([^/]+)$/.exec(route))) return this.getIssue(match[1]!, request.query.get("fields"));
    if ((match = /^POST \/issue\/([^/]+)\/comment$/.exec(route))) return this.addComment(match[1]!, request.body);
    if ((match = /^GET \/project\/([^/]+)$/.exec(route))) return this.getProject(match[1]!);
    if ((match = /^GET \/project\/([^/]+)\/statuses$/.exec(route))) return this.getProjectStatuses(match[1]!);
    return { status: 404, body: errorCollection([`The fake has no route for ${request.method} ${request.path}`]) };
  }

  private isAuthenticated(authorization: string | undefined): boolean {
    const basic = `Basic ${Buffer.from(`${this.email}:${this.apiToken}`).toString("base64")}`;
    return authorization === basic || authorization === `Bearer ${this.apiToken}`;
  }

  private myself(): Json {
    return {
      self: `${this.url}/rest/api/2/user?accountId=5b10ac8d82e05b22cc7d4ef5`,
      accountId: "5b10ac8d82e05b22cc7d4ef5",
      accountType: "atlassian",
      emailAddress: this.email,
      displayName: "Test User",
      active: true,
      timeZone: this.timeZone,
      locale: "en_US",
    };
  }

  private createIssue(body: unknown): FakeResponse {
    const fields = (body as { fields?: Json } | undefined)?.fields ?? {};
    const errors: Record<string, string> = {};
    if ((fields.project as Json | undefined)?.key !== this.projectKey) errors.project = "valid project is required";
    const issueType = (fields.issuetype as Json | undefined)?.name;
    if (typeof issueType !== "string" || !ISSUE_TYPES.includes(issueType)) errors.issuetype = "Specify a valid issue type";
    const summary = fields.summary;
    if (typeof summary !== "string" || summary.trim() === "") errors.summary = "You must specify a summary of the issue.";
    else if (summary.length > 255 || summary.includes("\n")) errors.summary = "Summary must be less than 255 characters and on one line.";
    const labels = Array.isArray(fields.labels) ? fields.labels.map(String) : [];
    const badLabel = labels.find((label) => /\s/.test(label));
    if (badLabel !== undefined) errors.labels = `The label '${badLabel}' contains spaces which is invalid.`;
    if (Object.keys(errors).length > 0) return { status: 400, body: errorCollection([], errors) };

    const issue = this.seedIssue({ summary: summary as string, description: String(fields.description ?? ""), labels });
    issue.issueType = issueType as string;
    return { status: 201, body: { id: issue.id, key: issue.key, self: `${this.url}/rest/api/2/issue/${issue.id}` } };
  }

  private getIssue(keyOrId: string, fields: string | null): FakeResponse {
    const issue = this.findIssue(keyOrId);
    if (!issue) return { status: 404, body: errorCollection(["Issue does not exist or you do not have permission to see it."]) };
    return { status: 200, body: this.issueJson(issue, fields?.split(",")) };
  }

  private addComment(keyOrId: string, body: unknown): FakeResponse {
    const issue = this.findIssue(keyOrId);
    if (!issue) return { status: 404, body: errorCollection(["Issue does not exist or you do not have permission to see it."]) };
    const text = (body as Json | undefined)?.body;
    if (typeof text !== "string" || text.trim() === "") return { status: 400, body: errorCollection([], { comment: "Comment body can not be empty!" }) };
    const comment = { id: String(++this.lastId), body: text, created: new Date() };
    issue.comments.push(comment);
    issue.updated = comment.created;
    const author = { accountId: "5b10ac8d82e05b22cc7d4ef5", displayName: "Test User", active: true, accountType: "atlassian" };
    return {
      status: 201,
      body: { self: `${this.url}/rest/api/2/issue/${issue.id}/comment/${comment.id}`, id: comment.id, author, body: text, updateAuthor: author, created: jiraDateTime(comment.created), updated: jiraDateTime(comment.created) },
    };
  }

  private getProject(key: string): FakeResponse {
    if (key.toUpperCase() !== this.projectKey) return { status: 404, body: errorCollection([`No project could be found with key '${key}'.`]) };
    return { status: 200, body: this.projectJson() };
  }

  private getProjectStatuses(key: string): FakeResponse {
    if (key.toUpperCase() !== this.projectKey) return { status: 404, body: errorCollection([`No project could be found with key '${key}'.`]) };
    return {
      status: 200,
      body: ISSUE_TYPES.map((name, index) => ({ self: `${this.url}/rest/api/2/issuetype/${10001 + index}`, id: String(10001 + index), name, subtask: false, statuses: this.statuses })),
    };
  }

  /** The current endpoint: token pagination via nextPageToken / isLast. */
  private search(request: RecordedRequest): FakeResponse {
    const params = request.method === "POST" ? ((request.body ?? {}) as Json) : Object.fromEntries(request.query);
    const fieldList = Array.isArray(params.fields) ? params.fields.map(String) : typeof params.fields === "string" ? params.fields.split(",") : undefined;
    let jql: CompiledJql;
    try {
      jql = compileJql(String(params.jql ?? ""), this.timeZone);
    } catch (error) {
      if (error instanceof JqlError) return { status: 400, body: errorCollection([error.message]) };
      throw error;
    }
    const matching = [...this.issues.values()].filter((issue) => jql.matches(issue)).sort((a, b) => jql.compare(a, b));
    const start = typeof params.nextPageToken === "string" ? Number(Buffer.from(params.nextPageToken, "base64url").toString()) : 0;
    const size = Math.min(Number(params.maxResults ?? 50), this.maxPageSize);
    const end = start + size;
    const isLast = end >= matching.length;
    return {
      status: 200,
      body: {
        issues: matching.slice(start, end).map((issue) => this.issueJson(issue, fieldList)),
        ...(isLast ? {} : { nextPageToken: Buffer.from(String(end)).toString("base64url") }),
        isLast,
      },
    };
  }

  /** The GET /issue shape (captured in 2023), optionally limited to the requested fields. */
  private issueJson(issue: FakeJiraIssue, fieldList?: string[]): Json {
    const template = structuredClone(ISSUE_TEMPLATE);
    const allFields: Json = {
      ...template.fields,
      summary: issue.summary,
      description: issue.description,
      labels: issue.labels,
      status: issue.status,
      issuetype: { ...(template.fields.issuetype as Json), name: issue.issueType },
      project: this.projectJson(),
      created: jiraDateTime(issue.created),
      updated: jiraDateTime(issue.updated),
      statuscategorychangedate: jiraDateTime(issue.updated),
      comment: {
        comments: issue.comments.map((comment) => ({ id: comment.id, body: comment.body, created: jiraDateTime(comment.created) })),
        self: `${this.url}/rest/api/2/issue/${issue.id}/comment`,
        maxResults: issue.comments.length,
        total: issue.comments.length,
        startAt: 0,
      },
    };
    const wanted = fieldList && !fieldList.includes("*all") ? fieldList : Object.keys(allFields);
    return {
      expand: template.expand,
      id: issue.id,
      self: `${this.url}/rest/api/2/issue/${issue.id}`,
      key: issue.key,
      fields: Object.fromEntries(wanted.filter((name) => name in allFields).map((name) => [name, allFields[name]])),
    };
  }

  private projectJson(): Json {
    return { self: `${this.url}/rest/api/2/project/10001`, id: "10001", key: this.projectKey, name: this.projectName, projectTypeKey: "software", simplified: false };
  }

  private findIssue(keyOrId: string): FakeJiraIssue | undefined {
    return this.issues.get(keyOrId.toUpperCase()) ?? [...this.issues.values()].find((issue) => issue.id === keyOrId);
  }

  private requireIssue(keyOrId: string): FakeJiraIssue {
    const issue = this.findIssue(keyOrId);
    if (!issue) throw new Error(`fake Jira has no issue ${keyOrId}`);
    return issue;
  }

  private status(name: string): JiraStatus {
    const status = this.statuses.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!status) throw new Error(`fake Jira has no status "${name}"; known: ${this.statuses.map((s) => s.name).join(", ")}`);
    return status;
  }
}

export function startFakeJira(options: FakeJiraOptions = {}): Promise<FakeJira> {
  return listenOnFreePort(new FakeJira(options));
}
