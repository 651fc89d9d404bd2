import { useCallback } from 'react';
import type { DesignChange } from '../../core';
import { useStoreApi } from '../../store';
import type { Capture } from '../../store';
import type { Refusal } from '../forms';

export type Edit = (changes: DesignChange | DesignChange[], capture?: Capture) => Refusal;

/**
 * Applies changes through the store and returns its refusal message (or null), so a field can show
 * the reason next to itself. Fields validate first; this catches what only the core can know.
 */
export function useEdit(): Edit {
  const store = useStoreApi();
  return useCallback<Edit>(
    (changes, capture) => {
      const result = store.getState().apply(changes, capture);
      return result.ok ? null : result.error.message;
    },
    [store],
  );
}

/** Typing in one field of one entity: a burst of keystrokes is one undo step. */
export const typing = (entityId: string, field: string): Capture => ({
  kind: 'merge',
  key: `${entityId}.${field}`,
});
