import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../../core';
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
    expect(growPods(crowded, ['pod-shop'])).toEqual([
      { type: 'setLayout', entries: { 'pod-shop': { x: 80, y: 80, w: 680, h: 200 } } },
    ]);
  });
});
