/**
 * A small benchmark harness: each bench measures what it needs with `measure` and returns rows; the
 * runner prints one table. Benchmarks are not tests: they report, they never fail a build.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface BenchRow {
  /** What was measured, e.g. `exportKubernetes, 1,000 pods`. */
  name: string;
  /** Median milliseconds per run. */
  median: number;
  p95: number;
  runs: number;
  /** A comparison with the row's own baseline, e.g. `1.12x bare YAML.stringify`. */
  note?: string;
  /** True or false when the bench has a target, undefined otherwise. */
  meetsTarget?: boolean;
}

export interface Bench {
  name: string;
  description: string;
  run(): Promise<BenchRow[]> | BenchRow[];
}

export interface Samples {
  median: number;
  p95: number;
  runs: number;
  values: number[];
}

export function summarize(values: number[]): Samples {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const median =
    sorted.length % 2 === 1
      ? sorted[(sorted.length - 1) / 2]!
      : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { median, p95: at(0.95), runs: values.length, values };
}

/**
 * What a sample measures. `cpu` (user + system time of this process, all its threads) is the default:
 * on a shared machine other processes stretch wall time but barely touch our CPU time.
 */
export type Clock = 'cpu' | 'wall';

function now(clock: Clock): number {
  if (clock === 'wall') return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The garbage collector, when V8 lets us reach it: collecting before each sample charges every sample
 * only for its own garbage, not for what the one before it left (which on a large design is most of
 * the difference between two sizes).
 */
const collectGarbage: (() => void) | undefined = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();

/** Waits `ms` of wall time on this thread, letting the collector's background threads finish. */
function settle(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Busy: the wait is outside the sample, and a timer would need an async measure.
  }
}

export interface MeasureOptions {
  clock?: Clock;
  /** Collect garbage before each sample (default false: the export and import ratios were set without). */
  collect?: boolean;
  /**
   * With `collect`, wall milliseconds to wait after collecting, outside the sample. A full collection
   * leaves sweeping of the whole heap to background threads, whose CPU time otherwise lands in the next
   * sample: a similar few milliseconds whatever is measured, which flatters the ratio of a short sample
   * to a long one.
   */
  settleMs?: number;
  /** Runs before measuring, so the JIT has compiled the hot paths. */
  warmup?: number;
  iterations?: number;
}

/**
 * Measures several functions in the same run, interleaved (a, b, a, b, …) so that drift of the
 * machine (thermal, GC, other processes) affects each alike. Returns samples per function name.
 */
export function measureTogether(
  fns: Record<string, () => unknown>,
  { warmup = 3, iterations = 15, clock = 'cpu', collect = false, settleMs = 0 }: MeasureOptions = {},
): Record<string, Samples> {
  const names = Object.keys(fns);
  const values: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    for (const name of names) {
      if (collect) {
        collectGarbage?.();
        settle(settleMs);
      }
      const start = now(clock);
      const result = fns[name]!();
      const elapsed = now(clock) - start;
      // Keep the result alive so the work cannot be optimised away.
      sink += typeof result === 'string' ? result.length : 1;
      if (i >= warmup) values[name]!.push(elapsed);
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(names.map((n) => [n, summarize(values[n]!)]));
}

/**
 * `measureTogether` in several rounds; each function's samples are those of the round whose median was
 * lowest for it. On a shared machine a round can be disturbed throughout (another process compiling);
 * the quietest round says most about the code.
 */
export function measureRounds(
  fns: Record<string, () => unknown>,
  rounds: number,
  options?: MeasureOptions,
): Record<string, Samples> {
  const best: Record<string, Samples> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, samples] of Object.entries(measureTogether(fns, options))) {
      if (!best[name] || samples.median < best[name].median) best[name] = samples;
    }
  }
  return best;
}

export function measure(fn: () => unknown, options?: MeasureOptions): Samples {
  return measureTogether({ fn }, options).fn!;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The table the runner prints: one row per measurement. */
export function formatTable(rows: readonly (BenchRow & { bench: string })[]): string {
  const header = ['bench', 'measurement', 'median ms (cpu)', 'p95 ms', 'runs', 'comparison', 'target'];
  const cells = rows.map((r) => [
    r.bench,
    r.name,
    r.median.toFixed(1),
    r.p95.toFixed(1),
    String(r.runs),
    r.note ?? '',
    r.meetsTarget === undefined ? '' : r.meetsTarget ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const numeric = new Set([2, 3, 4]);
  const line = (c: string[]) => c.map((cell, i) => pad(cell, widths[i]!, numeric.has(i))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
