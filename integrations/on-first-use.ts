import type { Tracker, TrackerKind } from "./tracker.js";

type Method = Exclude<keyof Tracker, "kind">;
/** Every method of the port: the type makes this fail to compile when the port gains one. */
const METHODS: Record<Method, true> = {
  createIssue: true,
  findIssueByIdempotencyKey: true,
  getIssue: true,
  findIssuesUpdatedSince: true,
  addComment: true,
  listWorkflowStates: true,
  testConnection: true,
};

/**
 * A Tracker whose adapter module is imported when it is first called. The SDKs are large (@linear/sdk
 * and jira-client add about 60 MB to the server's memory) and an installation connects one tracker or
 * none, so the server loads only what its connections use. Settings the adapter refuses surface as
 * its TrackerError from the first call.
 */
export function onFirstUse(kind: TrackerKind, load: () => Promise<Tracker>): Tracker {
  let loaded: Promise<Tracker> | undefined;
  const call =
    (method: Method) =>
    async (...args: unknown[]) => {
      const adapter = await (loaded ??= load());
      return (adapter[method] as (...values: unknown[]) => Promise<unknown>)(...args);
    };
  return { kind, ...Object.fromEntries(Object.keys(METHODS).map((method) => [method, call(method as Method)])) } as unknown as Tracker;
}
