import { useMemo, useState } from 'react';
import { useStore } from '../../store';
import { FlowEdgeMapper } from './model/flow-edges';
import { FlowNodeMapper } from './model/flow-nodes';
import type { Size, XY } from '../../core/geometry';
import { selectDesign, selectSelection } from './selectors';

export interface TransientView {
  /** Positions of nodes being dragged, until the drag ends and the design takes them. */
  dragging?: ReadonlyMap<string, XY>;
  dropTarget?: string;
  /** Sizes of pods being resized, until the resize ends. */
  resizing?: ReadonlyMap<string, Size>;
}

/**
 * The nodes and edges to draw, derived from the design and selection in the store plus what a
 * drag in progress shows. The mappers keep unchanged nodes and edges identical between renders.
 */
export function useFlowElements(view: TransientView) {
  const design = useStore(selectDesign);
  const selection = useStore(selectSelection);
  const [nodeMapper] = useState(() => new FlowNodeMapper());
  const [edgeMapper] = useState(() => new FlowEdgeMapper());
  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(
    () =>
      nodeMapper.map(design, {
        selection: selected,
        dragging: view.dragging,
        dropTarget: view.dropTarget,
        resizing: view.resizing,
      }),
    [nodeMapper, design, selected, view.dragging, view.dropTarget, view.resizing],
  );
  const edges = useMemo(() => edgeMapper.map(design, selected), [edgeMapper, design, selected]);
  return { nodes, edges };
}
