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
 * for comparison with earlier figures.
 */
import { exportKubernetes } from '../src/core/export';
import { runRules } from '../src/core/rules';
import { generateDesign } from './generate-design';
import { measureRounds, measureTogether, type Bench, type BenchRow } from './harness';

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
    ];
  },
};
