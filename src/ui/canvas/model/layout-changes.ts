import { tryApplyChanges, type Design, type DesignChange, type LayoutEntry } from '../../../core';
import { childPositions, geometryOf, podFitSize, type XY } from '../../../core/geometry';

/**
 * The setLayout that makes each pod large enough for its containers (pods grow, never shrink on
 * their own: the size a person gave a pod is kept). Empty when every pod already fits.
 */
export function growPods(design: Design, podIds: Iterable<string>): DesignChange[] {
  const entries: Record<string, LayoutEntry> = {};
  for (const id of new Set(podIds)) {
    const rect = geometryOf(design).rects.get(id);
    if (!rect) continue;
    const fit = podFitSize([...childPositions(design, id).values()]);
    const entry = design.layout[id];
    if (entry && (entry.w ?? 0) >= fit.width && (entry.h ?? 0) >= fit.height) continue;
    entries[id] = {
      ...entry,
      x: entry?.x ?? rect.x,
      y: entry?.y ?? rect.y,
      w: Math.max(entry?.w ?? 0, fit.width),
      h: Math.max(entry?.h ?? 0, fit.height),
    };
  }
  return Object.keys(entries).length > 0 ? [{ type: 'setLayout', entries }] : [];
}

/**
 * Follows `changes` with the pod growth they call for, worked out on the design they produce.
 * Returns the changes unchanged when they would be refused (the store reports the refusal).
 */
export function withGrowth(
  design: Design,
  changes: DesignChange[],
  podIds: Iterable<string>,
): DesignChange[] {
  const result = tryApplyChanges(design, changes);
  if (!result.ok) return changes;
  return [...changes, ...growPods(result.design, podIds)];
}

/** A layout entry that keeps what the old one had besides the position (a pod's size). */
export function movedEntry(design: Design, id: string, xy: XY): LayoutEntry {
  return { ...design.layout[id], x: xy.x, y: xy.y };
}

/** The setLayout that keeps a pod's new size from a resize, never smaller than its containers need. */
export function resizePod(
  design: Design,
  podId: string,
  size: { width: number; height: number },
): DesignChange[] {
  const rect = geometryOf(design).rects.get(podId);
  if (!rect) return [];
  const fit = podFitSize([...childPositions(design, podId).values()]);
  const w = Math.max(fit.width, Math.round(size.width));
  const h = Math.max(fit.height, Math.round(size.height));
  const entry = design.layout[podId];
  if (entry && entry.w === w && entry.h === h) return [];
  return [
    {
      type: 'setLayout',
      entries: { [podId]: { ...entry, x: entry?.x ?? rect.x, y: entry?.y ?? rect.y, w, h } },
    },
  ];
}
