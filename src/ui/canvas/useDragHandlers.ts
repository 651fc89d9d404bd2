import { useReactFlow, type Node, type NodePositionChange, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useStoreApi } from '../../store';
import { planMove, podAt, type MovedNode } from './model/drag';
import type { XY } from './model/geometry';

type PointerLike = MouseEvent | TouchEvent;

function clientPoint(event: PointerLike): XY | undefined {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
}

const toMoved = (nodes: readonly Node[]): MovedNode[] =>
  nodes.map((n) => ({ id: n.id, position: n.position }));

/**
 * Dragging nodes. While a drag is in progress the positions live here (nothing is written to the
 * store, so nothing is saved or recorded per frame); the drop writes them once, inside a gesture,
 * so the whole drag is one undo step. Arrow-key moves are written as they come, merged into one
 * undo step per burst.
 */
export function useDragHandlers() {
  const store = useStoreApi();
  const flow = useReactFlow();
  const [dragging, setDragging] = useState<ReadonlyMap<string, XY>>();
  const [dropTarget, setDropTarget] = useState<string>();
  const inDrag = useRef(false);

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
      const { design, apply } = store.getState();
      const plan = planMove(design, moved, { mode: 'nudge' });
      if (plan.length > 0) apply(plan, { kind: 'merge', key: `nudge:${moved.map((m) => m.id).join(',')}` });
    },
    [store],
  );

  const start = useCallback(() => {
    inDrag.current = true;
    store.getState().beginGesture();
  }, [store]);

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
