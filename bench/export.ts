/**
 * Kubernetes export of a generated 1,000-pod design (4 containers a pod) against a bare
 * `YAML.stringify` of the same output objects, in the same run. The export builds the objects, adds
 * comments and computes line ranges on top of the same serialisation: the target is at most 1.25x.
 */
import { stringify } from 'yaml';
import { exportKubernetes } from '../src/core/export';
import { generateDesign } from './generate-design';
import { measureTogether, type Bench } from './harness';

const PODS = 1000;
const TARGET_RATIO = 1.25;

export const exportBench: Bench = {
  name: 'export',
  description: `exportKubernetes on ${PODS.toLocaleString('en')} pods vs bare YAML.stringify of its objects`,
  run() {
    const design = generateDesign({ pods: PODS });
    const objects = exportKubernetes(design).objects;
    const bare = () => objects.map((o) => stringify(o, { aliasDuplicateObjects: false })).join('---\n');
    const samples = measureTogether(
      { export: () => exportKubernetes(design).text, bare },
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
    ];
  },
};
