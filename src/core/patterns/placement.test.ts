import { describe, expect, it } from 'vitest';
import { overlappingNodes } from '../geometry';
import { applyChange } from '../model/changes';
import type { Design } from '../model/types';
import { aContainer, aDesign, aPod, anExternal } from '../testing/builders';
import { placeHelper } from './placement';

/** A pod of `count` containers in a row at (100, 100), `w` wide, and an external just right of it. */
function aRow(count: number, w: number, saved = true): Design {
  const containers = Array.from({ length: count }, (_, i) => aContainer({ id: `c-${i}`, name: `c${i}` }));
  const layout: Design['layout'] = {
    'p-web': { x: 100, y: 100, w, h: 176 },
    'x-db': { x: 100 + w + 60, y: 100 },
  };
  if (saved) containers.forEach((c, i) => (layout[c.id] = { x: 20 + i * 240, y: 60 }));
  return aDesign({ pods: [aPod({ containers })], externals: [anExternal()], layout });
}

describe('placeHelper', () => {
  const cases: { name: string; design: Design; layout: object; entries: object }[] = [
    {
      name: 'room inside the pod: the helper takes it, nothing else changes',
      design: aRow(1, 600),
      layout: { x: 260, y: 60 },
      entries: {},
    },
    {
      name: 'a full row: the pod grows right and the external moves as far',
      design: aRow(2, 440),
      layout: { x: 500, y: 60 },
      entries: { 'p-web': { w: 680, h: 176 }, 'x-db': { x: 600 + 240, y: 100 } },
    },
    {
      name: 'three in a row: a second row, the pod grows down',
      design: aRow(3, 680),
      layout: { x: 20, y: 196 },
      entries: { 'p-web': { w: 680, h: 312 } },
    },
    {
      name: 'siblings without a saved place are pinned where they are drawn',
      design: aRow(2, 440, false),
      layout: { x: 500, y: 60 },
      entries: { 'c-0': { x: 20, y: 60 }, 'c-1': { x: 260, y: 60 } },
    },
  ];
  it.each(cases)('$name', ({ design, layout, entries }) => {
    const placed = placeHelper(design, design.pods[0]!);
    expect(placed.layout).toEqual(layout);
    const set = placed.changes.find((c) => c.type === 'setLayout');
    expect(set?.entries ?? {}).toMatchObject(entries);
    const next = [
      {
        type: 'addContainer' as const,
        pod: 'p-web',
        container: aContainer({ id: 'c-new', name: 'new' }),
        layout: placed.layout,
      },
      ...placed.changes,
    ].reduce(applyChange, design);
    expect(next.pods[0]!.containers).toHaveLength(design.pods[0]!.containers.length + 1);
    expect(overlappingNodes(next)).toEqual([]);
  });
});
