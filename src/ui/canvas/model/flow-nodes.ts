import type { Design } from '../../../core';
import type { FlowNode } from './flow-types';
import {
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  geometryOf,
  podFitSize,
  type Size,
  type XY,
} from '../../../core/geometry';
import { EXTERNAL_KIND_LABELS, ROLE_LOOKS } from './labels';
import { sameCanvasShape } from './canvas-shape';
import { KeyedMemo, sameArrayOr } from './memo';

/**
 * Stacking, set explicitly (the canvas runs React Flow with zIndexMode "manual"): pods at the bottom,
 * then edges, then edge labels (canvas.css), then every other node, so a label never hides a handle
 * and a pod never hides a label.
 */
export const Z = { pod: 0, edge: 4, node: 10, draggedPod: 20 } as const;

export interface NodeView {
  selection: ReadonlySet<string>;
  /** Where nodes being dragged are right now (React Flow's positions); the design has them at rest. */
  dragging?: ReadonlyMap<string, XY>;
  /** The pod a dragged container or palette item would land in, highlighted. */
  dropTarget?: string;
  /** Sizes of pods being resized, until the resize ends. */
  resizing?: ReadonlyMap<string, Size>;
}

/**
 * Turns a design into React Flow nodes: each pod, then its containers (parents before children),
 * then Services and externals. Nodes whose inputs did not change keep their identity from one call
 * to the next, so one edit re-renders one node, not all of them.
 *
 * Sizes are known (geometry.ts), so every node carries `width`/`height` and `measured`: React Flow
 * then never has to wait for a measurement, and the DOM is drawn at exactly these sizes.
 */
export class FlowNodeMapper {
  private memo = new KeyedMemo<FlowNode>();
  private previous?: FlowNode[];
  private last?: { design: Design; view: NodeView };

  map(design: Design, view: NodeView): FlowNode[] {
    const last = this.last;
    this.last = { design, view };
    if (this.previous && last && sameView(last.view, view) && sameCanvasShape(last.design, design)) {
      return this.previous;
    }
    const { rects, relative } = geometryOf(design);
    const nodes: FlowNode[] = [];
    const selected = (id: string) => view.selection.has(id);
    const at = (id: string, rest: XY) => view.dragging?.get(id) ?? rest;

    for (const pod of design.pods) {
      const rect = rects.get(pod.id)!;
      const { x, y } = at(pod.id, rect);
      const isSelected = selected(pod.id);
      const dropTarget = view.dropTarget === pod.id;
      const dragging = view.dragging?.has(pod.id) ?? false;
      const { width, height } = view.resizing?.get(pod.id) ?? rect;
      const fit = podFitSize(pod.containers.map((c) => relative.get(c.id)!));
      nodes.push(
        this.memo.get(
          pod.id,
          [
            pod.name,
            pod.workload,
            pod.replicas,
            x,
            y,
            width,
            height,
            fit.width,
            fit.height,
            isSelected,
            dropTarget,
            dragging,
          ],
          () => ({
            id: pod.id,
            type: 'pod',
            position: { x, y },
            width,
            height,
            measured: { width, height },
            data: {
              name: pod.name,
              workload: pod.workload,
              replicas: pod.replicas,
              dropTarget,
              minWidth: fit.width,
              minHeight: fit.height,
            },
            selected: isSelected,
            dragging,
            ariaLabel: `Pod ${pod.name}`,
            // A pod being dragged passes over the others, its containers with it.
            zIndex: dragging ? Z.draggedPod : Z.pod,
          }),
        ),
      );
      for (const container of pod.containers) {
        const { x: cx, y: cy } = at(container.id, relative.get(container.id)!);
        const isChildSelected = selected(container.id);
        const childDragging = view.dragging?.has(container.id) ?? false;
        nodes.push(
          // Not the container itself: the node reads it from the store. A new node object here makes
          // React Flow re-read every node, which at 200 pods cost an image edit some 60 ms.
          this.memo.get(
            container.id,
            [container.role, container.name, pod.id, cx, cy, isChildSelected, childDragging],
            () => ({
              id: container.id,
              type: 'container',
              parentId: pod.id,
              position: { x: cx, y: cy },
              ...CONTAINER_SIZE,
              measured: { ...CONTAINER_SIZE },
              data: { role: container.role },
              selected: isChildSelected,
              dragging: childDragging,
              ariaLabel: `${ROLE_LOOKS[container.role].label} container ${container.name}`,
              zIndex: Z.node,
            }),
          ),
        );
      }
    }

    const podNames = new Map(design.pods.map((p) => [p.id, p.name]));
    for (const service of design.services) {
      const rect = rects.get(service.id)!;
      const { x, y } = at(service.id, rect);
      // A Service is as wide as its name needs (geometry's serviceSize), so read its size from the rect.
      const size = { width: rect.width, height: rect.height };
      const isSelected = selected(service.id);
      const podName = podNames.get(service.pod);
      const dragging = view.dragging?.has(service.id) ?? false;
      nodes.push(
        this.memo.get(service.id, [service, podName, x, y, isSelected, dragging], () => ({
          id: service.id,
          type: 'service',
          position: { x, y },
          ...size,
          measured: { ...size },
          data: { service, podName },
          selected: isSelected,
          dragging,
          ariaLabel: `Service ${service.name}`,
          zIndex: Z.node,
        })),
      );
    }

    for (const external of design.externals) {
      const { x, y } = at(external.id, rects.get(external.id)!);
      const isSelected = selected(external.id);
      const dragging = view.dragging?.has(external.id) ?? false;
      nodes.push(
        this.memo.get(external.id, [external, x, y, isSelected, dragging], () => ({
          id: external.id,
          type: 'external',
          position: { x, y },
          ...EXTERNAL_SIZE,
          measured: { ...EXTERNAL_SIZE },
          data: { external },
          selected: isSelected,
          dragging,
          ariaLabel: `External ${external.kind === 'other' ? 'service' : EXTERNAL_KIND_LABELS[external.kind].toLowerCase()} ${external.name}`,
          zIndex: Z.node,
        })),
      );
    }

    this.memo.sweep();
    this.previous = sameArrayOr(this.previous, nodes);
    return this.previous;
  }
}

function sameView(a: NodeView, b: NodeView): boolean {
  return (
    a.selection === b.selection &&
    a.dragging === b.dragging &&
    a.dropTarget === b.dropTarget &&
    a.resizing === b.resizing
  );
}
