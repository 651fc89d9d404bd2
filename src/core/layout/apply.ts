import type { DesignChange } from '../model/change-types';
import type { Design, LayoutEntry } from '../model/types';
import type { ElkGraphNode, LayoutSizes } from './types';

/**
 * Reads the positions ELK computed back into layout entries: pods with their size, containers
 * relative to their pod (as the design keeps them), Services and externals where they stand. Nodes
 * ELK did not place, or placed with numbers that are not finite, keep their entry (or have none).
 * Pods are never smaller than their containers need, whatever the result says.
 */
export function layoutEntries(
  design: Design,
  result: ElkGraphNode,
  sizes: LayoutSizes,
): Record<string, LayoutEntry> {
  const placed = new Map<string, ElkGraphNode>();
  for (const node of result.children ?? []) {
    placed.set(node.id, node);
    for (const child of node.children ?? []) placed.set(child.id, child);
  }
  const entries: Record<string, LayoutEntry> = {};
  const at = (node: ElkGraphNode | undefined) =>
    node && Number.isFinite(node.x) && Number.isFinite(node.y)
      ? { x: Math.round(node.x!), y: Math.round(node.y!) }
      : undefined;

  for (const pod of design.pods) {
    const node = placed.get(pod.id);
    const xy = at(node);
    if (!xy) continue;
    let width = Math.ceil(Math.max(node!.width ?? 0, sizes.podHeaderWidth?.(pod) ?? 0));
    let height = Math.ceil(node!.height ?? 0);
    for (const container of pod.containers) {
      const child = at(placed.get(container.id));
      if (!child) continue;
      entries[container.id] = child;
      width = Math.max(width, child.x + sizes.container.width + sizes.podPadding);
      height = Math.max(height, child.y + sizes.container.height + sizes.podPadding);
    }
    entries[pod.id] = { ...xy, w: width, h: height };
  }
  for (const { id } of [...design.services, ...design.externals]) {
    const xy = at(placed.get(id));
    if (xy) entries[id] = xy;
  }
  return entries;
}

/** The design with the layout ELK computed (entries of other ids kept as they were). */
export function withElkLayout(design: Design, result: ElkGraphNode, sizes: LayoutSizes): Design {
  return { ...design, layout: { ...design.layout, ...layoutEntries(design, result, sizes) } };
}

/**
 * The change that tidies a design with an ELK result: one `setLayout`, so the whole re-layout is one
 * undo step. Returns no change when nothing moves.
 */
export function tidyLayoutChanges(design: Design, result: ElkGraphNode, sizes: LayoutSizes): DesignChange[] {
  const entries = layoutEntries(design, result, sizes);
  const moved = Object.entries(entries).filter(([id, entry]) => !sameEntry(design.layout[id], entry));
  return moved.length === 0 ? [] : [{ type: 'setLayout', entries: Object.fromEntries(moved) }];
}

function sameEntry(a: LayoutEntry | undefined, b: LayoutEntry): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
