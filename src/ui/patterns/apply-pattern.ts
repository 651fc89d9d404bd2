import { entityName, type PatternAction } from '../../core';
import type { PodwrightStore } from '../../store';

/**
 * Applies a pattern action to an entity: its changes as one undo step, then the new helper selected
 * and a notice with what is left to do. A refusal (the design changed since the menu was drawn) is
 * shown as an error notice and changes nothing. Returns whether the pattern was applied.
 */
export function applyPattern(store: PodwrightStore, action: PatternAction, id: string): boolean {
  const result = action.apply(store.getState().design, id);
  if (!result.ok) {
    store.getState().notify('error', `${action.title}: ${result.reason}`);
    return false;
  }
  // apply() reports its own refusal as a notice.
  if (!store.getState().apply(result.changes).ok) return false;
  store.getState().select([result.selectId]);
  const name = entityName(store.getState().design, result.selectId);
  store.getState().notify('info', appliedMessage(action.title, name, result.notes));
  return true;
}

/** "Add HTTPS sidecar: added “tls-proxy”. Put the certificate … Undo removes it." */
export function appliedMessage(title: string, name: string | undefined, notes: readonly string[]): string {
  const what = name ? `${title}: added “${name}”.` : `${title}: done.`;
  return [what, ...notes, 'Undo takes it back.'].join(' ');
}
