import type { Design } from '../../../core';
import { indexOf } from './design-index';
import { HANDLE, selectorEdgeId, type FlowEdge } from './flow-types';
import { geometryOf, type Rect } from '../../../core/geometry';
import { connectionLabel, selectorLabel, SERVICE_COLOUR } from './labels';
import { Z } from './flow-nodes';
import { sameCanvasShape } from './canvas-shape';
import { KeyedMemo, sameArrayOr } from './memo';

export const EDGE_COLOUR = '#475569';
export const EDGE_SELECTED_COLOUR = '#2563eb';

/**
 * Turns a design's connections into edges from the calling container to its target, and each
 * Service's selector into a dashed edge to its pod. Unchanged edges keep their identity.
 */
export class FlowEdgeMapper {
  private memo = new KeyedMemo<FlowEdge>();
  private previous?: FlowEdge[];

  private last?: { design: Design; selection: ReadonlySet<string> };

  map(design: Design, selection: ReadonlySet<string>): FlowEdge[] {
    const last = this.last;
    this.last = { design, selection };
    if (this.previous && last?.selection === selection && sameCanvasShape(last.design, design)) {
      return this.previous;
    }
    const edges: FlowEdge[] = [];
    const { rects } = geometryOf(design);
    const index = indexOf(design);
    for (const connection of design.connections) {
      // A file may name a node that is not there; React Flow cannot draw such an edge, so skip it.
      if (!rects.has(connection.from) || !rects.has(connection.to.id)) continue;
      const route = routeBetween(rects.get(connection.from), rects.get(connection.to.id));
      const fromName = index.name(connection.from) ?? '?';
      const toName = index.name(connection.to.id) ?? '?';
      // The same array while its owner is unchanged (design-index.ts): the label is made only when one
      // of its inputs changed, which at 600 connections is most of the cost of mapping them.
      const ports = index.ports(connection.to.id);
      const selected = selection.has(connection.id);
      edges.push(
        this.memo.get(connection.id, [connection, fromName, toName, ports, selected, route], () => {
          const label = connectionLabel(connection, fromName, toName, ports);
          return {
            id: connection.id,
            type: 'connection',
            source: connection.from,
            sourceHandle: ROUTES[route].source,
            target: connection.to.id,
            targetHandle: ROUTES[route].target,
            selected,
            data: label,
            ariaLabel: label.description,
            zIndex: Z.edge,
            // `nokey`: shift-click adds the edge to the selection instead of starting a box selection.
            className: 'nokey',
            markerEnd: {
              type: 'arrowclosed',
              color: selected ? EDGE_SELECTED_COLOUR : EDGE_COLOUR,
              width: 16,
              height: 16,
            },
          };
        }),
      );
    }
    const pods = new Set(design.pods.map((p) => p.id));
    for (const service of design.services) {
      if (!pods.has(service.pod)) continue;
      const text = selectorLabel(service);
      const id = selectorEdgeId(service.id);
      const podName = index.name(service.pod) ?? '';
      const reversed = leftOf(rects.get(service.pod), rects.get(service.id));
      edges.push(
        this.memo.get(id, [service.pod, text, service.name, podName, reversed], () => ({
          id,
          type: 'selects',
          source: service.id,
          sourceHandle: reversed ? HANDLE.selectsLeft : HANDLE.selects,
          target: service.pod,
          targetHandle: reversed ? HANDLE.selectedRight : HANDLE.selected,
          data: { text },
          // Selecting the Service selects this too; the edge alone is not a thing to select.
          selectable: false,
          focusable: false,
          zIndex: Z.edge,
          ariaLabel: `Service ${service.name} selects pod ${podName}: ${text}`,
          markerEnd: { type: 'arrowclosed', color: SERVICE_COLOUR, width: 16, height: 16 },
        })),
      );
    }
    this.memo.sweep();
    this.previous = sameArrayOr(this.previous, edges);
    return this.previous;
  }
}

type Route = 'right' | 'left' | 'down' | 'up';

const ROUTES: Record<Route, { source: string; target: string }> = {
  right: { source: HANDLE.out, target: HANDLE.in },
  left: { source: HANDLE.outLeft, target: HANDLE.inRight },
  down: { source: HANDLE.outBottom, target: HANDLE.inTop },
  up: { source: HANDLE.outTop, target: HANDLE.inBottom },
};

/**
 * Which way a connection runs: out of the caller's right into the target's left, as drawn most of
 * the time; the other way round when the target stands wholly left; and through top and bottom when
 * the two overlap sideways (one above the other), where a sideways curve would loop around them.
 */
function routeBetween(source: Rect | undefined, target: Rect | undefined): Route {
  if (!source || !target) return 'right';
  if (target.x >= source.x + source.width) return 'right';
  if (target.x + target.width <= source.x) return 'left';
  return target.y + target.height / 2 >= source.y + source.height / 2 ? 'down' : 'up';
}

/** True when `target` lies wholly left of `source`: the edge then leaves left and arrives right. */
function leftOf(target: Rect | undefined, source: Rect | undefined): boolean {
  return !!target && !!source && target.x + target.width < source.x;
}
