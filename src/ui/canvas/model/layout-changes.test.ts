import { describe, expect, it } from 'vitest';
import { sampleDesign, tryApplyChanges } from '../../../core';
import { overlappingNodes } from '../../../core/geometry';
import { growPods, resizePod } from './layout-changes';

describe('pod sizes', () => {
  it.each([
    { name: 'larger', size: { width: 600.4, height: 300 }, expected: { w: 600, h: 300 } },
    {
      name: 'smaller than its containers need',
      size: { width: 100, height: 100 },
      expected: { w: 430, h: 176 },
    },
  ])('keeps a resize $name, never below what the containers need', ({ size, expected }) => {
    expect(resizePod(sampleDesign(), 'pod-shop', size)).toEqual([
      { type: 'setLayout', entries: { 'pod-shop': { x: 80, y: 80, ...expected } } },
    ]);
  });

  it('writes nothing when the size does not change, or for an unknown pod', () => {
    expect(resizePod(sampleDesign(), 'pod-shop', { width: 460, height: 200 })).toEqual([]);
    expect(resizePod(sampleDesign(), 'nope', { width: 460, height: 200 })).toEqual([]);
  });

  it('grows only pods that no longer fit', () => {
    expect(growPods(sampleDesign(), ['pod-shop'])).toEqual([]);
    const crowded = {
      ...sampleDesign(),
      layout: { ...sampleDesign().layout, 'ctr-shop-app': { x: 500, y: 60 } },
    };
    // The pod grows right by 220; the database that stood right of it moves as far, the Service on its
    // left stays where it is.
    expect(growPods(crowded, ['pod-shop'])).toEqual([
      {
        type: 'setLayout',
        entries: {
          'pod-shop': { x: 80, y: 80, w: 680, h: 200 },
          'ext-orders-db': { x: 900, y: 140 },
        },
      },
    ]);
  });

  it('moves what stood below a pod that grows downwards, and covers nothing it stood clear of', () => {
    const design = sampleDesign();
    const below = {
      ...design,
      layout: {
        ...design.layout,
        'ctr-shop-app': { x: 180, y: 200 },
        'ext-orders-db': { x: 200, y: 400 },
      },
    };
    const [change] = growPods(below, ['pod-shop']);
    expect(change).toEqual({
      type: 'setLayout',
      entries: {
        'pod-shop': { x: 80, y: 80, w: 460, h: 316 },
        'ext-orders-db': { x: 200, y: 516 },
      },
    });
    const grown = tryApplyChanges(below, [change!]);
    expect(grown.ok && overlappingNodes(grown.design)).toEqual([]);
  });
});
