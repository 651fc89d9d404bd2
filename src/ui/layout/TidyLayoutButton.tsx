import { tidyLayoutChanges } from '../../core';
import { useStoreApi } from '../../store';
import { ToolButton } from '../toolbar/ToolButton';
import { useLayoutPhase } from './progress';
import { runLayout } from './run-layout';
import { CANVAS_LAYOUT_SIZES } from './sizes';

/**
 * Tidy layout: lays the whole design out again with ELK (in the worker) and moves everything in one
 * `setLayout`, so one Undo puts every node back.
 */
export function TidyLayoutButton() {
  const store = useStoreApi();
  const busy = useLayoutPhase() !== undefined;
  const tidy = async () => {
    const { design, notify } = store.getState();
    if (design.pods.length + design.services.length + design.externals.length === 0) {
      notify('info', 'Nothing to lay out: the design is empty.');
      return;
    }
    try {
      const moved = await runLayout(design, (result) => {
        // Applied to the design as it is now: edits made while ELK ran are kept, new nodes stay put.
        const changes = tidyLayoutChanges(store.getState().design, result, CANVAS_LAYOUT_SIZES);
        if (changes.length > 0) store.getState().apply(changes);
        return changes.length > 0;
      });
      notify('info', moved ? 'Tidied the layout. Undo puts every node back.' : 'The layout is already tidy.');
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notify('error', `Tidy layout failed: ${why}. Nothing moved.`);
    }
  };
  return (
    <ToolButton
      icon="tidy"
      compact
      label="Tidy layout"
      description="Lay the whole design out again automatically (one undo step)"
      onClick={() => void tidy()}
      disabled={busy}
    />
  );
}
