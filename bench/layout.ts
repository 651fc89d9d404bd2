/**
 * Automatic layout with elkjs, as the app runs it (in its worker; here in Node, the same engine).
 *
 * 1. A generated nested graph of about 1,000 nodes (167 pods of 4 containers, a Service each: the
 *    bench design of the other benches), laid out with pods as compound nodes and edges crossing pod
 *    borders. Its bare baseline, in the same run: ELK layered on exactly the same nodes (same sizes)
 *    and the same edges, flat: no compound pods, no hierarchy handling. The ratio is what the nesting
 *    costs, which is what the layout adds over the plainest layered drawing of the same picture.
 * 2. Import and layout of microservices-demo's release manifest (35 documents) against its import
 *    alone: what the layout adds to an import a person makes. Skipped, visibly, without ../shared.
 *
 * ELK answers through a promise, so these are measured with an async loop here (CPU time of this
 * process, interleaved like `measureTogether`).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importManifests } from '../src/core/import';
import { layoutGraph, layoutNodeCount, withElkLayout, type ElkGraphNode } from '../src/core/layout';
import type { Design } from '../src/core/model/types';
import { CANVAS_LAYOUT_SIZES } from '../src/ui/layout/sizes';
import { generateDesign } from './generate-design';
import { summarize, type Bench, type BenchRow, type Samples } from './harness';

const PODS = 167;
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

const elk = new ELK();

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** `measureTogether` for functions that return promises: interleaved, CPU time, after a warm-up. */
async function measureAsync(
  fns: Record<string, () => Promise<unknown>>,
  { warmup = 1, iterations = 5 } = {},
): Promise<Record<string, Samples>> {
  const names = Object.keys(fns);
  const values: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + iterations; i++) {
    for (const name of names) {
      const start = cpuMs();
      await fns[name]!();
      const elapsed = cpuMs() - start;
      if (i >= warmup) values[name]!.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(values[n]!)]));
}

/**
 * The same nodes and edges as `layoutGraph`, all at the top level: containers, Services and externals at
 * their sizes, each pod as one box of a typical laid-out size (two containers wide, one high).
 */
function flatGraph(design: Design): ElkGraphNode {
  const nested = layoutGraph(design, CANVAS_LAYOUT_SIZES);
  const children: ElkGraphNode[] = [];
  for (const node of nested.children ?? []) {
    const { children: inner, layoutOptions: _options, ...leaf } = node;
    children.push({
      ...leaf,
      width: leaf.width ?? CANVAS_LAYOUT_SIZES.container.width * 2,
      height: leaf.height ?? 172,
    });
    for (const child of inner ?? []) children.push(child);
  }
  const { 'elk.hierarchyHandling': _hierarchy, ...options } = nested.layoutOptions ?? {};
  return { id: 'root', layoutOptions: options, children, edges: nested.edges };
}

async function layOut(graph: ElkGraphNode): Promise<ElkGraphNode> {
  // ELK writes its answer into the graph it is given: each run gets a fresh copy.
  return (await elk.layout(structuredClone(graph) as ElkNode)) as ElkGraphNode;
}

async function nestedVersusFlat(): Promise<BenchRow[]> {
  const design = generateDesign({ pods: PODS });
  const nodes = layoutNodeCount(design);
  const nested = layoutGraph(design, CANVAS_LAYOUT_SIZES);
  const flat = flatGraph(design);
  const samples = await measureAsync(
    {
      nested: () => layOut(nested).then((r) => withElkLayout(design, r, CANVAS_LAYOUT_SIZES)),
      flat: () => layOut(flat),
    },
    { warmup: 1, iterations: 5 },
  );
  const ratio = samples.nested!.median / samples.flat!.median;
  return [
    {
      name: `ELK layout, ${nodes.toLocaleString('en')} nodes nested (${PODS} pods)`,
      ...samples.nested!,
      note: `${ratio.toFixed(2)}x bare flat ELK of the same nodes`,
    },
    { name: `bare flat ELK layered, the same ${nodes.toLocaleString('en')} nodes`, ...samples.flat! },
  ];
}

async function releaseImport(): Promise<BenchRow[]> {
  if (!existsSync(RELEASE)) {
    console.warn(`layout bench: ${RELEASE} is absent; its row is skipped.`);
    return [];
  }
  const text = readFileSync(RELEASE, 'utf8');
  const importOnly = () => {
    const result = importManifests([{ name: 'kubernetes-manifests.yaml', text }]);
    if (!result.ok) throw new Error(result.errors[0]?.message ?? 'import failed');
    return result.design;
  };
  const samples = await measureAsync(
    {
      both: async () => {
        const design = importOnly();
        const answer = await layOut(layoutGraph(design, CANVAS_LAYOUT_SIZES));
        return withElkLayout(design, answer, CANVAS_LAYOUT_SIZES);
      },
      importOnly: async () => importOnly(),
    },
    { warmup: 2, iterations: 15 },
  );
  const ratio = samples.both!.median / samples.importOnly!.median;
  return [
    {
      name: 'import + layout, microservices-demo release (35 documents)',
      ...samples.both!,
      note: `${ratio.toFixed(2)}x its import alone`,
    },
    { name: 'import alone, microservices-demo release', ...samples.importOnly! },
  ];
}

export const layoutBench: Bench = {
  name: 'layout',
  description: `ELK layout of a ${PODS}-pod nested graph vs the same nodes flat; import + layout of a real release`,
  async run() {
    const rows = [...(await nestedVersusFlat()), ...(await releaseImport())];
    for (const row of rows) if (row.note) console.log(`  ${row.name}: ${row.note}`);
    return rows;
  },
};
