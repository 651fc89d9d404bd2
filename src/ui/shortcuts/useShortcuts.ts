import { useEffect } from 'react';
import { useStoreApi } from '../../store';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './keymap';

/**
 * The app's global keyboard shortcuts, on the window. Keys pressed while typing in a field, a
 * select or the editor stay with that control.
 */
export function useShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const run: Record<ShortcutAction, () => void> = {
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      delete: () => store.getState().deleteSelection(),
      copy: () => store.getState().copySelection(),
      paste: () => store.getState().paste(),
      duplicate: () => store.getState().duplicateSelection(),
      clearSelection: () => store.getState().select([]),
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = shortcutFor(event);
      if (!action) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTypingTarget(target as HTMLInputElement | null)) return;
      // Copying text someone selected on the page (a notice, a name) stays the browser's.
      if (action === 'copy' && !(window.getSelection()?.isCollapsed ?? true)) return;
      // Nothing copied on the canvas: the browser's paste goes on, so a pasted manifest can be imported.
      if (action === 'paste' && !store.getState().clipboard) return;
      // Nothing to clear or delete: leave Escape and Backspace to whoever else wants them.
      const nothingSelected = store.getState().selection.length === 0;
      if ((action === 'delete' || action === 'clearSelection' || action === 'copy') && nothingSelected)
        return;
      event.preventDefault();
      run[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
