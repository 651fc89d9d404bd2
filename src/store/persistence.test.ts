import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDesign } from '../core';
import { designStorage, PERSIST_KEY, WRITE_DELAY_MS, type PersistEnvironment } from './persistence';
import { createPodwrightStore } from './store';

/** A page with an in-memory localStorage, events to fire, and idle work run when the test says. */
function fakePage() {
  const saved = new Map<string, string>();
  const writes: string[] = [];
  const page = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const idle: (() => void)[] = [];
  const environment: PersistEnvironment = {
    storage: {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => {
        writes.push(key);
        saved.set(key, value);
      },
      removeItem: (key) => void saved.delete(key),
    },
    page,
    document: doc,
    whenIdle: (work) => void idle.push(work),
  };
  return {
    environment,
    writes,
    /** The design saved, or undefined. */
    savedDesign: () => {
      const text = saved.get(PERSIST_KEY);
      return text === undefined
        ? undefined
        : (JSON.parse(text) as { state: { design: unknown } }).state.design;
    },
    runIdle: () => idle.splice(0).forEach((work) => work()),
    fire: (target: 'page' | 'document', type: string, hidden = false) => {
      doc.visibilityState = hidden ? 'hidden' : 'visible';
      (target === 'page' ? page : doc).dispatchEvent(new Event(type));
    },
  };
}

function storeOn(environment: PersistEnvironment) {
  const storage = designStorage(environment)!;
  const store = createPodwrightStore({ storage, initialDesign: sampleDesign() });
  const rename = (name: string) =>
    store.getState().apply({ type: 'updatePod', id: 'pod-shop', patch: { name } });
  return { store, storage, rename };
}

describe('design storage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes nothing while changes come, then once when they stop and the page is idle', () => {
    const page = fakePage();
    const { store, rename } = storeOn(page.environment);
    const before = page.writes.length;
    for (const name of ['a', 'ab', 'abc']) {
      rename(name);
      vi.advanceTimersByTime(WRITE_DELAY_MS / 2);
    }
    page.runIdle();
    expect(page.writes.length).toBe(before);
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(page.writes.length).toBe(before);
    page.runIdle();
    expect(page.writes.length).toBe(before + 1);
    expect(page.savedDesign()).toEqual(store.getState().design);
  });

  it('does not write a state whose design is already saved (a selection change)', () => {
    const page = fakePage();
    const { store, rename } = storeOn(page.environment);
    rename('shop-2');
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    page.runIdle();
    const count = page.writes.length;
    store.getState().select(['pod-shop']);
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    page.runIdle();
    expect(page.writes.length).toBe(count);
  });

  it.each([
    ['pagehide', 'page', false],
    ['visibilitychange to hidden', 'document', true],
  ] as const)(
    'writes the pending design at once on %s, so closing the tab loses nothing',
    (_, target, hidden) => {
      const page = fakePage();
      const { store, rename } = storeOn(page.environment);
      rename('just-typed');
      const type = target === 'document' ? 'visibilitychange' : _;
      page.fire(target, type, hidden);
      expect(page.savedDesign()).toEqual(store.getState().design);
      expect((page.savedDesign() as { pods: { name: string }[] }).pods[0]!.name).toBe('just-typed');
    },
  );

  it('keeps the pending design when the page only becomes visible', () => {
    const page = fakePage();
    const { rename } = storeOn(page.environment);
    const count = page.writes.length;
    rename('not-yet');
    page.fire('document', 'visibilitychange', false);
    expect(page.writes.length).toBe(count);
  });

  it('restores what it wrote in a new store', () => {
    const page = fakePage();
    const { rename, storage } = storeOn(page.environment);
    rename('kept');
    storage.flush();
    const again = createPodwrightStore({ storage: designStorage(page.environment)! });
    expect(again.getState().design.pods[0]!.name).toBe('kept');
  });

  it('survives a storage that refuses to write', () => {
    const page = fakePage();
    page.environment.storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const { store, storage, rename } = storeOn(page.environment);
    rename('too-big');
    expect(() => storage.flush()).not.toThrow();
    expect(store.getState().design.pods[0]!.name).toBe('too-big');
  });
});
