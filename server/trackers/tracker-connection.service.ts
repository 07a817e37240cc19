import type { EntityManager } from "@mikro-orm/postgresql";
import {
  TrackerError,
  createTracker,
  type JiraConnectionConfig,
  type LinearConnectionConfig,
  type Tracker,
} from "../../integrations/index.js";
import { badInput, notFound, upstreamUnavailable } from "../shared/errors.js";
import { InputReason } from "../shared/input-rules.js";
import { refuseUnknownStatuses } from "../posts/status.service.js";
import type { SecretBox } from "../shared/secrets.js";
import { TrackerConnection, type ConnectionSecrets, type ConnectionSettings } from "./tracker-connection.entity.js";
import { MultiLinkRule, TrackerKind } from "./tracker-enums.js";

export interface ConnectionInput {
  name?: string | null;
  baseUrl?: string | null;
  email?: string | null;
  apiToken?: string | null;
  projectKey?: string | null;
  issueType?: string | null;
  teamId?: string | null;
  apiUrl?: string | null;
  webhookSecret?: string | null;
  multiLinkRule?: MultiLinkRule | null;
  /** Save even though the connection test fails (the tracker is down, say): shown as untested. */
  saveUntested?: boolean | null;
}

/** Settings that decide whether Roundtrip can reach the tracker: changing one calls for a new test. */
const ACCESS_FIELDS = ["baseUrl", "email", "apiToken", "projectKey", "issueType", "teamId", "apiUrl"] as const;

export async function findConnectionOrThrow(em: EntityManager, id: string): Promise<TrackerConnection> {
  const connection = await em.findOne(TrackerConnection, { id });
  if (!connection) throw notFound("Tracker connection");
  return connection;
}

/** Removes the connection and its links (cascade); posts keep their statuses and timelines. */
export async function deleteConnection(em: EntityManager, id: string): Promise<void> {
  em.remove(await findConnectionOrThrow(em, id));
  await em.flush();
}

export function openSecrets(secrets: SecretBox, connection: TrackerConnection): ConnectionSecrets {
  return JSON.parse(secrets.open(connection.sealedSecrets)) as ConnectionSecrets;
}

/** The adapter for a stored connection, with its credentials decrypted for this use only. */
export function trackerFor(secrets: SecretBox, connection: TrackerConnection): Tracker {
  const { apiToken } = openSecrets(secrets, connection);
  const settings = connection.settings;
  if (connection.kind === TrackerKind.JIRA) {
    const config: JiraConnectionConfig = {
      baseUrl: settings.baseUrl!,
      email: settings.email ?? null,
      apiToken,
      projectKey: settings.projectKey!,
      issueType: settings.issueType!,
    };
    return createTracker("JIRA", config);
  }
  const config: LinearConnectionConfig = { apiKey: apiToken, teamId: settings.teamId!, ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}) };
  return createTracker("LINEAR", config);
}

function requireField(value: string | null | undefined, field: string, what: string): string {
  if (!value?.trim()) throw badInput(field, InputReason.REQUIRED, `${what} is required for this tracker.`);
  return value.trim();
}

function validUrl(value: string, field: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("protocol");
    return url.toString().replace(/\/$/, "");
  } catch {
    throw badInput(field, InputReason.INVALID_URL, `${field} must be an http(s) URL.`);
  }
}

function settingsFor(kind: TrackerKind, input: ConnectionInput, current: ConnectionSettings = {}): ConnectionSettings {
  const merged = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null)) };
  if (kind === TrackerKind.JIRA) {
    return {
      baseUrl: validUrl(requireField(merged.baseUrl as string, "baseUrl", "The Jira site URL"), "baseUrl"),
      email: (merged.email as string | undefined)?.trim() || null,
      projectKey: requireField(merged.projectKey as string, "projectKey", "The project key").toUpperCase(),
      issueType: requireField(merged.issueType as string, "issueType", "The issue type"),
    };
  }
  return {
    teamId: requireField(merged.teamId as string, "teamId", "The Linear team id"),
    ...(merged.apiUrl ? { apiUrl: validUrl(merged.apiUrl as string, "apiUrl") } : {}),
  };
}

/**
 * A connection is saved only once it has been seen to work, so posts never wait on a tracker that
 * was never reachable; `saveUntested` lets an admin save it anyway, marked untested. On success the
 * tracker's workflow states are remembered for the mapping editor.
 */
async function verifyBeforeSaving(secrets: SecretBox, connection: TrackerConnection, saveUntested: boolean): Promise<void> {
  try {
    const tracker = trackerFor(secrets, connection);
    await tracker.testConnection();
    connection.knownStates = await tracker.listWorkflowStates();
    connection.verifiedAt = new Date();
  } catch (error) {
    if (!(error instanceof TrackerError)) throw error;
    if (saveUntested) {
      connection.verifiedAt = null;
      return;
    }
    throw error.retryable
      ? upstreamUnavailable(error.message, { field: "connection", reason: InputReason.CONNECTION_TEST_FAILED })
      : badInput("connection", InputReason.CONNECTION_TEST_FAILED, error.message);
  }
}

export async function createConnection(em: EntityManager, secrets: SecretBox, kind: TrackerKind, input: ConnectionInput): Promise<TrackerConnection> {
  const sealed: ConnectionSecrets = {
    apiToken: requireField(input.apiToken, "apiToken", "An API token"),
    webhookSecret: input.webhookSecret?.trim() || null,
  };
  const connection = em.create(TrackerConnection, {
    kind,
    name: requireField(input.name, "name", "A name"),
    settings: settingsFor(kind, input),
    sealedSecrets: secrets.seal(JSON.stringify(sealed)),
    multiLinkRule: input.multiLinkRule ?? MultiLinkRule.ALL,
  });
  await verifyBeforeSaving(secrets, connection, !!input.saveUntested);
  await em.flush();
  return connection;
}

/** Changes only what is given; secrets are replaced only when a new value is sent. */
export async function updateConnection(em: EntityManager, secrets: SecretBox, id: string, input: ConnectionInput): Promise<TrackerConnection> {
  const connection = await findConnectionOrThrow(em, id);
  if (input.name?.trim()) connection.name = input.name.trim();
  connection.settings = settingsFor(connection.kind, input, connection.settings);
  if (input.multiLinkRule) connection.multiLinkRule = input.multiLinkRule;
  if (input.apiToken?.trim() || input.webhookSecret !== undefined) {
    const current = openSecrets(secrets, connection);
    const next: ConnectionSecrets = {
      apiToken: input.apiToken?.trim() || current.apiToken,
      webhookSecret: input.webhookSecret === undefined ? current.webhookSecret : input.webhookSecret?.trim() || null,
    };
    connection.sealedSecrets = secrets.seal(JSON.stringify(next));
  }
  const accessChanged = ACCESS_FIELDS.some((field) => typeof input[field] === "string" && input[field]!.trim() !== "");
  if (accessChanged) await verifyBeforeSaving(secrets, connection, !!input.saveUntested);
  await em.flush();
  return connection;
}

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
}

/** Checks credentials against the tracker now and remembers its workflow states for the mapping editor. */
export async function testConnection(em: EntityManager, secrets: SecretBox, id: string): Promise<ConnectionTestResult> {
  const connection = await findConnectionOrThrow(em, id);
  try {
    const tracker = trackerFor(secrets, connection);
    const message = await tracker.testConnection();
    connection.knownStates = await tracker.listWorkflowStates();
    connection.verifiedAt = new Date();
    await em.flush();
    return { ok: true, message };
  } catch (error) {
    if (error instanceof TrackerError) return { ok: false, message: error.message };
    throw error;
  }
}

/** `status: null` ignores the state; `useDefault` drops the override. */
export async function setStatusMapping(
  em: EntityManager,
  id: string,
  entries: Array<{ stateId: string; status: string | null; useDefault: boolean }>,
): Promise<TrackerConnection> {
  const connection = await findConnectionOrThrow(em, id);
  await refuseUnknownStatuses(em, entries.flatMap((entry) => (entry.status ? [entry.status] : [])), "status");
  const mapping = { ...connection.statusMapping };
  for (const entry of entries) {
    if (entry.useDefault) delete mapping[entry.stateId];
    else mapping[entry.stateId] = entry.status;
  }
  connection.statusMapping = mapping;
  await em.flush();
  return connection;
}
