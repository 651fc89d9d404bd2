/**
 * Where a pattern's new helper goes: the first free slot of its pod's grid, inside the pod's bounds if
 * there is room, else in the next column of the first row (up to three) or the next row. The pod grows
 * to hold it, and the nodes right of or below the pod move by as much as it grew, so nothing that
 * stood clear of the pod is covered by it. All of it is one `setLayout`, in the same change list.
 */
import {
  CHILD_GAP,
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  freeSpot,
  geometryOf,
  neighboursMoved,
  topLevelRects,
  overlaps,
  POD_PADDING,
  POD_ROW_Y,
  podFitSize,
  type Rect,
  type XY,
} from '../geometry';
import type { DesignChange } from '../model/change-types';
import { applyChange } from '../model/changes';
import type { Design, LayoutEntry, Pod } from '../model/types';

/** Room kept between a slot and a container already there: for a connection and its label. */
const ROW_GAP = 40;
/** A pod's first row takes this many containers before a new helper starts a second row. */
const MIN_COLUMNS = 3;

export interface HelperPlacement {
  /** The helper's layout entry, relative to its pod: put it on the `addContainer` change. */
  layout: LayoutEntry;
  /** Pins, the grown pod and moved neighbours: apply after the `addContainer` change. */
  changes: DesignChange[];
}

/** The slot of the grid at a column and row, relative to the pod. */
function slot(column: number, row: number): XY {
  return {
    x: POD_PADDING + column * (CONTAINER_SIZE.width + CHILD_GAP),
    y: POD_ROW_Y + row * (CONTAINER_SIZE.height + ROW_GAP),
  };
}

/** True when a container at `xy` keeps its distance from every sibling. */
function isFree(xy: XY, siblings: readonly XY[]): boolean {
  const mine: Rect = {
    x: xy.x - CHILD_GAP / 2 + 1,
    y: xy.y - ROW_GAP / 2 + 1,
    width: CONTAINER_SIZE.width + CHILD_GAP - 2,
    height: CONTAINER_SIZE.height + ROW_GAP - 2,
  };
  return siblings.every((s) => !overlaps(mine, { ...s, ...CONTAINER_SIZE }));
}

/** The first free slot: inside the pod's current bounds, else the first free one of a wider grid. */
function freeSlot(siblings: readonly XY[], pod: Rect): XY {
  const fits = (xy: XY) =>
    xy.x + CONTAINER_SIZE.width + POD_PADDING <= pod.width &&
    xy.y + CONTAINER_SIZE.height + POD_PADDING <= pod.height;
  const columns = Math.max(
    MIN_COLUMNS,
    ...siblings.map((s) => Math.ceil((s.x - POD_PADDING) / (CONTAINER_SIZE.width + CHILD_GAP)) + 1),
  );
  const rows = siblings.length + 2;
  let outside: XY | undefined;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const xy = slot(column, row);
      if (!isFree(xy, siblings)) continue;
      if (fits(xy)) return xy;
      outside ??= xy;
    }
  }
  return outside ?? slot(0, rows);
}

/**
 * Places a new container in a pod of `design` (the design before the container is added): its layout
 * entry, and the changes that keep the canvas free of overlaps once the pod grows around it.
 */
export function placeHelper(design: Design, pod: Pod): HelperPlacement {
  const { rects, relative } = geometryOf(design);
  const podRect = rects.get(pod.id);
  const siblings = pod.containers.flatMap((c) => relative.get(c.id) ?? []);
  if (!podRect) return { layout: slot(siblings.length, 0), changes: [] };
  const layout = freeSlot(siblings, podRect);
  const entries: Record<string, LayoutEntry> = {};
  // Siblings without a saved place are placed after the saved ones: pin them where they are, or the
  // helper's saved place would push them along.
  for (const c of pod.containers) {
    const xy = relative.get(c.id);
    if (xy && !design.layout[c.id]) entries[c.id] = { x: xy.x, y: xy.y };
  }
  const fit = podFitSize([...siblings, layout]);
  const grown = { width: Math.max(podRect.width, fit.width), height: Math.max(podRect.height, fit.height) };
  const dx = grown.width - podRect.width;
  const dy = grown.height - podRect.height;
  const saved = design.layout[pod.id];
  if (saved && (dx > 0 || dy > 0)) entries[pod.id] = { ...saved, w: grown.width, h: grown.height };
  if (dx > 0 || dy > 0) Object.assign(entries, neighboursMoved(design, pod.id, podRect, dx, dy));
  return { layout, changes: Object.keys(entries).length > 0 ? [{ type: 'setLayout', entries }] : [] };
}

/**
 * A free place for an external system a pattern adds for a pod (git-sync's repository): right of the
 * pod, on the first spot no node covers once the pattern's other `changes` are applied.
 */
export function placeExternal(design: Design, pod: Pod, changes: readonly DesignChange[]): LayoutEntry {
  // One by one: a change that needs the external itself (a connection to it) is refused and skipped.
  const after = changes.reduce(applyChange, design);
  const podRect = geometryOf(after).rects.get(pod.id);
  const start = podRect ? { x: podRect.x + podRect.width + 140, y: podRect.y } : { x: 80, y: 80 };
  return freeSpot({ ...start, ...EXTERNAL_SIZE }, topLevelRects(after), { x: 40, y: 40 }, 20);
}
