/** The messages between the page and the layout worker. */
import type { ElkGraphNode } from '../../core';

export interface LayoutRequest {
  id: number;
  graph: ElkGraphNode;
}

export type LayoutResponse =
  | { id: number; type: 'started' }
  | { id: number; type: 'done'; graph: ElkGraphNode }
  | { id: number; type: 'failed'; message: string };
