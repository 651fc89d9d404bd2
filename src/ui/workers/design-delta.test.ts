import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDesign, type Design } from '../../core';
import { applyChange } from '../../core/model/changes';
import { stepArbitrary, stepToChange } from '../../core/testing/random-changes';
import { decodeDesign, encodeDesign } from './design-delta';
import { NOT_CHECKED } from '../problems/findings/protocol';

/** What the worker would export from: the design without the fields no exporter reads. */
const exported = (design: Design) => {
  const { layout: _layout, rules: _rules, baseline: _baseline, ...rest } = design;
  return { ...rest, layout: {} };
};

describe('design deltas', () => {
  it('send an unchanged item as its index, and rebuild the design exactly (seeded)', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }), (steps) => {
        let design = sampleDesign();
        let sent: Design | undefined;
        let rebuilt: Design | undefined;
        const send = (next: Design) => {
          // Through a structured clone, as to a worker: identities do not survive.
          const delta = structuredClone(encodeDesign(next, sent));
          rebuilt = decodeDesign(delta, rebuilt);
          sent = next;
          expect(rebuilt).toEqual(exported(next));
          return delta;
        };
        send(design);
        for (const step of steps) {
          const change = stepToChange(design, step);
          if (!change) continue;
          const before = design;
          design = applyChange(design, change);
          const rebuiltBefore = rebuilt!;
          const delta = send(design);
          // A collection the change did not touch is the same array in the worker (caches key on it).
          for (const key of ['services', 'externals', 'connections'] as const)
            if (design[key] === before[key]) expect(rebuilt![key]).toBe(rebuiltBefore[key]);
          // Pods the change did not touch travel as numbers.
          const kept = design.pods.filter((pod) => before.pods.includes(pod)).length;
          expect(delta.collections.pods!.filter((item) => typeof item === 'number')).toHaveLength(kept);
        }
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });

  it('send rule settings and the baseline to the checks, never the layout', () => {
    const design: Design = {
      ...sampleDesign(),
      rules: { 'owner-missing': 'off' },
      baseline: { savedAt: '2026-11-29T00:00:00Z', contracts: [] },
    };
    const forExport = decodeDesign(structuredClone(encodeDesign(design, undefined)), undefined);
    const forChecks = decodeDesign(structuredClone(encodeDesign(design, undefined, NOT_CHECKED)), undefined);
    expect(forExport).toEqual(exported(design));
    expect(forChecks).toEqual({ ...design, layout: {} });
    expect(forChecks.rules).toEqual({ 'owner-missing': 'off' });
  });
});
