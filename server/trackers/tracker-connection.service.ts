import type { EntityManager } from "@mikro-orm/postgresql";
import { TrackerError, trackerDefinition, type Tracker, type TrackerDefinition, type TrackerSettingField } from "../../integrations/index.js";
import { badInput, notFound, upstreamUnavailable } from "../shared/errors.js";
import { InputReason, lengthProblem } from "../shared/input-rules.js";
import { refuseUnknownStatuses } from "../posts/status.service.js";
import type { SecretBox } from "../shared/secrets.js";
import type { Metrics } from "../observability/metrics.js";
import { TrackerConnection, type ConnectionSecrets, type ConnectionSettings } from "./tracker-connection.entity.js";
import { MultiLinkRule, type TrackerKind } from "./tracker-enums.js";

export interface ConnectionInput {
  name?: string | null;
  /** The tracker's settings (its settings schema) by key; absent or null keeps what is stored, "" clears it; other keys are ignored. */
  settings: Record<string, string | null | undefined>;
  /** "" removes it; absent keeps it. */
  webhookSecret?: string | null;
  multiLinkRule?: MultiLinkRule | null;
  /** Save even though the connection test fails (the tracker is down, say): shown as untested. */
  saveUntested?: boolean | null;
}

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

/**
 * The adapter for a stored connection, with its credentials decrypted for this use only; with
 * `metrics`, every call it makes is timed by kind, method and outcome.
 */
export function trackerFor(secrets: SecretBox, connection: TrackerConnection, metrics?: Metrics | null): Tracker {
  const definition = trackerDefinition(connection.kind);
  const { webhookSecret: _webhookSecret, ...credentials } = openSecrets(secrets, connection);
  const values = Object.fromEntries(Object.entries({ ...connection.settings, ...credentials }).map(([key, value]) => [key, value ?? undefined]));
  const tracker = definition.create(definition.configFrom(values));
  return metrics ? timedTracker(tracker, metrics) : tracker;
}

/** The same port, each method call observed in `roundtrip_tracker_call_duration_seconds`. */
function timedTracker(tracker: Tracker, metrics: Metrics): Tracker {
  return new Proxy(tracker, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        const end = metrics.trackerCalls.startTimer({ kind: target.kind, call: String(property) });
        try {
          const result = await value.apply(target, args);
          end({ outcome: "ok" });
          return result;
        } catch (error) {
          end({ outcome: error instanceof TrackerError ? (error.retryable ? "retryable" : "permanent") : "error" });
          throw error;
        }
      };
    },
  });
}

/** The tracker's definition, or BAD_USER_INPUT for a kind nobody registered (GraphQL's enum refuses those first). */
function definitionOf(kind: TrackerKind): TrackerDefinition {
  try {
    return trackerDefinition(kind);
  } catch {
    throw badInput("kind", InputReason.INVALID_VALUE, `No tracker of kind ${kind} is available.`);
  }
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

/**
 * The stored form of one setting, undefined when empty; refuses a missing required or invalid value.
 * `value` is already trimmed: sent values by the GraphQL argument normalizer, stored ones by this.
 */
function validSetting(field: TrackerSettingField, value: string): string | undefined {
  if (!value) {
    if (field.required) throw badInput(field.key, InputReason.REQUIRED, `${field.label.en} is required for this tracker.`);
    return undefined;
  }
  if (lengthProblem(value, { max: field.maxLength })) throw badInput(field.key, InputReason.TOO_LONG, `${field.label.en} is too long.`, { max: field.maxLength });
  const formatted = field.format === "url" ? validUrl(value, field.key) : value;
  return field.normalize ? field.normalize(formatted) : formatted;
}

/** Every setting of the schema: what was sent, else what is stored (secrets: sent or stored, never cleared). */
function validSettings(definition: TrackerDefinition, input: ConnectionInput, current: { settings: ConnectionSettings; secrets: ConnectionSecrets }) {
  const settings: ConnectionSettings = {};
  const secrets: ConnectionSecrets = { webhookSecret: input.webhookSecret === undefined ? current.secrets.webhookSecret : input.webhookSecret || null };
  for (const field of definition.settings) {
    const sent = input.settings[field.key];
    const stored = field.secret ? current.secrets[field.key] : current.settings[field.key];
    const value = validSetting(field, (field.secret ? sent || stored : (sent ?? stored)) ?? "");
    if (field.secret) secrets[field.key] = value;
    else settings[field.key] = value ?? null;
  }
  return { settings, secrets };
}

/** Whether the input changes a setting that decides whether Roundtrip can reach the tracker: then it is tested again. */
const changesAccess = (definition: TrackerDefinition, input: ConnectionInput) =>
  definition.settings.some((field) => typeof input.settings[field.key] === "string" && input.settings[field.key] !== "");

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
  const definition = definitionOf(kind);
  const name = input.name;
  if (!name) throw badInput("name", InputReason.REQUIRED, "A name is required for this tracker.");
  const valid = validSettings(definition, input, { settings: {}, secrets: { webhookSecret: null } });
  const connection = em.create(TrackerConnection, {
    kind,
    name,
    settings: valid.settings,
    sealedSecrets: secrets.seal(JSON.stringify(valid.secrets)),
    multiLinkRule: input.multiLinkRule ?? MultiLinkRule.ALL,
  });
  await verifyBeforeSaving(secrets, connection, !!input.saveUntested);
  await em.flush();
  return connection;
}

/** Changes only what is given; secrets are replaced only when a new value is sent. */
export async function updateConnection(em: EntityManager, secrets: SecretBox, id: string, input: ConnectionInput): Promise<TrackerConnection> {
  const connection = await findConnectionOrThrow(em, id);
  const definition = definitionOf(connection.kind);
  if (input.name) connection.name = input.name;
  const valid = validSettings(definition, input, { settings: connection.settings, secrets: openSecrets(secrets, connection) });
  connection.settings = valid.settings;
  connection.sealedSecrets = secrets.seal(JSON.stringify(valid.secrets));
  if (input.multiLinkRule) connection.multiLinkRule = input.multiLinkRule;
  if (changesAccess(definition, input)) await verifyBeforeSaving(secrets, connection, !!input.saveUntested);
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
