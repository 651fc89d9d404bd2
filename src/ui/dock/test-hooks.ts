/**
 * Hooks for browser tests and benchmarks, off unless asked for: `?test-hooks` in the address, or the dev
 * server. With them on, `window.__podwright.store` is the live store (so a test can make 50 changes
 * without driving the canvas) and the manifest panel announces each text update as a
 * `podwright:manifest-updated` event. A production page without the flag exposes nothing.
 */
import type { PodwrightStore } from '../../store';

export const MANIFEST_UPDATED_EVENT = 'podwright:manifest-updated';

export interface PodwrightTestHooks {
  store: PodwrightStore;
}

declare global {
  interface Window {
    // oxlint-disable-next-line no-underscore-dangle -- a name no app code would ever take
    __podwright?: PodwrightTestHooks;
  }
}

function readFlag(): boolean {
  if (import.meta.env.DEV) return true;
  try {
    return new URLSearchParams(window.location.search).has('test-hooks');
  } catch {
    return false;
  }
}

/** Read once at start: the flag is part of the address the page was opened with. */
const enabled = typeof window !== 'undefined' && readFlag();

export function testHooksEnabled(): boolean {
  return enabled;
}

export function exposeStoreForTests(store: PodwrightStore): void {
  // oxlint-disable-next-line no-underscore-dangle
  if (testHooksEnabled()) window.__podwright = { store };
}

/** Tells a waiting test that the editor now shows the export of the latest design. */
export interface ManifestUpdate {
  format: string;
  length: number;
  /** Time spent exporting and diffing (in the export worker), and editing the model (main thread). */
  exportMs: number;
  diffMs: number;
  applyMs: number;
  /** From the page sending the design to the export engine starting on it (copy and queue). */
  waitMs?: number;
}

export function announceManifestUpdate(detail: ManifestUpdate): void {
  if (testHooksEnabled()) window.dispatchEvent(new CustomEvent(MANIFEST_UPDATED_EVENT, { detail }));
}
