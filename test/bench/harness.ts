/**
 * Measurement helpers for `npm run bench`: A/B comparisons run interleaved in the same process, so
 * machine noise hits both variants alike; results are medians and the ratio between them.
 */
import type { MikroORM } from "@mikro-orm/postgresql";
import { performance } from "node:perf_hooks";

/** Counts SQL statements the ORM's knex sends while a measured function runs (server included: same process). */
export class QueryCounter {
  private count: number | null = null;

  constructor(orm: MikroORM) {
    orm.em.getConnection().getKnex().on("query", () => {
      if (this.count !== null) this.count++;
    });
  }

  async measure(fn: () => Promise<unknown>): Promise<{ ms: number; queries: number }> {
    this.count = 0;
    const started = performance.now();
    try {
      await fn();
      return { ms: performance.now() - started, queries: this.count };
    } finally {
      this.count = null;
    }
  }
}

export interface Summary {
  medianMs: number;
  medianQueries: number;
  samples: number[];
}

export interface Comparison {
  a: Summary;
  b: Summary;
  /** median B / median A */
  ratio: number;
  /** median queries B / median queries A */
  queryRatio: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const summarize = (runs: { ms: number; queries: number }[]): Summary => ({
  medianMs: median(runs.map((run) => run.ms)),
  medianQueries: median(runs.map((run) => run.queries)),
  samples: runs.map((run) => run.ms),
});

/**
 * Runs `warmup` unmeasured rounds of each variant, then `iterations` measured rounds, alternating
 * which variant goes first (ABBA…) so neither profits from the other's warm caches or from drift.
 * Each call gets a round number unique across warm-up and measurement (0, 1, 2, …).
 */
export async function compare(
  counter: QueryCounter,
  options: { warmup: number; iterations: number },
  a: (round: number) => Promise<unknown>,
  b: (round: number) => Promise<unknown>,
): Promise<Comparison> {
  for (let round = 0; round < options.warmup; round++) {
    await a(round);
    await b(round);
  }
  const runsA: { ms: number; queries: number }[] = [];
  const runsB: { ms: number; queries: number }[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const round = options.warmup + i;
    if (i % 2 === 0) {
      runsA.push(await counter.measure(() => a(round)));
      runsB.push(await counter.measure(() => b(round)));
    } else {
      runsB.push(await counter.measure(() => b(round)));
      runsA.push(await counter.measure(() => a(round)));
    }
  }
  const summaryA = summarize(runsA);
  const summaryB = summarize(runsB);
  return {
    a: summaryA,
    b: summaryB,
    ratio: summaryB.medianMs / summaryA.medianMs,
    queryRatio: summaryA.medianQueries ? summaryB.medianQueries / summaryA.medianQueries : Number.NaN,
  };
}

export interface ResultRow {
  id: string;
  benchmark: string;
  variantA: string;
  variantB: string;
  result: Comparison;
  interpretation: string;
}

const formatMs = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
const formatRatio = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "n/a");
const formatCount = (count: number) => (Number.isInteger(count) ? String(count) : count.toFixed(1));

/** A plain-text table, one row per comparison, each followed by its interpretation. */
export function renderTable(rows: ResultRow[]): string {
  const header = ["#", "benchmark", "variant A", "variant B", "median A", "median B", "ratio B/A", "SQL/op A", "SQL/op B", "SQL ratio"];
  const cells = rows.map((row) => [
    row.id,
    row.benchmark,
    row.variantA,
    row.variantB,
    formatMs(row.result.a.medianMs),
    formatMs(row.result.b.medianMs),
    formatRatio(row.result.ratio),
    formatCount(row.result.a.medianQueries),
    formatCount(row.result.b.medianQueries),
    formatRatio(row.result.queryRatio),
  ]);
  const numeric = new Set([4, 5, 6, 7, 8, 9]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const render = (line: string[]) =>
    line.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  const out = [rule, render(header), rule];
  rows.forEach((row, index) => {
    out.push(render(cells[index]));
    out.push(`${" ".repeat(widths[0] + 2)}→ ${row.interpretation}`);
  });
  out.push(rule);
  return out.join("\n");
}
