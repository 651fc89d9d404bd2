export {
  createPodwrightStore,
  type PodwrightState,
  type PodwrightStore,
  type Notice,
  type UiState,
} from './store';
export type { Capture } from './history';
export { StoreProvider, useStore, useStoreApi } from './react';
