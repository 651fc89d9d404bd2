import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, sampleDesign, type DesignChange } from '../../../core';
import { tryApplyChange } from '../../../core/model/changes';
import { stepArbitrary, stepToChange } from '../../../core/testing/random-changes';
import { sameCanvasShape } from './canvas-shape';
import { FlowEdgeMapper } from './flow-edges';
import { FlowNodeMapper } from './flow-nodes';

const noSelection = new Set<string>();

describe('the shape of the canvas', () => {
  it.each<{ case: string; change: DesignChange; same: boolean }>([
    {
      case: 'an image',
      change: { type: 'updateContainer', id: 'ctr-shop-app', patch: { image: 'shop:2' } },
      same: true,
    },
    {
      case: 'a pod description',
      change: { type: 'updatePod', id: 'pod-shop', patch: { description: 'Other words.' } },
      same: true,
    },
    {
      case: 'an env var',
      change: { type: 'updateContainer', id: 'ctr-shop-app', patch: { env: [{ name: 'A', value: '1' }] } },
      same: true,
    },
    {
      case: 'a container name',
      change: { type: 'updateContainer', id: 'ctr-shop-app', patch: { name: 'shop2' } },
      same: false,
    },
    {
      case: 'a role',
      change: { type: 'updateContainer', id: 'ctr-shop-tls', patch: { role: 'ambassador' } },
      same: false,
    },
    {
      case: 'a port',
      change: { type: 'updatePort', container: 'ctr-shop-app', port: 'http', patch: { port: 8081 } },
      same: false,
    },
    { case: 'replicas', change: { type: 'updatePod', id: 'pod-shop', patch: { replicas: 5 } }, same: false },
    { case: 'a place', change: { type: 'setLayout', entries: { 'pod-shop': { x: 0, y: 0 } } }, same: false },
    {
      case: 'a Service',
      change: { type: 'updateService', id: 'svc-shop', patch: { name: 'front' } },
      same: false,
    },
    { case: 'a removal', change: { type: 'remove', ids: ['ctr-shop-tls'] }, same: false },
  ])('$case: same shape is $same', ({ change, same }) => {
    const design = sampleDesign();
    expect(sameCanvasShape(design, applyChange(design, change))).toBe(same);
  });

  it('never lets the mappers hand back nodes or edges that a fresh mapping would draw otherwise (seeded)', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 40 }), (steps) => {
        let design = sampleDesign();
        const nodes = new FlowNodeMapper();
        const edges = new FlowEdgeMapper();
        for (const step of steps) {
          const change = stepToChange(design, step);
          if (!change) continue;
          const result = tryApplyChange(design, change);
          if (!result.ok) continue;
          design = result.design;
          const view = { selection: noSelection };
          expect(nodes.map(design, view)).toEqual(new FlowNodeMapper().map(design, view));
          expect(edges.map(design, noSelection)).toEqual(new FlowEdgeMapper().map(design, noSelection));
        }
      }),
      { seed: 20261129, numRuns: 150 },
    );
  });
});
