/**
 * Import of a generated 1,000-pod manifest (the Kubernetes export of the generated 1,000-pod design)
 * against a bare `parseAllDocuments` of the same text, in the same run. The import parses that way
 * (with a line counter) and then guards, converts to data, reads and infers on top: the target is at
 * most 1.5x. Also the Compose
 * file of the same design, and microservices-demo's 35-document release manifest when the corpus is
 * there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { exportCompose, exportKubernetes } from '../src/core/export';
import { importManifests } from '../src/core/import';
import { generateDesign } from './generate-design';
import { measureTogether, type Bench, type BenchRow } from './harness';

const PODS = 1000;
const TARGET_RATIO = 1.5;
const RELEASE = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'corpus',
  'microservices-demo',
  'release',
  'kubernetes-manifests.yaml',
);

/** The bare parse the import is measured against: `parseAllDocuments` of the text, nothing more. */
function bareParse(text: string): unknown {
  return parseAllDocuments(text);
}

function compare(label: string, text: string, target?: number, iterations = 5): BenchRow[] {
  const imported = importManifests([{ name: 'bench.yaml', text }]);
  if (!imported.ok) throw new Error(`${label}: ${imported.errors[0]?.message ?? 'import failed'}`);
  const samples = measureTogether(
    { import: () => importManifests([{ name: 'bench.yaml', text }]), bare: () => bareParse(text) },
    { warmup: 1, iterations },
  );
  const ratio = samples.import!.median / samples.bare!.median;
  const size =
    text.length >= 1e6 ? `${(text.length / 1e6).toFixed(1)} MB` : `${Math.round(text.length / 1e3)} kB`;
  return [
    {
      name: `importManifests, ${label} (${size})`,
      ...samples.import!,
      note: `${ratio.toFixed(2)}x bare parse${target ? ` (target <= ${target}x)` : ''}`,
      ...(target ? { meetsTarget: ratio <= target } : {}),
    },
    { name: `bare parseAllDocuments, ${label}`, ...samples.bare! },
  ];
}

export const importBench: Bench = {
  name: 'import',
  description: `importManifests of the ${PODS.toLocaleString('en')}-pod export vs a bare parseAllDocuments of the same text`,
  run() {
    const design = generateDesign({ pods: PODS });
    const rows = [
      ...compare(`${PODS} pods, Kubernetes`, exportKubernetes(design).text, TARGET_RATIO),
      ...compare(`${PODS} pods, Compose`, exportCompose(design).text, undefined, 3),
    ];
    if (existsSync(RELEASE)) {
      rows.push(
        ...compare('microservices-demo release, 35 documents', readFileSync(RELEASE, 'utf8'), undefined, 15),
      );
    } else console.warn(`import bench: ${RELEASE} is absent; its row is skipped.`);
    for (const row of rows) if (row.note) console.log(`  ${row.name}: ${row.note}`);
    return rows;
  },
};
