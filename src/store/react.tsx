import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore as useZustandStore } from 'zustand';
import { createPodwrightStore, type PodwrightState, type PodwrightStore } from './store';

const StoreContext = createContext<PodwrightStore | null>(null);

/** Provides one store to the tree; tests and the app each make their own. */
export function StoreProvider({ store, children }: { store?: PodwrightStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createPodwrightStore());
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): PodwrightStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs a <StoreProvider> above it');
  return store;
}

/** Subscribes to one slice; pass a named selector, and `useShallow` for derived arrays. */
export function useStore<T>(selector: (state: PodwrightState) => T): T {
  return useZustandStore(useStoreApi(), selector);
}
