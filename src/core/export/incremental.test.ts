import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../model/changes';
import type { Design } from '../model/types';
import { sampleDesign } from '../templates/sample';
import { aWebDesign } from '../testing/builders';
import { generateDesign } from '../../../bench/generate-design';
import { stepArbitrary, stepToChange } from '../testing/random-changes';
import { exportCompose, exportKubernetes } from './index';
import { createIncrementalExporter } from './incremental';
import { serializeYaml, type YamlDocumentSpec } from './yaml';
import { YamlCache } from './yaml-cache';
import type { KubernetesExportOptions } from './types';

/** Seeds of past failures, replayed on every run (add one whenever a run finds a bug). */
const PINNED_SEEDS: number[] = [];

/** Options that change every object: each step exports with one of them. */
const OPTIONS: KubernetesExportOptions[] = [
  {},
  { networkPolicies: true, podDisruptionBudgets: true },
  { namespace: 'shop', kubernetesVersion: '1.28' },
];

function expectSameExports(
  exporter: ReturnType<typeof createIncrementalExporter>,
  design: Design,
  n: number,
) {
  const options = OPTIONS[n % OPTIONS.length]!;
  const full = exportKubernetes(design, options);
  const incremental = exporter.kubernetes(design, options);
  expect(incremental.text).toBe(full.text);
  expect(incremental.ranges).toEqual(full.ranges);
  expect(incremental.notes).toEqual(full.notes);
  expect(incremental.objects).toEqual(full.objects);
  const compose = exportCompose(design);
  const composed = exporter.compose(design);
  expect(composed.text).toBe(compose.text);
  expect(composed.ranges).toEqual(compose.ranges);
  expect(composed.notes).toEqual(compose.notes);
}

describe('incremental exports', () => {
  const property = fc.property(fc.array(stepArbitrary, { minLength: 5, maxLength: 40 }), (steps) => {
    const exporter = createIncrementalExporter();
    let design = sampleDesign();
    expectSameExports(exporter, design, 0);
    steps.forEach((step, n) => {
      const change = stepToChange(design, step);
      if (!change) return;
      design = applyChange(design, change);
      expectSameExports(exporter, design, n);
    });
  });

  it('equal the full exports, text and ranges, after any sequence of changes (seeded)', () => {
    fc.assert(property, { seed: 20261129, numRuns: 60 });
  }, 120_000);

  it.each(PINNED_SEEDS)('replays pinned seed %i', (seed) => {
    fc.assert(property, { seed, numRuns: 30 });
  });

  // With the same options throughout, pods untouched by a change reuse their built documents.
  const sameOptions = fc.property(
    fc.constantFrom(...OPTIONS.keys()),
    fc.array(stepArbitrary, { minLength: 5, maxLength: 40 }),
    (which, steps) => {
      const exporter = createIncrementalExporter();
      let design = sampleDesign();
      expectSameExports(exporter, design, which);
      for (const step of steps) {
        const change = stepToChange(design, step);
        if (!change) continue;
        design = applyChange(design, change);
        // Twice: the second export of the same design reuses every pod.
        expectSameExports(exporter, design, which);
        expectSameExports(exporter, design, which);
      }
    },
  );

  it('equal the full exports when built pod documents are reused (seeded)', () => {
    fc.assert(sameOptions, { seed: 20261130, numRuns: 60 });
  }, 120_000);

  it('build again only the pods that changed', () => {
    const exporter = createIncrementalExporter();
    const design = generateDesign({ pods: 20 });
    exporter.kubernetes(design);
    const changed = applyChange(design, {
      type: 'updatePod',
      id: design.pods[3]!.id,
      patch: { description: 'Changed.' },
    });
    const second = exporter.kubernetes(changed);
    expect(second.text).toBe(exportKubernetes(changed).text);
    expect(exporter.builds.last).toEqual({ built: 1, reused: 19 });
    // A change outside the pods (the design's name is in every label) builds them all again.
    exporter.kubernetes({ ...changed, name: 'renamed' });
    expect(exporter.builds.last).toEqual({ built: 20, reused: 0 });
  });

  it('serialise again only what changed', () => {
    const exporter = createIncrementalExporter();
    const design = aWebDesign();
    const first = exporter.kubernetes(design);
    const pod = design.pods[0]!;
    const changed: Design = {
      ...design,
      pods: [{ ...pod, description: 'Changed.' }, ...design.pods.slice(1)],
    };
    const second = exporter.kubernetes(changed);
    expect(second.text).toBe(exportKubernetes(changed).text);
    // The workload changed; every other document is the same object as before.
    const kept = second.objects.filter((object) => first.objects.includes(object));
    expect(kept.length).toBe(second.objects.length - 1);
  });
});

describe('split documents', () => {
  const tricky: Record<string, unknown> = {
    name: 'x',
    empty: {},
    none: [],
    skipped: undefined,
    services: {
      a: { keep: 'kept\n\n', image: 'a', numbers: [Number.NaN, Infinity, -0, null] },
      b: { text: '#@pw:0 looks like a marker\nsecond line', list: [undefined, 1] },
      c: {},
      d: 'plain',
    },
    'x-podwright': { pods: [{ id: 'p1' }, { id: 'p2', deep: { a: [1, 2] } }], format: 'v1' },
  };
  const spec: YamlDocumentSpec = {
    value: tricky,
    split: [['services'], ['x-podwright'], ['x-podwright', 'pods'], ['empty']],
    marks: [
      { path: ['services', 'a'], ids: ['a'], comment: 'Service a\n\nwith a blank line' },
      { path: ['services', 'a', 'image'], ids: ['a-image'] },
      { path: ['services', 'b', 'list', 1], comment: 'one' },
      { path: ['x-podwright', 'pods', 1], ids: ['p2'] },
      { path: ['x-podwright', 'pods', 0, 'id'], ids: ['p1-id'] },
      { path: ['missing', 'key'], ids: ['nothing'] },
    ],
  };

  it.each([
    { case: 'tricky values', spec, pieces: 11 },
    {
      case: 'a comment on a split container (written whole)',
      spec: { ...spec, marks: [{ path: ['services'], comment: 'All.' }] },
      pieces: 2,
    },
    { case: 'a document comment (written whole)', spec: { ...spec, comment: 'Doc.' }, pieces: 2 },
  ])('stitch the same text and ranges as the whole document: $case', ({ spec: s, pieces }) => {
    const whole = serializeYaml([s, { value: { kind: 'B' }, ids: ['b'] }], 'Header.');
    const cache = new YamlCache();
    for (let run = 0; run < 2; run++) {
      const stitched = serializeYaml([s, { value: { kind: 'B' }, ids: ['b'] }], 'Header.', cache);
      expect(stitched.text).toBe(whole.text);
      expect(stitched.ranges).toEqual(whole.ranges);
      expect(cache.last).toEqual(run === 0 ? { hits: 0, misses: pieces } : { hits: pieces, misses: 0 });
    }
  });
});
