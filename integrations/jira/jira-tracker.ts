import JiraApi from "jira-client";
import { toTrackerError, unexpectedFailure, type FailureContext } from "../failures.js";
import { assertIdempotencyKey } from "../idempotency.js";
import { isObject, type JsonObject } from "../json.js";
import { parseJiraReference } from "./references.js";
import {
  TrackerError,
  type CreateIssueInput,
  type JiraConnectionConfig,
  type Tracker,
  type TrackerIssue,
  type TrackerState,
} from "../tracker.js";
import { createJiraRequest, type JiraRequestOptions } from "./transport.js";

const REQUEST_TIMEOUT_MS = 20_000;
const SEARCH_PAGE_SIZE = 100;
const SUMMARY_MAX_LENGTH = 255;
const ISSUE_FIELDS = ["summary", "status", "updated"];

/**
 * jira-client 8.2.2 has no method for the current search endpoint (its searchJira posts to
 * /rest/api/2/search, removed from Jira Cloud in 2025). Its request plumbing is public in the
 * JavaScript and only marked private in @types/jira-client, so we reach it through this view
 * and keep auth, URL building and our transport in one path.
 */
interface JiraApiPlumbing {
  makeUri(options: { pathname: string }): string;
  makeRequestHeader(uri: string, options: { method: string; body: unknown }): unknown;
  doRequest(options: unknown): Promise<unknown>;
}

function postJson(api: JiraApi, pathname: string, body: unknown): Promise<unknown> {
  const plumbing = api as unknown as JiraApiPlumbing;
  return plumbing.doRequest(plumbing.makeRequestHeader(plumbing.makeUri({ pathname }), { method: "POST", body }));
}

function jqlString(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

/** JQL date literals are read in the API user's time zone, at minute precision. */
function jqlDateTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

function isKnownTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function singleLine(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

function toState(status: unknown): TrackerState | null {
  if (!isObject(status) || !isObject(status.statusCategory)) return null;
  const { id, name } = status;
  const category = status.statusCategory.key;
  if (typeof id !== "string" || typeof name !== "string" || typeof category !== "string") return null;
  return { id, name, category };
}

export class JiraTracker implements Tracker {
  readonly kind = "JIRA" as const;
  private readonly siteUrl: string;
  private readonly apiOptions: JiraApi.JiraApiOptions;
  private readonly secrets: string[];
  private userTimeZone: string | undefined;

  constructor(private readonly config: JiraConnectionConfig) {
    let url: URL;
    try {
      url = new URL(config.baseUrl);
    } catch {
      throw new TrackerError(`Jira base URL "${config.baseUrl}" is not a valid URL`, false);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new TrackerError(`Jira base URL "${config.baseUrl}" must be an https:// (or http://) URL`, false);
    }
    const contextPath = url.pathname.replace(/\/+$/, "");
    this.siteUrl = `${url.origin}${contextPath}`;
    this.secrets = [config.apiToken];
    this.apiOptions = {
      protocol: url.protocol.slice(0, -1),
      host: url.hostname,
      port: url.port || undefined,
      base: contextPath,
      apiVersion: "2",
      strictSSL: true,
      ...(config.email ? { username: config.email, password: config.apiToken } : { bearer: config.apiToken }),
    };
  }

  async createIssue(input: CreateIssueInput): Promise<TrackerIssue> {
    assertIdempotencyKey(input.idempotencyKey);
    const existing = await this.findIssueByIdempotencyKey(input.idempotencyKey);
    if (existing) return existing;
    const action = `creating an issue in project ${this.config.projectKey}`;
    const created = await this.call(action, (api) =>
      api.addNewIssue({
        fields: {
          project: { key: this.config.projectKey },
          issuetype: { name: this.config.issueType },
          summary: singleLine(input.title, SUMMARY_MAX_LENGTH),
          description: input.description,
          labels: [input.idempotencyKey],
        },
      }),
    );
    if (typeof created?.key !== "string") throw unexpectedFailure(this.context(action), "the created issue has no key");
    return this.getIssue(created.key);
  }

  async findIssueByIdempotencyKey(idempotencyKey: string): Promise<TrackerIssue | null> {
    assertIdempotencyKey(idempotencyKey);
    // Oldest first: should two issues ever carry the key, the first one is the link.
    const jql = `project = ${jqlString(this.config.projectKey)} AND labels = ${jqlString(idempotencyKey)} ORDER BY created ASC`;
    const [first] = await this.search(`looking up the issue labelled ${idempotencyKey}`, jql);
    return first ?? null;
  }

  async getIssue(keyOrId: string): Promise<TrackerIssue> {
    const key = this.checkedKeyOrId(keyOrId);
    const action = `getting issue ${key}`;
    const raw = await this.call(action, (api) => api.findIssue(key, "", ISSUE_FIELDS.join(",")));
    return this.toTrackerIssue(raw, action);
  }

  async findIssuesUpdatedSince(since: Date): Promise<TrackerIssue[]> {
    const timeZone = await this.timeZone();
    const jql = `project = ${jqlString(this.config.projectKey)} AND updated >= ${jqlString(jqlDateTime(since, timeZone))} ORDER BY updated ASC`;
    const issues = await this.search(`searching issues of project ${this.config.projectKey} updated since ${since.toISOString()}`, jql);
    // JQL compares at minute precision, so the query may return a few issues from just before `since`.
    return issues.filter((issue) => issue.updatedAt.getTime() >= since.getTime());
  }

  async addComment(keyOrId: string, body: string): Promise<void> {
    const key = this.checkedKeyOrId(keyOrId);
    await this.call(`adding a comment to ${key}`, (api) => api.addComment(key, body));
  }

  async listWorkflowStates(): Promise<TrackerState[]> {
    const { projectKey, issueType } = this.config;
    const action = `listing the statuses of project ${projectKey}`;
    // One entry per issue type, each with its workflow's statuses.
    const perIssueType = await this.call(action, (api) => api.genericGet(`project/${encodeURIComponent(projectKey)}/statuses`));
    if (!Array.isArray(perIssueType)) throw unexpectedFailure(this.context(action), "expected a list of issue types");
    const ofIssueType = perIssueType.filter((entry) => isObject(entry) && String(entry.name).toLowerCase() === issueType.toLowerCase());
    const states = new Map<string, TrackerState>();
    for (const entry of ofIssueType.length > 0 ? ofIssueType : perIssueType) {
      for (const status of isObject(entry) && Array.isArray(entry.statuses) ? entry.statuses : []) {
        const state = toState(status);
        if (state && !states.has(state.id)) states.set(state.id, state);
      }
    }
    return [...states.values()];
  }

  async testConnection(): Promise<string> {
    const me = await this.currentUser("checking the Jira credentials");
    const { projectKey } = this.config;
    const project = await this.call(`loading project ${projectKey}`, (api) => api.getProject(projectKey));
    const who = [me.emailAddress, me.displayName, me.name].find((value) => typeof value === "string" && value !== "") ?? "an unnamed user";
    return `Connected to Jira project ${String(project.key)} (${String(project.name)}) as ${who}`;
  }

  /**
   * Runs one jira-client call. jira-client's doRequest re-throws every rejection as
   * `new Error(JSON.stringify(e))`, which flattens our TrackerError (class, message, fields);
   * so each call gets its own client whose transport remembers the error it threw.
   * Building a JiraApi only copies options, so this costs nothing.
   */
  private async call<T>(action: string, run: (api: JiraApi) => Promise<T>): Promise<T> {
    const ctx = this.context(action);
    const request = createJiraRequest(ctx, REQUEST_TIMEOUT_MS);
    let transportError: TrackerError | undefined;
    const api = new JiraApi({
      ...this.apiOptions,
      request: (options: JiraRequestOptions) =>
        request(options).catch((error: TrackerError) => {
          transportError = error;
          throw error;
        }),
    });
    try {
      return await run(api);
    } catch (error) {
      throw transportError ?? toTrackerError(ctx, error);
    }
  }

  private async search(action: string, jql: string): Promise<TrackerIssue[]> {
    const issues: TrackerIssue[] = [];
    let nextPageToken: string | undefined;
    do {
      const body = { jql, fields: ISSUE_FIELDS, maxResults: SEARCH_PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) };
      const page = await this.call(action, (api) => postJson(api, "/search/jql", body));
      if (!isObject(page) || !Array.isArray(page.issues)) throw unexpectedFailure(this.context(action), "the search answer has no issues");
      issues.push(...page.issues.map((raw) => this.toTrackerIssue(raw, action)));
      nextPageToken = page.isLast !== true && typeof page.nextPageToken === "string" ? page.nextPageToken : undefined;
    } while (nextPageToken);
    return issues;
  }

  private async currentUser(action: string): Promise<JsonObject> {
    const me = await this.call(action, (api) => api.getCurrentUser());
    this.userTimeZone = isKnownTimeZone(me.timeZone) ? me.timeZone : "UTC";
    return me;
  }

  private async timeZone(): Promise<string> {
    if (this.userTimeZone === undefined) await this.currentUser("loading the Jira user's time zone");
    return this.userTimeZone ?? "UTC";
  }

  private checkedKeyOrId(keyOrId: string): string {
    const key = parseJiraReference(keyOrId) ?? (/^\d+$/.test(keyOrId) ? keyOrId : null);
    if (!key) throw new TrackerError(`"${keyOrId.slice(0, 80)}" is not a Jira issue key or id`, false, 400);
    return key;
  }

  private toTrackerIssue(raw: unknown, action: string): TrackerIssue {
    const fields = isObject(raw) && isObject(raw.fields) ? raw.fields : {};
    const state = toState(fields.status);
    const updatedAt = new Date(typeof fields.updated === "string" ? fields.updated : Number.NaN);
    const { id, key } = isObject(raw) ? raw : {};
    const title = fields.summary;
    if (typeof id !== "string" || typeof key !== "string" || typeof title !== "string" || !state || Number.isNaN(updatedAt.getTime())) {
      throw unexpectedFailure(this.context(action), "an issue lacks id, key, summary, status or updated");
    }
    return { id, key, url: `${this.siteUrl}/browse/${key}`, title, state, updatedAt };
  }

  private context(action: string): FailureContext {
    return { tracker: "Jira", action, secrets: this.secrets };
  }
}
