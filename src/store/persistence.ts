import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { parseDesignValue, type Design } from '../core';
import type { PodwrightState } from './store';

export const PERSIST_KEY = 'podwright:design';
/** The store's own envelope version; the design inside carries its format and migrates itself. */
export const PERSIST_VERSION = 1;
/** Quiet time after the last change before the design is written (a drag sets it at every frame). */
export const WRITE_DELAY_MS = 500;
/** How long the write may wait for an idle moment once the delay is over. */
const IDLE_TIMEOUT_MS = 2000;

type Persisted = { design: Design };

/** What the storage needs of the page; tests pass fakes. */
export interface PersistEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Where `pagehide` fires (window). */
  page?: Pick<EventTarget, 'addEventListener'>;
  /** Where `visibilitychange` fires, and whether the page is hidden (document). */
  document?: Pick<EventTarget, 'addEventListener'> & { visibilityState: string };
  /** Runs work when the main thread is idle; setTimeout(0) where there is no requestIdleCallback. */
  whenIdle?: (work: () => void, timeout: number) => void;
}

/** A storage that writes later, and can be told to write now. */
export type DesignStorage = PersistStorage<Persisted> & { flush(): void };

function browserEnvironment(): PersistEnvironment | null {
  if (typeof localStorage === 'undefined') return null;
  return {
    storage: localStorage,
    ...(typeof window === 'undefined' ? {} : { page: window }),
    ...(typeof document === 'undefined' ? {} : { document }),
    whenIdle:
      typeof requestIdleCallback === 'function'
        ? (work, timeout) => requestIdleCallback(() => work(), { timeout })
        : (work) => setTimeout(work, 0),
  };
}

/**
 * localStorage, written off the critical path: a change only remembers the value; the JSON (tens of
 * milliseconds at 200 pods, on the main thread) is written once changes have stopped for
 * WRITE_DELAY_MS and the page is idle, so it never delays the canvas or the editor of the next change.
 * Nothing is lost: the pending design is written at once when the page is hidden or unloaded
 * (visibilitychange, pagehide; not beforeunload, which would keep the page out of the back/forward
 * cache). A state whose design was already written (a selection or a notice changed) is not written
 * again. A full or missing storage never breaks editing: it only stops autosave.
 */
export function designStorage(environment = browserEnvironment()): DesignStorage | null {
  if (!environment) return null;
  const { storage, page, document: doc } = environment;
  const whenIdle = environment.whenIdle ?? ((work: () => void) => setTimeout(work, 0));
  // The value, not its JSON: stringifying a large design at every change cost more than the change.
  let pending: StorageValue<Persisted> | undefined;
  /** The design last written (or read): the same design is not written twice. */
  let written: Design | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a write waits for an idle moment. */
  let idleQueued = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const value = pending;
    pending = undefined;
    if (value.state.design === written) return;
    try {
      storage.setItem(PERSIST_KEY, JSON.stringify(value));
      written = value.state.design;
    } catch {
      // Quota exceeded or storage disabled: the design stays on screen; saving to a file still works.
    }
  };
  const writeWhenIdle = () => {
    timer = undefined;
    if (idleQueued) return;
    idleQueued = true;
    whenIdle(() => {
      idleQueued = false;
      // A change since the delay started: wait for the next quiet moment (its own timer is running).
      if (timer === undefined) flush();
    }, IDLE_TIMEOUT_MS);
  };
  page?.addEventListener('pagehide', flush);
  doc?.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') flush();
  });
  return {
    flush,
    getItem(name) {
      try {
        const text = storage.getItem(name);
        return text ? (JSON.parse(text) as StorageValue<Persisted>) : null;
      } catch {
        return null;
      }
    },
    setItem(_name, value) {
      pending = value;
      if (value.state.design === written) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(writeWhenIdle, WRITE_DELAY_MS);
    },
    removeItem(name) {
      pending = undefined;
      written = undefined;
      storage.removeItem(name);
    },
  };
}

/**
 * Saved state is untrusted like any file: it goes through the same parser. If it does not parse,
 * the app starts with its default design and says why, rather than crashing or loading half of it.
 */
export function restorePersisted(persisted: unknown, current: PodwrightState): PodwrightState {
  const saved = (persisted as Partial<Persisted> | undefined)?.design;
  if (saved === undefined) return current;
  const result = parseDesignValue(saved);
  if (result.ok) return { ...current, design: result.design };
  return {
    ...current,
    notices: [
      ...current.notices,
      {
        id: -1,
        kind: 'error',
        message: `The design saved in this browser could not be restored: ${result.errors[0]?.message}`,
      },
    ],
  };
}
