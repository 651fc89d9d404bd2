import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../core';
import { stepArbitrary, stepToChange } from '../core/testing/random-changes';
import { createPodwrightStore } from './store';

function makeStore() {
  let clock = 0;
  const store = createPodwrightStore({ storage: null, now: () => clock });
  return { store, tick: (ms: number) => (clock += ms) };
}

describe('history', () => {
  it('makes each pushed change one undo step, and redo replays it', () => {
    const { store } = makeStore();
    const start = store.getState().design;
    store.getState().apply({ type: 'updatePod', id: 'pod-shop', patch: { replicas: 3 } });
    store.getState().apply({ type: 'updatePod', id: 'pod-shop', patch: { replicas: 4 } });
    store.getState().undo();
    expect(store.getState().design.pods[0]!.replicas).toBe(3);
    store.getState().undo();
    expect(store.getState().design).toBe(start);
    store.getState().redo();
    expect(store.getState().design.pods[0]!.replicas).toBe(3);
  });

  it('merges a burst of typing in one field into one step', () => {
    const { store, tick } = makeStore();
    for (const name of ['s', 'sh', 'sho', 'shop-2']) {
      store
        .getState()
        .apply(
          { type: 'updatePod', id: 'pod-shop', patch: { name } },
          { kind: 'merge', key: 'pod-shop.name' },
        );
      tick(200);
    }
    expect(store.getState().history.past).toHaveLength(1);
    tick(2000);
    store
      .getState()
      .apply(
        { type: 'updatePod', id: 'pod-shop', patch: { name: 'shop-3' } },
        { kind: 'merge', key: 'pod-shop.name' },
      );
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('makes a burst of manifest-text edits (whole designs, one merge key) one undo step', () => {
    const { store, tick } = makeStore();
    const start = store.getState().design;
    for (const replicas of [3, 4, 5]) {
      const pods = store.getState().design.pods.map((p) => ({ ...p, replicas }));
      store
        .getState()
        .apply(
          { type: 'replace', design: { ...store.getState().design, pods } },
          { kind: 'merge', key: 'manifest-edit:k8s' },
        );
      tick(400);
    }
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().design).toBe(start);
  });

  it('records a whole drag as one step', () => {
    const { store } = makeStore();
    store.getState().beginGesture();
    for (let x = 0; x < 10; x++)
      store.getState().apply({ type: 'setLayout', entries: { 'pod-shop': { x, y: 0 } } });
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().design.layout['pod-shop']).toEqual(sampleDesign().layout['pod-shop']);
  });

  it('refuses an invalid change, keeps the design and says why', () => {
    const { store } = makeStore();
    const before = store.getState().design;
    const result = store
      .getState()
      .apply({ type: 'updatePod', id: 'pod-shop', patch: { name: 'Not Valid' } });
    expect(result.ok).toBe(false);
    expect(store.getState().design).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/DNS-1123/),
    });
  });
});

describe('selection and clipboard', () => {
  it('deletes the selection as one step', () => {
    const { store } = makeStore();
    store.getState().select(['pod-shop']);
    store.getState().deleteSelection();
    expect(store.getState().design).toMatchObject({ pods: [], services: [], connections: [] });
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().design.pods).toHaveLength(1);
  });

  it('duplicates a pod with fresh ids and unique names, its inner connection following', () => {
    const { store } = makeStore();
    store.getState().select(['pod-shop']);
    store.getState().duplicateSelection();
    const { design, selection } = store.getState();
    expect(design.pods.map((p) => p.name)).toEqual(['shop', 'shop-2']);
    expect(selection).toEqual([design.pods[1]!.id]);
    const [app, tls] = design.pods[1]!.containers;
    const targetsOf = (from: string) => design.connections.filter((c) => c.from === from).map((c) => c.to.id);
    // The sidecar copy talks to the app copy; the app copy still reaches the same external database.
    expect(targetsOf(tls!.id)).toEqual([app!.id]);
    expect(targetsOf(app!.id)).toEqual(['ext-orders-db']);
  });

  it('toggles and adds to the selection', () => {
    const { store } = makeStore();
    store.getState().select(['a']);
    store.getState().select(['b'], 'add');
    store.getState().select(['a'], 'toggle');
    expect(store.getState().selection).toEqual(['b']);
  });
});

describe('undo of any sequence of changes restores the start (seeded)', () => {
  it('holds for random sequences', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 5, maxLength: 40 }), (steps) => {
        const { store } = makeStore();
        const start = store.getState().design;
        const seen = [start];
        for (const step of steps) {
          const change = stepToChange(store.getState().design, step);
          if (change) store.getState().apply(change);
          seen.push(store.getState().design);
        }
        while (store.getState().history.past.length > 0) store.getState().undo();
        expect(store.getState().design).toBe(start);
        while (store.getState().history.future.length > 0) store.getState().redo();
        expect(store.getState().design).toBe(seen.at(-1));
      }),
      { seed: 1128, numRuns: 100 },
    );
  });
});
