import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { parseDesignValue, type Design } from '../core';
import type { PodwrightState } from './store';

export const PERSIST_KEY = 'podwright:design';
/** The store's own envelope version; the design inside carries its format and migrates itself. */
export const PERSIST_VERSION = 1;
const WRITE_DELAY_MS = 250;

type Persisted = { design: Design };

/**
 * localStorage, written at most every 250 ms (a drag sets the design at every frame) and flushed
 * when the page is hidden. A full or missing storage never breaks editing: it only stops autosave.
 */
export function designStorage(): PersistStorage<Persisted> | null {
  if (typeof localStorage === 'undefined') return null;
  // The value, not its JSON: stringifying a large design at every change cost more than the change.
  let pending: StorageValue<Persisted> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    try {
      localStorage.setItem(PERSIST_KEY, JSON.stringify(pending));
    } catch {
      // Quota exceeded or storage disabled: the design stays on screen; saving to a file still works.
    }
    pending = undefined;
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
  return {
    getItem(name) {
      try {
        const text = localStorage.getItem(name);
        return text ? (JSON.parse(text) as StorageValue<Persisted>) : null;
      } catch {
        return null;
      }
    },
    setItem(_name, value) {
      pending = value;
      if (!timer) timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem(name) {
      localStorage.removeItem(name);
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
