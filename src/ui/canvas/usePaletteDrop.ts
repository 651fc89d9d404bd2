import { useReactFlow, useStoreApi as useFlowStoreApi } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { useStoreApi, type PodwrightState } from '../../store';
import { dropTargetPod, planDrop, type DropRequest } from './model/drop';
import { GRID, type XY } from '../../core/geometry';
import {
  kindFromDragTypes,
  PALETTE_MIME,
  parsePaletteKind,
  type PaletteItemKind,
} from './model/palette-items';

/**
 * Adds palette items: where they are dropped, or at the centre of the view from the keyboard.
 * Each add is one undo step and selects what was added.
 */
export function usePaletteActions() {
  const store = useStoreApi();
  const flowStore = useFlowStoreApi();
  const flow = useReactFlow();

  const add = useCallback(
    (request: Omit<DropRequest, 'grid'>) => {
      const state = store.getState();
      const plan = planDrop(state.design, { ...request, grid: state.ui.snapToGrid ? GRID : null });
      const result = state.apply(plan.changes);
      if (!result.ok) return;
      state.select([plan.select]);
      if (plan.notice) state.notify('info', plan.notice);
    },
    [store],
  );

  const dropAt = useCallback(
    (kind: PaletteItemKind, client: XY) => add({ kind, point: flow.screenToFlowPosition(client) }),
    [add, flow],
  );

  /** The keyboard path: at the centre of the view; containers join the selected pod, if any. */
  const addAtCentre = useCallback(
    (kind: PaletteItemKind) => {
      const { width, height, transform } = flowStore.getState();
      const [tx, ty, zoom] = transform;
      const point = { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
      add({ kind, point, keyboard: { pod: selectedPod(store.getState()) } });
    },
    [add, flowStore, store],
  );

  return { dropAt, addAtCentre };
}

/** The pod of the selection: a selected pod, or the pod of a selected container. */
function selectedPod(state: Pick<PodwrightState, 'design' | 'selection'>): string | undefined {
  for (const id of state.selection) {
    for (const pod of state.design.pods) {
      if (pod.id === id || pod.containers.some((c) => c.id === id)) return pod.id;
    }
  }
  return undefined;
}

/** The canvas side of a palette drag: accept the drop and show the pod it would land in. */
export function useCanvasDropTarget(setDropTarget: (pod: string | undefined) => void) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const { dropAt } = usePaletteActions();

  const onDragOver = useCallback(
    (event: DragEvent) => {
      const types = [...event.dataTransfer.types];
      if (!types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const kind = kindFromDragTypes(types);
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      setDropTarget(kind ? dropTargetPod(store.getState().design, kind, point) : undefined);
    },
    [flow, setDropTarget, store],
  );

  const onDragLeave = useCallback(
    (event: DragEvent) => {
      // Leaving for a child of the canvas is not leaving the canvas.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      setDropTarget(undefined);
    },
    [setDropTarget],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = parsePaletteKind(event.dataTransfer.getData(PALETTE_MIME));
      setDropTarget(undefined);
      if (!kind) return;
      event.preventDefault();
      dropAt(kind, { x: event.clientX, y: event.clientY });
    },
    [dropAt, setDropTarget],
  );

  return { onDragOver, onDragLeave, onDrop };
}
