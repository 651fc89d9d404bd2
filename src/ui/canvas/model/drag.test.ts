import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findContainer,
  integrityIssues,
  sampleDesign,
  sequentialIds,
  setIdSource,
  tryApplyChanges,
  type Design,
} from '../../../core';
import { planMove, type MovedNode, type MoveOptions } from './drag';
import { geometryOf } from '../../../core/geometry';
import { twoPodDesign } from '../../../core/testing/layout-designs';

let restoreIds: () => void;
beforeEach(() => {
  restoreIds = setIdSource(sequentialIds());
});
afterEach(() => restoreIds());

function move(design: Design, moved: MovedNode[], options: MoveOptions = { mode: 'drop' }): Design {
  const result = tryApplyChanges(design, planMove(design, moved, options));
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  expect(integrityIssues(result.design)).toEqual([]);
  return result.design;
}

describe('finishing a drag', () => {
  it('moves a container within its pod and grows the pod to fit', () => {
    const design = move(sampleDesign(), [{ id: 'ctr-shop-app', position: { x: 400, y: 150 } }], {
      mode: 'drop',
      pointer: { x: 500, y: 260 },
      grabbed: 'ctr-shop-app',
    });
    expect(design.layout['ctr-shop-app']).toEqual({ x: 400, y: 150 });
    expect(design.layout['pod-shop']).toMatchObject({ x: 80, y: 80, w: 400 + 160 + 20, h: 150 + 96 + 20 });
  });

  it('keeps a container below the pod header', () => {
    const design = move(sampleDesign(), [{ id: 'ctr-shop-app', position: { x: 250, y: 30 } }], {
      mode: 'drop',
      pointer: { x: 400, y: 130 },
      grabbed: 'ctr-shop-app',
    });
    expect(design.layout['ctr-shop-app']).toEqual({ x: 250, y: 56 });
  });

  it('moves a container into the pod under the pointer, keeping its connections', () => {
    const start = twoPodDesign();
    // pod-empty is at (80, 400); the app is dragged to 120,440 absolute => -40+..., relative to its pod.
    const design = move(start, [{ id: 'ctr-shop-app', position: { x: 60, y: 380 } }], {
      mode: 'drop',
      pointer: { x: 200, y: 500 },
      grabbed: 'ctr-shop-app',
    });
    expect(findContainer(design, 'ctr-shop-app')!.pod.id).toBe('pod-empty');
    expect(design.layout['ctr-shop-app']).toEqual({ x: 60, y: 60 });
    expect(design.connections.map((c) => c.id)).toEqual(['conn-tls-app', 'conn-app-db']);
  });

  it('never drops a container on top of another: it moves aside', () => {
    const design = move(sampleDesign(), [{ id: 'ctr-shop-tls', position: { x: 240, y: 70 } }], {
      mode: 'drop',
      pointer: { x: 400, y: 200 },
      grabbed: 'ctr-shop-tls',
    });
    // The app stands at x 250; the sidecar goes right of it.
    expect(design.layout['ctr-shop-tls']).toEqual({ x: 240 + 160 + 80, y: 70 });
  });

  it('gives a container dropped on empty canvas a pod of its own', () => {
    const design = move(sampleDesign(), [{ id: 'ctr-shop-tls', position: { x: 20, y: 700 } }], {
      mode: 'drop',
      pointer: { x: 200, y: 850 },
      grabbed: 'ctr-shop-tls',
    });
    const ref = findContainer(design, 'ctr-shop-tls')!;
    expect(ref.pod).toMatchObject({ name: 'tls' });
    expect(geometryOf(design).rects.get('ctr-shop-tls')).toMatchObject({ x: 100, y: 780 });
  });

  it('moves pods, services and externals to where they were dropped, keeping a pod’s size', () => {
    const design = move(sampleDesign(), [
      { id: 'pod-shop', position: { x: 100, y: 120 } },
      { id: 'svc-shop', position: { x: -300.4, y: 10.6 } },
    ]);
    expect(design.layout['pod-shop']).toEqual({ x: 100, y: 120, w: 460, h: 200 });
    expect(design.layout['svc-shop']).toEqual({ x: -300, y: 11 });
  });

  it('keeps a nudged container in its pod, wherever it is nudged', () => {
    const design = move(sampleDesign(), [{ id: 'ctr-shop-app', position: { x: 900, y: 60 } }], {
      mode: 'nudge',
    });
    expect(findContainer(design, 'ctr-shop-app')!.pod.id).toBe('pod-shop');
    expect(design.layout['pod-shop']!.w).toBe(900 + 160 + 20);
  });

  it('moves a pod with its containers as one: they keep their places in it', () => {
    const design = move(
      sampleDesign(),
      [
        { id: 'pod-shop', position: { x: 80, y: 90 } },
        { id: 'ctr-shop-tls', position: { x: 20, y: 70 } },
      ],
      { mode: 'nudge' },
    );
    expect(design.layout['pod-shop']).toMatchObject({ x: 80, y: 90 });
    expect(design.layout['ctr-shop-tls']).toEqual({ x: 20, y: 60 });
  });

  it('changes nothing for an empty drag', () => {
    expect(planMove(sampleDesign(), [], { mode: 'drop' })).toEqual([]);
  });
});
