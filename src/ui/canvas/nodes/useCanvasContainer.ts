import type { Container } from '../../../core';
import { useStore } from '../../../store';
import { indexOf } from '../model/design-index';

/**
 * The container a node shows, straight from the store: an edit to it re-renders this node alone, while
 * React Flow's node (its place, size and selection) stays the same object. Undefined for the moment a
 * deleted container's node is still drawn.
 */
export function useCanvasContainer(id: string): Container | undefined {
  return useStore((state) => indexOf(state.design).container(id));
}
