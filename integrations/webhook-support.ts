// Helpers shared by the Jira and Linear webhook parsers.
import { createHash } from "node:crypto";
import { isObject, type JsonObject } from "./json.js";
import { WebhookRejected } from "./tracker.js";

type Headers = Record<string, string | string[] | undefined>;

/** Case-insensitive header lookup; repeated headers yield their first value. */
export function headerValue(headers: Headers, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") return first;
  }
  return undefined;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Parses a delivery body that must be a JSON object; anything else is a 400. */
export function parseJsonObject(rawBody: Buffer, tracker: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString("utf8"));
  } catch {
    throw new WebhookRejected(400, `${tracker} webhook body is not valid JSON`);
  }
  if (!isObject(parsed)) throw new WebhookRejected(400, `${tracker} webhook body is not a JSON object`);
  return parsed;
}

/** Reads a required string at a dotted path, or rejects the delivery as malformed. */
export function requireString(body: JsonObject, path: string, tracker: string): string {
  const value = path.split(".").reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), body);
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number") return String(value);
  throw new WebhookRejected(400, `${tracker} webhook payload has no ${path}`);
}

/** A payload's millisecond timestamp as a Date; a number beyond JavaScript's date range is a 400. */
export function timestampOf(milliseconds: number, tracker: string): Date {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) throw new WebhookRejected(400, `${tracker} webhook timestamp ${milliseconds} is not a time`);
  return date;
}
