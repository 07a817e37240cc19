// The `request` function we hand to jira-client. Its default transport (postman-request)
// rejects with the response body only, so a 429 or 503 cannot be told from a 400; this one
// uses Node's fetch and throws TrackerError with the status and Retry-After kept.
import { httpFailure, toTrackerError, type FailureContext } from "../failures.js";
import { isObject } from "../json.js";

/** The subset of request/postman-request options jira-client 8.2.2 builds in makeRequestHeader + baseOptions. */
export interface JiraRequestOptions {
  uri: string;
  method?: string;
  body?: unknown;
  auth?: { user?: string; pass?: string; bearer?: string };
}

export type JiraRequest = (options: JiraRequestOptions) => Promise<unknown>;

function authorizationHeader(auth: JiraRequestOptions["auth"]): string | undefined {
  if (auth?.bearer) return `Bearer ${auth.bearer}`;
  if (auth?.user) return `Basic ${Buffer.from(`${auth.user}:${auth.pass ?? ""}`).toString("base64")}`;
  return undefined;
}

async function readPayload(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  if (!(response.headers.get("content-type") ?? "").includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Jira's ErrorCollection: `{ errorMessages: [...], errors: { field: message } }`. HTML error pages are dropped. */
function errorDetail(payload: unknown): string | undefined {
  if (!isObject(payload)) return undefined;
  const messages = Array.isArray(payload.errorMessages) ? payload.errorMessages.map(String) : [];
  const fieldErrors = isObject(payload.errors) ? Object.entries(payload.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
  const all = [...messages, ...fieldErrors];
  return all.length > 0 ? all.join("; ") : undefined;
}

export function createJiraRequest(ctx: FailureContext, timeoutMs: number): JiraRequest {
  return async (options) => {
    const headers: Record<string, string> = { Accept: "application/json" };
    const authorization = authorizationHeader(options.auth);
    if (authorization) headers.Authorization = authorization;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    try {
      const response = await fetch(options.uri, {
        method: options.method ?? "GET",
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const payload = await readPayload(response);
      if (!response.ok) {
        throw httpFailure(ctx, response.status, { retryAfter: response.headers.get("retry-after"), detail: errorDetail(payload) });
      }
      return payload;
    } catch (error) {
      throw toTrackerError(ctx, error);
    }
  };
}
