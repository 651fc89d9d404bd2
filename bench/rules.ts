/**
 * All checks (`runRules`) on a generated 1,000-pod design against that design's Kubernetes export, in
 * the same run: checks re-run on every change in the browser, so they must cost at most half an export.
 * Then growth from 500 to 5,000 pods, which must stay close to linear (at most 12x for 10x the pods).
 * Growth is measured in three rounds, garbage collected before each sample, and compares the medians
 * of each size's quietest round (the minima are shown too): on a busy shared machine other processes
 * evict the caches a large design depends on, and a round can be disturbed throughout. The target row
 * also waits after each collection until the collector's background sweeping is done: otherwise every
 * sample is charged a similar few milliseconds of sweeping the whole heap, which hides most of the cost
 * difference between a 500-pod run (about 10 ms) and a 5,000-pod one. The row without the wait is kept
 * for comparison with earlier figures. A last row explains part of the growth: how many memory pages a
 * run touches for the first time at each size, and what that costs on this machine.
 */
import { exportKubernetes } from '../src/core/export';
import type { Design } from '../src/core/model/types';
import { runRules } from '../src/core/rules';
import { generateDesign } from './generate-design';
import { measureRounds, measureTogether, summarize, type Bench, type BenchRow } from './harness';

const PODS = 1000;
const MAX_SHARE_OF_EXPORT = 0.5;
const GROWTH = { from: 500, to: 5000, maxRatio: 12 };
/** Enough for background sweeping of this bench's heap (a few hundred MB) to finish on a busy machine. */
const SETTLE_MS = 100;

export const rulesBench: Bench = {
  name: 'rules',
  description: `runRules on ${PODS.toLocaleString('en')} pods vs their Kubernetes export; growth ${GROWTH.from} -> ${GROWTH.to} pods`,
  run(): BenchRow[] {
    const design = generateDesign({ pods: PODS });
    const findings = runRules(design).length;
    const vsExport = measureTogether(
      { rules: () => runRules(design), export: () => exportKubernetes(design).text },
      { warmup: 2, iterations: 7 },
    );
    const share = vsExport.rules!.median / vsExport.export!.median;

    const small = generateDesign({ pods: GROWTH.from });
    const large = generateDesign({ pods: GROWTH.to });
    const growth = measureRounds({ small: () => runRules(small), large: () => runRules(large) }, 3, {
      warmup: 2,
      iterations: 9,
      collect: true,
    });
    const ratio = growth.large!.median / growth.small!.median;
    const minRatio = Math.min(...growth.large!.values) / Math.min(...growth.small!.values);
    const settled = measureRounds({ small: () => runRules(small), large: () => runRules(large) }, 3, {
      warmup: 2,
      iterations: 9,
      collect: true,
      settleMs: SETTLE_MS,
    });
    const settledRatio = settled.large!.median / settled.small!.median;
    const settledMinRatio = Math.min(...settled.large!.values) / Math.min(...settled.small!.values);

    const faults = pageFaults(small, large);

    return [
      {
        name: `runRules, ${PODS} pods (${findings} findings)`,
        ...vsExport.rules!,
        note: `${share.toFixed(2)}x the export (target <= ${MAX_SHARE_OF_EXPORT}x)`,
        meetsTarget: share <= MAX_SHARE_OF_EXPORT,
      },
      { name: `exportKubernetes, ${PODS} pods (same run)`, ...vsExport.export! },
      { name: `runRules, ${GROWTH.from} pods (no wait after GC)`, ...growth.small! },
      {
        name: `runRules, ${GROWTH.to} pods (no wait after GC)`,
        ...growth.large!,
        note: `${ratio.toFixed(1)}x (minima ${minRatio.toFixed(1)}x) for ${GROWTH.to / GROWTH.from}x the pods`,
      },
      { name: `runRules, ${GROWTH.from} pods`, ...settled.small! },
      {
        name: `runRules, ${GROWTH.to} pods`,
        ...settled.large!,
        note: `${settledRatio.toFixed(1)}x (minima ${settledMinRatio.toFixed(1)}x) for ${GROWTH.to / GROWTH.from}x the pods (target <= ${GROWTH.maxRatio}x)`,
        meetsTarget: settledRatio <= GROWTH.maxRatio,
      },
      faults,
    ];
  },
};

/**
 * Page faults per settled run at each size, and their cost. A collection before each sample lets the
 * collector hand memory back, and whatever a run keeps alive through a young-generation collection is
 * promoted into fresh pages, each faulted in by the kernel (and, in a virtual machine, the host) on first
 * touch. A fresh index of 5,000 pods faulted in some 1,300 pages a run, a fifth of the sample; the
 * index kept between runs (src/core/rules/index-build.ts) faults in none. Explanatory: no target.
 */
function pageFaults(small: Design, large: Design): BenchRow {
  const counts = { small: [] as number[], large: [] as number[] };
  const counting = (key: keyof typeof counts, design: Design) => () => {
    const before = process.resourceUsage().minorPageFault;
    const found = runRules(design);
    counts[key].push(process.resourceUsage().minorPageFault - before);
    return found;
  };
  measureTogether(
    { small: counting('small', small), large: counting('large', large) },
    { warmup: 1, iterations: 5, collect: true, settleMs: SETTLE_MS },
  );
  const perFault = msPerPageFault();
  // The first of each is the warm-up run.
  const smallFaults = summarize(counts.small.slice(1));
  const largeFaults = summarize(counts.large.slice(1));
  return {
    name: `page faults per run, ${GROWTH.from} / ${GROWTH.to} pods (ms: their cost at ${GROWTH.to})`,
    median: largeFaults.median * perFault,
    p95: largeFaults.p95 * perFault,
    runs: largeFaults.runs,
    note: `${smallFaults.median} / ${largeFaults.median} faults, ${(perFault * 1000).toFixed(0)} us of CPU each here`,
  };
}

/**
 * CPU milliseconds per page fault: first touches of a fresh 64 MB buffer, one per page. A buffer that
 * large is mapped fresh by the C library (smaller ones may reuse memory already faulted in, which
 * says nothing); should it fault on fewer than half its pages all the same, the cost is unknown (NaN).
 */
function msPerPageFault(): number {
  const size = 64 << 20;
  const before = process.resourceUsage();
  const buffer = new Uint8Array(size);
  for (let i = 0; i < buffer.length; i += 4096) buffer[i] = 1;
  const after = process.resourceUsage();
  const faults = after.minorPageFault - before.minorPageFault;
  if (faults < size / 4096 / 2) return Number.NaN;
  const cpuMs = (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
  return cpuMs / faults;
}
