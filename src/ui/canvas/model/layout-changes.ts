import { tryApplyChanges, type Design, type DesignChange, type LayoutEntry } from '../../../core';
import { childPositions, geometryOf, neighboursMoved, podFitSize, type XY } from '../../../core/geometry';

/**
 * The setLayout that makes each pod large enough for its containers (pods grow, never shrink on
 * their own: the size a person gave a pod is kept), and moves the nodes that stood wholly right of or
 * below a grown pod by as much as it grew, so that it covers none of them. Empty when every pod
 * already fits.
 */
export function growPods(design: Design, podIds: Iterable<string>): DesignChange[] {
  const entries: Record<string, LayoutEntry> = {};
  const growing = new Set(podIds);
  for (const id of growing) {
    const rect = geometryOf(design).rects.get(id);
    if (!rect) continue;
    const fit = podFitSize([...childPositions(design, id).values()]);
    const entry = design.layout[id];
    if (entry && (entry.w ?? 0) >= fit.width && (entry.h ?? 0) >= fit.height) continue;
    const grown = {
      ...entry,
      x: entry?.x ?? rect.x,
      y: entry?.y ?? rect.y,
      w: Math.max(entry?.w ?? 0, fit.width),
      h: Math.max(entry?.h ?? 0, fit.height),
    };
    entries[id] = grown;
    // Only a pod with a saved size had a known edge that its neighbours stood clear of.
    if (entry?.w === undefined || entry.h === undefined) continue;
    const before = { x: entry.x, y: entry.y, width: entry.w, height: entry.h };
    const moved = neighboursMoved(design, id, before, grown.w - entry.w, grown.h - entry.h);
    for (const [other, place] of Object.entries(moved))
      if (!growing.has(other) && !(other in entries)) entries[other] = place;
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
