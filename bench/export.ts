/**
 * Kubernetes export of a generated 1,000-pod design (4 containers a pod) against a bare
 * `YAML.stringify` of the same output objects, in the same run. The export builds the objects, adds
 * comments and computes line ranges on top of the same serialisation: the target is at most 1.25x.
 *
 * Then the live editor's case: an incremental re-export of a 200-pod design after one change (a pod's
 * description), against a bare `YAML.stringify` of that one pod's objects, the least any update could
 * cost, and against a full export. Both formats; the target is at most 0.15x a full export.
 */
import { stringify } from 'yaml';
import { createIncrementalExporter, exportCompose, exportKubernetes } from '../src/core/export';
import type { Design } from '../src/core/model/types';
import { generateDesign } from './generate-design';
import { measureTogether, type Bench, type BenchRow } from './harness';

const PODS = 1000;
const TARGET_RATIO = 1.25;
const EDITOR_PODS = 200;
const INCREMENTAL_TARGET = 0.15;

const bareOf = (objects: readonly unknown[]) => () =>
  objects.map((o) => stringify(o, { aliasDuplicateObjects: false })).join('---\n');

/** The design after change `n`: one pod's description, a different pod each time. */
function changed(design: Design, n: number): Design {
  const at = (n * 37) % design.pods.length;
  const pods = design.pods.map((pod, i) =>
    i === at ? { ...pod, description: `Edited, change ${n}.` } : pod,
  );
  return { ...design, pods };
}

function incrementalRows(): BenchRow[] {
  const design = generateDesign({ pods: EDITOR_PODS });
  const rows: BenchRow[] = [];
  for (const format of ['k8s', 'compose'] as const) {
    const exporter = createIncrementalExporter();
    const run = (d: Design) => (format === 'k8s' ? exporter.kubernetes(d) : exporter.compose(d));
    const full = format === 'k8s' ? () => exportKubernetes(design) : () => exportCompose(design);
    run(design);
    let n = 0;
    // The objects one pod becomes: its documents (Kubernetes), its services (Compose).
    const pod = design.pods[0]!;
    const onePod =
      format === 'k8s'
        ? exportKubernetes(design).objects.filter(
            (o) => (o.metadata as { name?: string } | undefined)?.name?.startsWith(`${pod.name}`) ?? false,
          )
        : Object.entries((exportCompose(design).objects[0] as { services: Record<string, unknown> }).services)
            .filter(([name]) => name.startsWith(`${pod.name}-`))
            .map(([, service]) => service);
    const samples = measureTogether(
      { incremental: () => run(changed(design, ++n)).text, bare: bareOf(onePod), full: () => full().text },
      { warmup: 3, iterations: 15 },
    );
    const share = samples.incremental!.median / samples.full!.median;
    const label = format === 'k8s' ? 'Kubernetes' : 'Compose';
    rows.push(
      {
        name: `incremental ${label} re-export, ${EDITOR_PODS} pods, one change`,
        ...samples.incremental!,
        note: `${share.toFixed(2)}x full export (target <= ${INCREMENTAL_TARGET}x); ${(samples.incremental!.median / samples.bare!.median).toFixed(1)}x bare stringify of one pod`,
        meetsTarget: share <= INCREMENTAL_TARGET,
      },
      { name: `bare YAML.stringify of one pod's ${onePod.length} objects`, ...samples.bare! },
      { name: `full ${label} export, ${EDITOR_PODS} pods`, ...samples.full! },
    );
  }
  return rows;
}

export const exportBench: Bench = {
  name: 'export',
  description: `exportKubernetes on ${PODS.toLocaleString('en')} pods vs bare YAML.stringify of its objects; incremental re-export at ${EDITOR_PODS} pods`,
  run() {
    const design = generateDesign({ pods: PODS });
    const objects = exportKubernetes(design).objects;
    const samples = measureTogether(
      { export: () => exportKubernetes(design).text, bare: bareOf(objects) },
      { warmup: 3, iterations: 15 },
    );
    const ratio = samples.export!.median / samples.bare!.median;
    return [
      {
        name: `exportKubernetes, ${PODS} pods, ${objects.length} objects`,
        ...samples.export!,
        note: `${ratio.toFixed(2)}x bare (target <= ${TARGET_RATIO}x)`,
        meetsTarget: ratio <= TARGET_RATIO,
      },
      { name: 'bare YAML.stringify of the same objects', ...samples.bare! },
      ...incrementalRows(),
    ];
  },
};
