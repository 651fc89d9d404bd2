import type { Design, LayoutEntry, Pod } from '../model/types';

/**
 * Where each entity of a design sits in a picture of it: the same rules and sizes as the canvas
 * (src/ui/canvas/model/geometry.ts), so an exported SVG looks like the screen. Kept here because the
 * core may not import the UI; the constants must stay in step with the canvas.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CONTAINER_SIZE = { width: 160, height: 96 } as const;
export const SERVICE_SIZE = { width: 190, height: 72 } as const;
export const EXTERNAL_SIZE = { width: 190, height: 80 } as const;
const POD_PADDING = 20;
const POD_CONTENT_TOP = 56;
const POD_ROW_Y = 60;
const CHILD_GAP = 80;
const POD_MIN = {
  width: POD_PADDING * 2 + CONTAINER_SIZE.width,
  height: POD_CONTENT_TOP + CONTAINER_SIZE.height + POD_PADDING,
};

/** A saved layout entry, if its numbers are usable (a hand-edited file may hold anything). */
function entryOf(design: Design, id: string): LayoutEntry | undefined {
  const entry = design.layout?.[id];
  if (!entry || !Number.isFinite(entry.x) || !Number.isFinite(entry.y)) return undefined;
  return entry;
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Container positions relative to their pod: saved ones, else one row after the saved ones. */
function childPositions(design: Design, pod: Pod): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  let nextX = POD_PADDING;
  for (const c of pod.containers) {
    const entry = entryOf(design, c.id);
    if (entry) nextX = Math.max(nextX, entry.x + CONTAINER_SIZE.width + CHILD_GAP);
  }
  for (const c of pod.containers) {
    const entry = entryOf(design, c.id);
    if (entry) out.set(c.id, { x: entry.x, y: entry.y });
    else {
      out.set(c.id, { x: nextX, y: POD_ROW_Y });
      nextX += CONTAINER_SIZE.width + CHILD_GAP;
    }
  }
  return out;
}

/**
 * Absolute rectangles of every pod, container, service and external, by id. Entities without a
 * saved position are placed as the canvas places them: pods in rows of three, services left of the
 * pod they select, externals in a column right of everything.
 */
export function layoutRects(design: Design): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  const relative: [string, string, { x: number; y: number }][] = [];
  const unplaced: { id: string; width: number; height: number }[] = [];
  let bottom = 80;
  let right = 80;
  for (const pod of design.pods) {
    if (rects.has(pod.id)) continue;
    const children = childPositions(design, pod);
    let width = POD_MIN.width;
    let height = POD_MIN.height;
    for (const [id, xy] of children) {
      relative.push([pod.id, id, xy]);
      width = Math.max(width, xy.x + CONTAINER_SIZE.width + POD_PADDING);
      height = Math.max(height, xy.y + CONTAINER_SIZE.height + POD_PADDING);
    }
    const entry = entryOf(design, pod.id);
    width = Math.max(finiteOr(entry?.w, 0), width);
    height = Math.max(finiteOr(entry?.h, 0), height);
    if (entry) {
      rects.set(pod.id, { x: entry.x, y: entry.y, width, height });
      bottom = Math.max(bottom, entry.y + height + 80);
      right = Math.max(right, entry.x + width);
    } else unplaced.push({ id: pod.id, width, height });
  }
  let x = 80;
  let y = entryOf(design, design.pods[0]?.id ?? '') ? bottom : 80;
  let rowHeight = 0;
  unplaced.forEach((pod, i) => {
    if (i > 0 && i % 3 === 0) {
      x = 80;
      y += rowHeight + 80;
      rowHeight = 0;
    }
    rects.set(pod.id, { x, y, width: pod.width, height: pod.height });
    right = Math.max(right, x + pod.width);
    x += pod.width + 80;
    rowHeight = Math.max(rowHeight, pod.height);
  });
  for (const [podId, id, xy] of relative) {
    const pod = rects.get(podId)!;
    if (!rects.has(id)) rects.set(id, { x: pod.x + xy.x, y: pod.y + xy.y, ...CONTAINER_SIZE });
  }

  const perPod = new Map<string, number>();
  let loose = 0;
  for (const service of design.services) {
    const entry = entryOf(design, service.id);
    const pod = rects.get(service.pod);
    let at: { x: number; y: number };
    if (entry) at = entry;
    else if (pod) {
      const k = perPod.get(service.pod) ?? 0;
      perPod.set(service.pod, k + 1);
      at = { x: pod.x - SERVICE_SIZE.width - 110, y: pod.y + 40 + k * (SERVICE_SIZE.height + 20) };
    } else at = { x: -320, y: 80 + loose++ * (SERVICE_SIZE.height + 30) };
    if (!rects.has(service.id)) rects.set(service.id, { x: at.x, y: at.y, ...SERVICE_SIZE });
  }

  let row = 0;
  for (const external of design.externals) {
    const at = entryOf(design, external.id) ?? {
      x: right + 140,
      y: 80 + row++ * (EXTERNAL_SIZE.height + 30),
    };
    if (!rects.has(external.id)) rects.set(external.id, { x: at.x, y: at.y, ...EXTERNAL_SIZE });
  }
  return rects;
}
