import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import { useStoreApi } from '../../store';

/**
 * React Flow reports clicks, shift-clicks and box selections as select changes; the store's
 * selection is the one truth, and the nodes' `selected` flags are derived from it.
 */
export function useSelectionSync() {
  const store = useStoreApi();
  return useCallback(
    (changes: readonly (NodeChange | EdgeChange)[]) => {
      const current = store.getState().selection;
      const next = new Set(current);
      let touched = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        touched = true;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (!touched) return;
      // Keep the existing order, then the newly added ids in the order React Flow gave them.
      const ordered = [
        ...current.filter((id) => next.has(id)),
        ...[...next].filter((id) => !current.includes(id)),
      ];
      store.getState().select(ordered);
    },
    [store],
  );
}
