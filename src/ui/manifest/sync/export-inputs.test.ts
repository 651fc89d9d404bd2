import { describe, expect, it } from 'vitest';
import { sampleDesign, type Design } from '../../../core';
import { sameExportInputs } from './export-inputs';

describe('sameExportInputs', () => {
  const design = sampleDesign();
  it.each<[string, (d: Design) => Design, boolean]>([
    ['the same design', (d) => d, true],
    ['a canvas move (layout only)', (d) => ({ ...d, layout: { ...d.layout, x: { x: 1, y: 2 } } }), true],
    ['a rule setting', (d) => ({ ...d, rules: { 'owner-missing': 'off' } }), true],
    ['a renamed design', (d) => ({ ...d, name: 'renamed' }), false],
    ['a changed pod', (d) => ({ ...d, pods: d.pods.map((p) => ({ ...p, replicas: 3 })) }), false],
    ['new export options', (d) => ({ ...d, exportOptions: { networkPolicies: true } }), false],
    ['a namespace added', (d) => ({ ...d, namespace: 'shop' }), false],
  ])('%s', (_name, change, same) => {
    expect(sameExportInputs(design, change(design))).toBe(same);
  });
});
