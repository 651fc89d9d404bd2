import { useEffect } from 'react';
import { decodeShare } from '../../core';
import { useStoreApi, type PodwrightStore } from '../../store';
import { fragmentWithoutDesign, readShareFragment } from './share-link';

/**
 * Opens the design of a share link: at start (after the store restored the autosaved design, which
 * happens when the store is made, so the link wins) and whenever the fragment changes (a link pasted
 * into the address bar of an open tab). A good link replaces the design as one undo step; a bad one
 * changes nothing and says why. Either way the design leaves the address, so a reload does not open
 * it again over later edits.
 */
export function useOpenSharedLink(): void {
  const store = useStoreApi();
  useEffect(() => {
    let cancelled = false;
    const open = () => {
      void openFromLocation(store, () => cancelled);
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', open);
    };
  }, [store]);
}

async function openFromLocation(store: PodwrightStore, cancelled: () => boolean): Promise<void> {
  const hash = window.location.hash;
  const payload = readShareFragment(hash);
  if (payload === null) return;
  const result = await decodeShare(payload);
  // A remount (React's strict mode) or a newer link that arrived meanwhile handles it instead.
  if (cancelled() || window.location.hash !== hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${fragmentWithoutDesign(hash)}`);
  const state = store.getState();
  if (!result.ok) {
    const why = result.errors[0]?.message ?? 'it could not be read.';
    state.notify('error', `The shared link could not be opened; your design is unchanged. ${why}`);
    return;
  }
  state.replaceDesign(result.design);
  state.notify(
    'info',
    `Opened the shared design “${result.design.name}”. Undo brings back the design you had before.`,
  );
}
