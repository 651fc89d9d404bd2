import { useReactFlow, type Node, type NodePositionChange, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useStoreApi } from '../../store';
import { planMove, podAt, type MovedNode } from './model/drag';
import type { XY } from '../../core/geometry';

type PointerLike = MouseEvent | TouchEvent;

function clientPoint(event: PointerLike): XY | undefined {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
}

/** Arrow-key moves closer together than this are one undo step. */
const NUDGE_QUIET_MS = 1000;

const toMoved = (nodes: readonly Node[]): MovedNode[] =>
  nodes.map((n) => ({ id: n.id, position: n.position }));

/**
 * Dragging nodes. While a drag is in progress the positions live here (nothing is written to the
 * store, so nothing is saved or recorded per frame); the drop writes them once, inside a gesture,
 * so the whole drag is one undo step. Arrow-key moves are written as they come, inside a gesture
 * that ends after a short quiet spell, so a burst of presses is one undo step however long each
 * redraw takes.
 */
export function useDragHandlers() {
  const store = useStoreApi();
  const flow = useReactFlow();
  const [dragging, setDragging] = useState<ReadonlyMap<string, XY>>();
  const [dropTarget, setDropTarget] = useState<string>();
  const inDrag = useRef(false);
  const nudgeEnd = useRef<ReturnType<typeof setTimeout>>(undefined);

  const endNudge = useCallback(() => {
    if (nudgeEnd.current === undefined) return;
    clearTimeout(nudgeEnd.current);
    nudgeEnd.current = undefined;
    store.getState().endGesture();
  }, [store]);
  useEffect(() => endNudge, [endNudge]);

  const onPositionChanges = useCallback(
    (changes: readonly NodePositionChange[]) => {
      if (changes.length === 0) return;
      const live = changes.filter((c) => c.dragging && c.position);
      if (live.length > 0) {
        setDragging((previous) => {
          const next = new Map(previous);
          for (const change of live) next.set(change.id, change.position!);
          return next;
        });
        return;
      }
      if (inDrag.current) return; // the drop handler writes the final positions
      const moved = changes.flatMap((c) => (c.position ? [{ id: c.id, position: c.position }] : []));
      const state = store.getState();
      const plan = planMove(state.design, moved, { mode: 'nudge' });
      if (plan.length === 0) return;
      if (nudgeEnd.current === undefined) state.beginGesture();
      else clearTimeout(nudgeEnd.current);
      state.apply(plan);
      nudgeEnd.current = setTimeout(endNudge, NUDGE_QUIET_MS);
    },
    [endNudge, store],
  );

  const start = useCallback(() => {
    endNudge();
    inDrag.current = true;
    store.getState().beginGesture();
  }, [endNudge, store]);

  const finish = useCallback(
    (event: PointerLike, nodes: readonly Node[], grabbed?: string) => {
      const client = clientPoint(event);
      const pointer = client ? flow.screenToFlowPosition(client) : undefined;
      const state = store.getState();
      const plan = planMove(state.design, toMoved(nodes), { mode: 'drop', pointer, grabbed });
      if (plan.length > 0) state.apply(plan);
      state.endGesture();
      inDrag.current = false;
      setDragging(undefined);
      setDropTarget(undefined);
    },
    [flow, store],
  );

  const onNodeDragStart: OnNodeDrag = useCallback(() => start(), [start]);

  // Shows which pod a dragged container would land in.
  const onNodeDrag: OnNodeDrag = useCallback(
    (event, node) => {
      if (node.type !== 'container') return;
      const client = clientPoint(event);
      if (!client) return;
      const target = podAt(store.getState().design, flow.screenToFlowPosition(client));
      setDropTarget(target !== node.parentId ? target : undefined);
    },
    [flow, store],
  );

  const onNodeDragStop: OnNodeDrag = useCallback(
    (event, node, nodes) => finish(event, nodes, node.id),
    [finish],
  );

  const onSelectionDragStart = useCallback(() => start(), [start]);
  const onSelectionDragStop = useCallback(
    (event: ReactMouseEvent, nodes: Node[]) => finish(event.nativeEvent, nodes),
    [finish],
  );

  return {
    dragging,
    dropTarget,
    setDropTarget,
    onPositionChanges,
    onNodeDragStart,
    onNodeDrag,
    onNodeDragStop,
    onSelectionDragStart,
    onSelectionDragStop,
  };
}
