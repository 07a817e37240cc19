/**
 * Reads a V8 CPU profile (`.cpuprofile`, as node:inspector's Profiler writes it) and says where the busy
 * time went: self time grouped by package (MikroORM, graphql, Apollo, …), garbage collection and
 * Roundtrip's own code, and the hottest functions. Written here because the profile viewers (Chrome
 * DevTools, speedscope) are interactive, and the benchmark prints its evidence as text.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Milliseconds the process was doing anything (all samples but idle). */
  busyMs: number;
  /** Share of busy time per group, largest first. */
  groups: { group: string; share: number }[];
  /** The functions with the most self time, largest first. */
  functions: { name: string; share: number }[];
}

/** The package a script belongs to, or what kind of time a pseudo-frame stands for. */
function groupOf(frame: ProfileNode["callFrame"]): string {
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (frame.functionName === "(program)") return "V8 / native (program)";
  const { url } = frame;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1].startsWith("@mikro-orm/") ? "MikroORM (@mikro-orm/*)" : inPackage[1];
  if (url.startsWith("node:")) return "Node.js internals";
  if (/\/(server|integrations)\//.test(url)) return "Roundtrip (server/, integrations/)";
  return url ? "other scripts" : "V8 / native";
}

const shortUrl = (url: string) => url.replace(/^.*node_modules\//, "").replace(/^.*\/(server|integrations)\//, "$1/");

export function summarizeProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => selfByNode.set(nodeId, (selfByNode.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyMicros = 0;
  for (const [nodeId, micros] of selfByNode) {
    const { callFrame } = byId.get(nodeId)!;
    if (callFrame.functionName === "(idle)") continue;
    busyMicros += micros;
    const group = groupOf(callFrame);
    groups.set(group, (groups.get(group) ?? 0) + micros);
    const name = callFrame.url ? `${callFrame.functionName || "(anonymous)"} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}` : callFrame.functionName;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const ranked = (totals: Map<string, number>) =>
    [...totals].sort((a, b) => b[1] - a[1]).map(([name, micros]) => ({ name, share: busyMicros ? micros / busyMicros : 0 }));
  return {
    busyMs: busyMicros / 1000,
    groups: ranked(groups).map(({ name, share }) => ({ group: name, share })),
    functions: ranked(functions).slice(0, top),
  };
}
