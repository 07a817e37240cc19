/**
 * Roundtrip against the practical limit: the real server (its own process, as `npm start` runs it) and
 * baseline.ts (node:http + `pg`, one SQL statement per request, its own process) on the same freshly
 * seeded database, loaded by autocannon from this process. Every read scenario runs at 1, 8 and 32
 * connections, both sides interleaved (the side that goes first alternates), three rounds; the table
 * prints the ranges over the rounds. Votes: 200 concurrent votes on one post per round and side.
 */
import type { MikroORM } from "@mikro-orm/postgresql";
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Config } from "../../server/config.js";
import { SESSION_COOKIE, startSession } from "../../server/members/auth.service.js";
import { Member } from "../../server/members/member.entity.js";
import { median } from "./harness.js";
import { summarizeProfile, type CpuProfile } from "./profile-summary.js";
import { PAGE_COMMENTS, seedLimitData, type Scale } from "./limit-seed.js";

const CONNECTIONS = [1, 8, 32];
const ROUNDS = 3;
const VOTERS = 200;

interface Target {
  path: string;
  body: string;
  headers: Record<string, string>;
}
interface Scenario {
  name: string;
  roundtrip: Target;
  baseline: Target;
}
interface Sample {
  rps: number;
  p50: number;
  p99: number;
}
type Side = "roundtrip" | "baseline";

// --- Child processes -------------------------------------------------------------------------------

export interface Service {
  url: string;
  child: ChildProcess;
}

function startService(script: string, databaseUrl: string, options: { ipc?: boolean } = {}): Promise<Service> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL(script, import.meta.url))], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit", ...(options.ipc ? (["ipc"] as const) : [])],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const url = chunk.toString().match(/LISTENING (\S+)/)?.[1];
      if (url) resolve({ url, child });
    });
  });
}

export async function stopService(service: Service | null): Promise<void> {
  if (!service || service.child.exitCode !== null) return;
  const exited = new Promise((resolve) => service.child.once("exit", resolve));
  service.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (service.child.exitCode === null) service.child.kill("SIGKILL");
}

/** Resident set size of a process in MB, from /proc (Linux). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
}

// --- Scenarios -------------------------------------------------------------------------------------

const cookie = (token: string | null): Record<string, string> => ({
  "content-type": "application/json",
  ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}),
});
const gql = (query: string, variables: Record<string, unknown>, token: string | null): Target => ({
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
  headers: cookie(token),
});
const sql = (path: string, input: Record<string, unknown>, token: string | null): Target => ({ path, body: JSON.stringify(input), headers: cookie(token) });

const BOARD = `query Board($first: Int!, $sort: PostSort!) { posts(first: $first, sort: $sort) { totalCount nodes {
  id title kind status voteCount commentCount createdAt author { id displayName } board { id name } tags { id name color } viewerHasVoted } } }`;
const POST_PAGE = `query PostPage($id: ID!) { post(id: $id) { id title body status voteCount createdAt author { id displayName } viewerHasVoted
  comments { id body parentId createdAt author { id displayName } } timeline { id type toStatus createdAt actor { id displayName } } } }`;
const SEARCH = `query Search($search: String!) { posts(first: 20, sort: TOP, filter: { search: $search }) { totalCount nodes { id title voteCount } } }`;
const SIMILAR = `query Similar($title: String!) { similarPosts(input: { title: $title }) { id title voteCount } }`;
const STATS = `{ communityStats(weeks: 12) { weeks { weekStart ideas bugs usability votes comments shipped }
  medianHoursToFirstTriage medianDaysToShip topPostsLinkedShare topUnlinkedPosts { id title voteCount } } }`;
const REPORT = `query Report($from: DateTimeISO!, $to: DateTimeISO!) { communityReport(from: $from, to: $to) {
  counts { metric value previous changePercent series { weekStart value } } hoursToFirstResponse { value previous } hoursToTriage { value previous }
  daysToShip { value previous } topPostsLinkedShare topUnlinkedPosts { id } topTags { tag { id } value previous } gainers { votes post { id } }
  hotTopics { label value previous } } }`;
/** Issue #12: communityReport answers in under 500 ms at the large scale. */
const REPORT_GOAL_MS = 500;
const REPORT_RUNS = 15;
const VOTE = `mutation Vote($postId: ID!) { vote(postId: $postId) { id voteCount } }`;

function scenarios(tokens: { viewer: string; staff: string }, data: { pagePostId: string; search: string; typed: string }): Scenario[] {
  const board = (sort: string, first: number): Scenario => ({
    name: `board ${sort} ${first}`,
    roundtrip: gql(BOARD, { first, sort }, tokens.viewer),
    baseline: sql("/board", { first, sort }, tokens.viewer),
  });
  return [
    board("TOP", 50),
    board("NEW", 10),
    board("TRENDING", 20),
    {
      name: `post page, ${PAGE_COMMENTS} comments + timeline`,
      roundtrip: gql(POST_PAGE, { id: data.pagePostId }, tokens.viewer),
      baseline: sql("/post", { id: data.pagePostId }, tokens.viewer),
    },
    { name: "search (top 20 + count)", roundtrip: gql(SEARCH, { search: data.search }, tokens.viewer), baseline: sql("/search", { search: data.search }, tokens.viewer) },
    { name: "similarPosts (typed title)", roundtrip: gql(SIMILAR, { title: data.typed }, tokens.viewer), baseline: sql("/similar", { title: data.typed }, tokens.viewer) },
    { name: "communityStats (staff)", roundtrip: gql(STATS, {}, tokens.staff), baseline: sql("/stats", {}, tokens.staff) },
  ];
}

/**
 * communityReport has no baseline twin (one hand-written statement per figure is what it already
 * is): it is timed on Roundtrip alone, one request at a time on the otherwise idle server, for the
 * dashboard's default 90 days and the longest period, each after one warm-up request.
 */
async function timeCommunityReport(base: string, token: string): Promise<Array<{ days: number; medianMs: number; maxMs: number }>> {
  const results = [];
  for (const days of [90, 366]) {
    const to = new Date();
    const target = gql(REPORT, { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString() }, token);
    await fetchJson(base, target);
    const times: number[] = [];
    for (let run = 0; run < REPORT_RUNS; run++) {
      const started = performance.now();
      await fetchJson(base, target);
      times.push(performance.now() - started);
    }
    results.push({ days, medianMs: median(times), maxMs: Math.max(...times) });
  }
  return results;
}

async function fetchJson(base: string, target: Target): Promise<any> {
  const response = await fetch(base + target.path, { method: "POST", headers: target.headers, body: target.body });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${target.path} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/** Where two answers differ, if anywhere (dates compared as instants, numbers as numbers). */
function difference(a: unknown, b: unknown, path = "data"): string | null {
  const instant = (value: unknown) => (typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value) ? new Date(value).getTime() : value);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const found = difference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = difference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return instant(a) === instant(b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

async function load(base: string, target: Target, connections: number, seconds: number): Promise<Sample> {
  const result = await autocannon({ url: base + target.path, method: "POST", headers: target.headers, body: target.body, connections, duration: seconds });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed) throw new Error(`${base}${target.path}: ${failed} failed requests under load`);
  // autocannon stops waiting at the deadline, but the server still answers what was in flight: one more
  // request queues behind them, so the next measurement does not pay for this one's backlog.
  await fetchJson(base, target);
  const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000;
  // Completed answers over the wall time (requests.total only counts whole one-second ticks).
  return { rps: result["2xx"] / elapsed, p50: result.latency.p50, p99: result.latency.p99 };
}

// --- Votes -----------------------------------------------------------------------------------------

async function castVotes(base: string, target: (token: string) => Target, tokens: string[]): Promise<{ ms: number; acknowledged: number }> {
  const started = performance.now();
  const answers = await Promise.all(tokens.map((token) => fetchJson(base, target(token)).then(() => 1, () => 0)));
  return { ms: performance.now() - started, acknowledged: answers.reduce((sum: number, ok) => sum + ok, 0) };
}

// --- Report ----------------------------------------------------------------------------------------

const range = (values: number[], digits = 0) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width + 2, -2));
  return [rule, line(header), rule, ...rows.map(line), rule].join("\n");
}

// --- The run ---------------------------------------------------------------------------------------

export interface LimitOptions {
  scaleName: string;
  scale: Scale;
  seconds: number;
  orm: MikroORM;
  databaseUrl: string;
  config: Config;
  log: (message: string) => void;
  services: Service[];
  /** Instead of the comparison: profile Roundtrip's CPU in each scenario (`--profile`). */
  profile?: boolean;
}

export async function runLimit(options: LimitOptions): Promise<void> {
  const { orm, config, log } = options;
  const seedStarted = performance.now();
  log(`Seeding scale ${options.scaleName} set-based (${Object.entries(options.scale).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}) …`);
  const data = await seedLimitData(orm, options.scale, (message) => log(`  seed ${message}`), VOTERS);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`Seeded in ${seedSeconds.toFixed(0)} s: ${JSON.stringify(data.counts)}`);

  const em = orm.em.fork();
  const session = async (id: string) => (await startSession(em, config, em.getReference(Member, id))).token;
  const tokens = { viewer: await session(data.viewerId), staff: await session(data.staffId) };
  const voterTokens: string[] = [];
  for (const id of data.voterIds) voterTokens.push(await session(id));
  const [{ title }] = await orm.em.getConnection().execute(`select title from post order by created_at limit 1 offset 777`);
  const typed = String(title).split(" ").slice(0, 3).join(" ").replace(/(\w)(\w)(\w+)$/, "$2$1$3");
  const list = scenarios(tokens, { pagePostId: data.pagePostId, search: `${data.vocabulary[30]} ${data.vocabulary[60]}`, typed });

  if (options.profile) return profileScenarios(options, list, (token) => gql(VOTE, { postId: data.pagePostId }, token), voterTokens);

  log("Starting the Roundtrip server and the baseline in their own processes …");
  const roundtrip = await startService("./app-process.ts", options.databaseUrl);
  options.services.push(roundtrip);
  const baseline = await startService("./baseline.ts", options.databaseUrl);
  options.services.push(baseline);
  const sides: Record<Side, { base: string; pid: number }> = {
    roundtrip: { base: roundtrip.url, pid: roundtrip.child.pid! },
    baseline: { base: baseline.url, pid: baseline.child.pid! },
  };
  const rssIdle = { roundtrip: await rssMb(sides.roundtrip.pid), baseline: await rssMb(sides.baseline.pid) };

  log(`Timing communityReport (Roundtrip only, ${REPORT_RUNS} sequential requests per period) …`);
  const reportTimings = await timeCommunityReport(sides.roundtrip.base, tokens.staff);

  const mismatches: string[] = [];
  for (const scenario of list) {
    const found = difference(await fetchJson(sides.roundtrip.base, scenario.roundtrip), await fetchJson(sides.baseline.base, scenario.baseline));
    if (found) mismatches.push(`${scenario.name}: ${found}`);
  }
  // Warm-up: JIT, caches, pools.
  for (const scenario of list) for (const side of ["roundtrip", "baseline"] as Side[]) await load(sides[side].base, scenario[side], 8, Math.min(1, options.seconds));

  const samples = new Map<string, Record<Side, Sample[]>>();
  const rss: { scenario: string; round: number; roundtrip: number; baseline: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    log(`Round ${round + 1}/${ROUNDS} …`);
    for (const [index, scenario] of list.entries()) {
      for (const connections of CONNECTIONS) {
        const key = `${scenario.name}|${connections}`;
        if (!samples.has(key)) samples.set(key, { roundtrip: [], baseline: [] });
        const order: Side[] = (round + index + connections) % 2 ? ["roundtrip", "baseline"] : ["baseline", "roundtrip"];
        for (const side of order) samples.get(key)![side].push(await load(sides[side].base, scenario[side], connections, options.seconds));
      }
      rss.push({ scenario: scenario.name, round, roundtrip: await rssMb(sides.roundtrip.pid), baseline: await rssMb(sides.baseline.pid) });
    }
  }

  // Votes: per round and side, 200 voters on a fresh post, interleaved; then the counts must agree.
  log(`${VOTERS} concurrent votes on one post, ${ROUNDS} rounds per side …`);
  const votePosts: { id: string; vote_count: number }[] = await orm.em
    .getConnection()
    .execute(`select id, vote_count from post where status <> 'DUPLICATE' order by id limit ?`, [2 * ROUNDS]);
  const voteRuns: Record<Side, { ms: number; acknowledged: number; postId: string }[]> = { roundtrip: [], baseline: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order: Side[] = round % 2 ? ["roundtrip", "baseline"] : ["baseline", "roundtrip"];
    for (const side of order) {
      const post = votePosts[2 * round + (side === "roundtrip" ? 0 : 1)];
      const target = (token: string) =>
        side === "roundtrip" ? gql(VOTE, { postId: post.id }, token) : sql("/vote", { postId: post.id }, token);
      voteRuns[side].push({ ...(await castVotes(sides[side].base, target, voterTokens)), postId: post.id });
    }
  }
  rss.push({ scenario: "votes", round: ROUNDS - 1, roundtrip: await rssMb(sides.roundtrip.pid), baseline: await rssMb(sides.baseline.pid) });
  const voteChecks: string[] = [];
  for (const side of ["roundtrip", "baseline"] as Side[]) {
    for (const run of voteRuns[side]) {
      const before = votePosts.find((post) => post.id === run.postId)!.vote_count;
      const [row] = await orm.em.getConnection().execute(
        `select p.vote_count, (select count(*)::int from vote v where v.post_id = p.id) as rows,
                (select count(*)::int from vote v where v.post_id = p.id and v.member_id in (?)) as by_voters
           from post p where p.id = ?`,
        [data.voterIds, run.postId],
      );
      const ok = row.vote_count === row.rows && row.by_voters === run.acknowledged && row.vote_count - before === run.acknowledged && run.acknowledged === VOTERS;
      if (!ok) voteChecks.push(`${side} ${run.postId}: vote_count ${row.vote_count}, COUNT(*) ${row.rows}, +${row.vote_count - before}, acknowledged ${run.acknowledged}`);
    }
  }
  // Read back through the API: voteCount must be exact.
  for (const run of voteRuns.roundtrip) {
    const body = await fetchJson(sides.roundtrip.base, gql(`query($id: ID!) { post(id: $id) { voteCount } }`, { id: run.postId }, null));
    const [row] = await orm.em.getConnection().execute(`select count(*)::int as rows from vote where post_id = ?`, [run.postId]);
    if (body.data.post.voteCount !== row.rows) voteChecks.push(`roundtrip ${run.postId}: voteCount ${body.data.post.voteCount} read, ${row.rows} rows`);
  }

  // --- Print and save.
  const [load1, load5] = (await readFile("/proc/loadavg", "utf8")).split(" ");
  const rows: string[][] = [];
  const json: Record<string, unknown>[] = [];
  for (const [key, bySide] of samples) {
    const [scenario, connections] = key.split("|");
    const ratios = bySide.roundtrip.map((sample, round) => sample.rps / bySide.baseline[round].rps);
    rows.push([
      scenario,
      connections,
      range(bySide.roundtrip.map((s) => s.rps)),
      range(bySide.baseline.map((s) => s.rps)),
      `${median(ratios).toFixed(2)} (${range(ratios, 2)})`,
      `${range(bySide.roundtrip.map((s) => s.p50))} / ${range(bySide.roundtrip.map((s) => s.p99))}`,
      `${range(bySide.baseline.map((s) => s.p50))} / ${range(bySide.baseline.map((s) => s.p99))}`,
    ]);
    json.push({ scenario, connections: Number(connections), roundtrip: bySide.roundtrip, baseline: bySide.baseline, ratios });
  }
  const votesPerSecond = (side: Side) => voteRuns[side].map((run) => (VOTERS / run.ms) * 1000);
  const voteRatios = votesPerSecond("roundtrip").map((value, round) => value / votesPerSecond("baseline")[round]);
  rows.push([
    `${VOTERS} concurrent votes, one post (votes/s)`,
    String(VOTERS),
    range(votesPerSecond("roundtrip")),
    range(votesPerSecond("baseline")),
    `${median(voteRatios).toFixed(2)} (${range(voteRatios, 2)})`,
    "",
    "",
  ]);

  console.log("");
  console.log(
    `Roundtrip vs baseline (node:http + pg, one SQL statement per request), scale ${options.scaleName}: ` +
      `${Object.entries(data.counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}; ` +
      `${options.seconds} s per measurement, ${ROUNDS} rounds interleaved; load average ${load1} / ${load5} (1 / 5 min) at the end.`,
  );
  console.log(table(["scenario", "conns", "Roundtrip req/s", "baseline req/s", "ratio median (range)", "RT p50 / p99 ms", "base p50 / p99 ms"], rows));
  const rssBy = (side: Side) => rss.map((entry) => entry[side]);
  console.log(
    `RSS MB (server process): Roundtrip idle ${rssIdle.roundtrip}, after each scenario ${range(rssBy("roundtrip"))} (last ${rss.at(-1)!.roundtrip}); ` +
      `baseline idle ${rssIdle.baseline}, after each ${range(rssBy("baseline"))}.`,
  );
  console.log(voteChecks.length ? `VOTE CHECK FAILED:\n  ${voteChecks.join("\n  ")}` : `Votes: vote_count = COUNT(*) = acknowledged (${VOTERS}) on every post, both sides; voteCount read back exact.`);
  for (const timing of reportTimings) {
    console.log(
      `communityReport (staff, last ${timing.days} days, Roundtrip only): median ${timing.medianMs.toFixed(0)} ms, max ${timing.maxMs.toFixed(0)} ms ` +
        `over ${REPORT_RUNS} requests (goal under ${REPORT_GOAL_MS} ms at large${timing.medianMs < REPORT_GOAL_MS ? ": met" : ": NOT MET"}).`,
    );
  }
  console.log(mismatches.length ? `Answers differ (ids/values), baseline vs Roundtrip:\n  ${mismatches.join("\n  ")}` : "Every scenario: baseline JSON = Roundtrip JSON.");

  const file = fileURLToPath(new URL(`./results/${options.scaleName}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, import.meta.url));
  await writeFile(
    file,
    JSON.stringify(
      { scale: options.scaleName, counts: data.counts, seedSeconds, secondsPerMeasurement: options.seconds, loadAverage: [load1, load5], reads: json,
        votes: { roundtrip: voteRuns.roundtrip, baseline: voteRuns.baseline, ratios: voteRatios, checks: voteChecks }, communityReport: reportTimings, rssIdle, rss, mismatches },
      null,
      2,
    ),
  );
  log(`Results saved to ${file.slice(file.indexOf("test/bench/"))}`);
  if (voteChecks.length) throw new Error("Votes were lost, doubled or miscounted (see above).");
}

// --- Profiles (`--profile`) ------------------------------------------------------------------------

const PROFILE_CONNECTIONS = 8;

/** Asks the Roundtrip process (app-process.ts) to start or stop its CPU profile; "stop" answers with it. */
function profiler(child: ChildProcess, profile: "start" | "stop"): Promise<CpuProfile | null> {
  return new Promise((resolve) => {
    child.once("message", (message: { profile: CpuProfile | "started" }) => resolve(message.profile === "started" ? null : message.profile));
    child.send({ profile });
  });
}

/**
 * Where Roundtrip's CPU goes, per scenario: each read scenario loaded at 8 connections (and the 200
 * concurrent votes) while the server process profiles itself; prints CPU milliseconds per request
 * and the share of busy time per package, and saves each profile for Chrome DevTools.
 */
async function profileScenarios(options: LimitOptions, list: Scenario[], vote: (token: string) => Target, voterTokens: string[]): Promise<void> {
  const { log } = options;
  log("Starting the Roundtrip server with a profiler …");
  const roundtrip = await startService("./app-process.ts", options.databaseUrl, { ipc: true });
  options.services.push(roundtrip);
  for (const scenario of list) await load(roundtrip.url, scenario.roundtrip, PROFILE_CONNECTIONS, 1);
  const directory = fileURLToPath(new URL(`./results/profiles-${new Date().toISOString().replace(/[:.]/g, "-")}/`, import.meta.url));
  await mkdir(directory, { recursive: true });
  const measured: { name: string; requests: number; profile: CpuProfile }[] = [];
  for (const scenario of list) {
    await profiler(roundtrip.child, "start");
    const result = await autocannon({ url: roundtrip.url + scenario.roundtrip.path, method: "POST", headers: scenario.roundtrip.headers, body: scenario.roundtrip.body, connections: PROFILE_CONNECTIONS, duration: options.seconds * 5 });
    measured.push({ name: scenario.name, requests: result["2xx"], profile: (await profiler(roundtrip.child, "stop"))! });
  }
  await profiler(roundtrip.child, "start");
  const votes = await castVotes(roundtrip.url, vote, voterTokens);
  measured.push({ name: `${VOTERS} concurrent votes`, requests: votes.acknowledged, profile: (await profiler(roundtrip.child, "stop"))! });

  for (const { name, requests, profile } of measured) {
    const summary = summarizeProfile(profile);
    const file = `${directory}${name.replace(/[^\w]+/g, "-")}.cpuprofile`;
    await writeFile(file, JSON.stringify(profile));
    console.log(`\n${name}: ${requests} requests, ${(summary.busyMs / Math.max(requests, 1)).toFixed(2)} ms CPU per request (${summary.busyMs.toFixed(0)} ms busy)`);
    console.log(`  by package: ${summary.groups.slice(0, 9).map(({ group, share }) => `${group} ${(share * 100).toFixed(1)}%`).join(", ")}`);
    for (const { name: fn, share } of summary.functions) console.log(`    ${(share * 100).toFixed(1).padStart(5)}%  ${fn}`);
  }
  log(`Profiles saved to ${directory.slice(directory.indexOf("test/bench/"))} (open them in Chrome DevTools → Performance).`);
}
