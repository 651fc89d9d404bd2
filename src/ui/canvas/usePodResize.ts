import type { NodeDimensionChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useStoreApi } from '../../store';
import type { Size } from '../../core/geometry';
import { resizePod } from './model/layout-changes';

/**
 * Resizing a pod by its corner handle. While the handle moves, the size lives here; when it is let
 * go, the size is written once (one undo step), never smaller than the pod's containers need.
 * Dimension changes without `resizing` (React Flow measuring nodes) are not gestures and are ignored:
 * node sizes come from the design.
 */
export function usePodResize() {
  const store = useStoreApi();
  const [resizing, setResizing] = useState<ReadonlyMap<string, Size>>();

  const onDimensionChanges = useCallback(
    (changes: readonly NodeDimensionChange[]) => {
      for (const change of changes) {
        const size = change.dimensions;
        if (!size || change.resizing === undefined) continue;
        if (change.resizing) {
          setResizing((previous) => new Map(previous).set(change.id, size));
          continue;
        }
        const state = store.getState();
        const plan = resizePod(state.design, change.id, size);
        if (plan.length > 0) state.apply(plan);
        setResizing((previous) => {
          const next = new Map(previous);
          next.delete(change.id);
          return next.size > 0 ? next : undefined;
        });
      }
    },
    [store],
  );

  return { resizing, onDimensionChanges };
}
