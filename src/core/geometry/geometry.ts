import type { Design, LayoutEntry, Pod, Service } from '../model/types';
import { monoTextWidth, nameTextWidth, smallTextWidth } from './text-width';

/**
 * Where everything sits on the canvas, computed from the design alone (no DOM). Node sizes are fixed
 * per kind, so pod sizes, drop targets and hit tests can be worked out here and unit-tested; the node
 * components render at exactly these sizes.
 */

export interface XY {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends XY, Size {}

export const GRID = 10;
export const CONTAINER_SIZE: Size = { width: 160, height: 96 };
/** A Service's size when its name and ports are short; longer ones widen it up to SERVICE_MAX_WIDTH. */
export const SERVICE_SIZE: Size = { width: 190, height: 72 };
/**
 * The widest a Service grows for its name: room for about 50 characters in the widest system font
 * (a name is a DNS label, at most 63); longer text is cut with an ellipsis, the full name in its title.
 */
export const SERVICE_MAX_WIDTH = 520;
export const EXTERNAL_SIZE: Size = { width: 190, height: 80 };
/** Space between a pod's border and its containers. */
export const POD_PADDING = 20;
/** The pod's header (name, workload); containers sit below it. */
export const POD_CONTENT_TOP = 56;
/** Where a container goes when nothing says otherwise: one row, below the header. */
export const POD_ROW_Y = 60;
/** Room between containers for a connection and its label. */
export const CHILD_GAP = 80;
export const POD_MIN_SIZE: Size = {
  width: POD_PADDING * 2 + CONTAINER_SIZE.width,
  height: POD_CONTENT_TOP + CONTAINER_SIZE.height + POD_PADDING,
};
/** The pod's connection handle sits in its header, so it does not move when the pod grows. */
export const POD_HANDLE_TOP = 28;

/** What the Service node's third line shows: its ports, `<port>→<target port>`. */
export function servicePortsText(service: Service): string {
  return service.ports.map((p) => `${p.port}→${p.targetPort}`).join('  ');
}

/** Left and right padding (24 px each) and borders of a Service pill (nodes.css `.pw-service`). */
const SERVICE_CHROME = 24 * 2 + 3;
/** The header line besides the type's text: icon, "SERVICE", gaps and the type pill's padding (measured). */
const SERVICE_HEAD_FIXED = 72 + 12;

/**
 * A Service's size: as wide as its name, header and ports line need (estimated, no DOM), between
 * SERVICE_SIZE and SERVICE_MAX_WIDTH, rounded up to the grid. The canvas, the SVG picture and the
 * layout all size a Service with this.
 */
export function serviceSize(service: Service): Size {
  const content = Math.max(
    nameTextWidth(service.name),
    monoTextWidth(servicePortsText(service)),
    SERVICE_HEAD_FIXED + smallTextWidth(service.type),
  );
  const wanted = Math.ceil((content + SERVICE_CHROME) / GRID) * GRID;
  return {
    width: Math.min(SERVICE_MAX_WIDTH, Math.max(SERVICE_SIZE.width, wanted)),
    height: SERVICE_SIZE.height,
  };
}

export interface DesignGeometry {
  /** Absolute rectangles of every pod, container, service and external, by id. */
  rects: Map<string, Rect>;
  /** Container positions relative to their pod. */
  relative: Map<string, XY>;
  /** The pod of each container. */
  podOf: Map<string, string>;
}

const cache = new WeakMap<Design, DesignGeometry>();

/** The geometry of a design; computed once per design value (designs are immutable). */
export function geometryOf(design: Design): DesignGeometry {
  let geometry = cache.get(design);
  if (!geometry) {
    geometry = computeGeometry(design);
    cache.set(design, geometry);
  }
  return geometry;
}

/**
 * A saved layout entry whose numbers are usable. Designs read through parseDesign always have such
 * entries; this guard is for designs built in code, so that a NaN never reaches a picture or a hit test.
 */
export function savedEntry(design: Design, id: string): LayoutEntry | undefined {
  const entry = design.layout?.[id];
  if (!entry || !Number.isFinite(entry.x) || !Number.isFinite(entry.y)) return undefined;
  const usable = (n: number | undefined) => n === undefined || Number.isFinite(n);
  return usable(entry.w) && usable(entry.h) ? entry : { x: entry.x, y: entry.y };
}

/** The smallest size of a pod that holds children at these relative positions. */
export function podFitSize(children: readonly XY[]): Size {
  let width = POD_MIN_SIZE.width;
  let height = POD_MIN_SIZE.height;
  for (const c of children) {
    width = Math.max(width, c.x + CONTAINER_SIZE.width + POD_PADDING);
    height = Math.max(height, c.y + CONTAINER_SIZE.height + POD_PADDING);
  }
  return { width, height };
}

/** A pod is as large as its saved size, and never smaller than it takes to hold its containers. */
export function podSize(entry: LayoutEntry | undefined, children: readonly XY[]): Size {
  const fit = podFitSize(children);
  return { width: Math.max(entry?.w ?? 0, fit.width), height: Math.max(entry?.h ?? 0, fit.height) };
}

/** Where the containers of a pod sit, relative to it: saved positions, else one row after the others. */
export function childPositions(design: Design, podId: string, known?: Pod): Map<string, XY> {
  const pod = known ?? design.pods.find((p) => p.id === podId);
  const out = new Map<string, XY>();
  if (!pod) return out;
  let nextX = POD_PADDING;
  for (const c of pod.containers) {
    const entry = savedEntry(design, c.id);
    if (entry) nextX = Math.max(nextX, entry.x + CONTAINER_SIZE.width + CHILD_GAP);
  }
  for (const c of pod.containers) {
    const entry = savedEntry(design, c.id);
    if (entry) {
      out.set(c.id, { x: entry.x, y: entry.y });
    } else {
      out.set(c.id, { x: nextX, y: POD_ROW_Y });
      nextX += CONTAINER_SIZE.width + CHILD_GAP;
    }
  }
  return out;
}

function computeGeometry(design: Design): DesignGeometry {
  const rects = new Map<string, Rect>();
  const relative = new Map<string, XY>();
  const podOf = new Map<string, string>();

  // Pods: saved positions first; the rest in rows below them (designs imported without a layout), each
  // with room on its left for the Services that will stand there.
  const serviceColumns = unplacedServiceColumns(design);
  const unplaced: UnplacedPod[] = [];
  let bottom = 80;
  let right = 80;
  for (const pod of design.pods) {
    const children = childPositions(design, pod.id, pod);
    for (const [id, xy] of children) {
      relative.set(id, xy);
      podOf.set(id, pod.id);
    }
    const entry = savedEntry(design, pod.id);
    const size = podSize(entry, [...children.values()]);
    if (entry) {
      rects.set(pod.id, { x: entry.x, y: entry.y, ...size });
      bottom = Math.max(bottom, entry.y + size.height + 80);
      right = Math.max(right, entry.x + size.width);
    } else {
      unplaced.push({ id: pod.id, size, column: serviceColumns.get(pod.id) });
    }
  }
  placeInRows(unplaced, rects, savedEntry(design, design.pods[0]?.id ?? '') ? bottom : 80);
  for (const { id } of unplaced) {
    const r = rects.get(id)!;
    right = Math.max(right, r.x + r.width);
  }

  for (const [id, xy] of relative) {
    const pod = rects.get(podOf.get(id)!)!;
    rects.set(id, { x: pod.x + xy.x, y: pod.y + xy.y, ...CONTAINER_SIZE });
  }

  // Services: saved positions, else left of the pod they select (or in a column at the far left).
  const perPod = new Map<string, number>();
  let loose = 0;
  for (const service of design.services) {
    const entry = savedEntry(design, service.id);
    const size = serviceSize(service);
    if (entry) {
      rects.set(service.id, { x: entry.x, y: entry.y, ...size });
      continue;
    }
    const pod = rects.get(service.pod);
    if (pod) {
      const k = perPod.get(service.pod) ?? 0;
      perPod.set(service.pod, k + 1);
      rects.set(service.id, {
        x: pod.x - size.width - SERVICE_GAP,
        y: pod.y + 40 + k * (size.height + 20),
        ...size,
      });
    } else {
      // A column whose right edge stays where a short Service's would (-320 + 190).
      rects.set(service.id, { x: -130 - size.width, y: 80 + loose++ * (size.height + 30), ...size });
    }
  }

  // Externals: saved positions, else a column right of everything.
  let row = 0;
  for (const external of design.externals) {
    const entry = savedEntry(design, external.id);
    const xy = entry ?? { x: right + 140, y: 80 + row++ * (EXTERNAL_SIZE.height + 30) };
    rects.set(external.id, { x: xy.x, y: xy.y, ...EXTERNAL_SIZE });
  }
  return { rects, relative, podOf };
}

/** A pod without a saved place, and the column its unplaced Services take on its left. */
interface UnplacedPod {
  id: string;
  size: Size;
  column?: Size;
}

/** The gap between a pod and the Services drawn left of it (see the Services' placement below). */
const SERVICE_GAP = 110;

/** Per pod, the size of the stack of its Services without a saved place, which stand left of it. */
function unplacedServiceColumns(design: Design): Map<string, Size> {
  const columns = new Map<string, Size>();
  for (const service of design.services) {
    if (savedEntry(design, service.id)) continue;
    const size = serviceSize(service);
    const column = columns.get(service.pod) ?? { width: 0, height: 40 - 20 };
    columns.set(service.pod, {
      width: Math.max(column.width, size.width + SERVICE_GAP),
      height: column.height + size.height + 20,
    });
  }
  return columns;
}

function placeInRows(pods: UnplacedPod[], rects: Map<string, Rect>, top: number): void {
  const perRow = 3;
  let x = 80;
  let y = top;
  let rowHeight = 0;
  pods.forEach(({ id, size, column }, i) => {
    if (i > 0 && i % perRow === 0) {
      x = 80;
      y += rowHeight + 80;
      rowHeight = 0;
    }
    // The first pod of a row keeps x = 80: its Services may stand left of the origin, as they always have.
    if (i % perRow !== 0) x += column?.width ?? 0;
    rects.set(id, { x, y, ...size });
    x += size.width + 80;
    rowHeight = Math.max(rowHeight, size.height, column?.height ?? 0);
  });
}

export function contains(rect: Rect, point: XY): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function snap(value: number, grid: number | null): number {
  return grid ? Math.round(value / grid) * grid : Math.round(value);
}

export function snapPoint(point: XY, grid: number | null): XY {
  return { x: snap(point.x, grid), y: snap(point.y, grid) };
}

/** What sits at a point: a service or external first (they are drawn above pods), else the topmost pod. */
export type Hit = { kind: 'service' | 'external' | 'pod'; id: string } | undefined;

export function hitTest(design: Design, point: XY, ignore: ReadonlySet<string> = new Set()): Hit {
  const { rects } = geometryOf(design);
  for (const service of design.services) {
    const r = rects.get(service.id);
    if (r && !ignore.has(service.id) && contains(r, point)) return { kind: 'service', id: service.id };
  }
  for (const external of design.externals) {
    const r = rects.get(external.id);
    if (r && !ignore.has(external.id) && contains(r, point)) return { kind: 'external', id: external.id };
  }
  for (let i = design.pods.length - 1; i >= 0; i--) {
    const pod = design.pods[i]!;
    const r = rects.get(pod.id);
    if (r && !ignore.has(pod.id) && contains(r, point)) return { kind: 'pod', id: pod.id };
  }
  return undefined;
}

/**
 * The nearest place for `rect`, trying steps right along a row, then row after row down, where it
 * overlaps none of `others`. A zero step keeps that axis fixed. Falls back to `rect` itself.
 */
export function freeSpot(rect: Rect, others: Iterable<Rect>, step: XY = { x: 40, y: 40 }, tries = 12): XY {
  const list = [...others];
  const rows = step.y === 0 ? 1 : tries;
  const cols = step.x === 0 ? 1 : tries;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const candidate = { ...rect, x: rect.x + col * step.x, y: rect.y + row * step.y };
      if (!list.some((o) => overlaps(candidate, o))) return { x: candidate.x, y: candidate.y };
    }
  }
  return { x: rect.x, y: rect.y };
}

/**
 * The pairs of nodes drawn over each other (`a × b`): among pods, services and externals, and among the
 * containers of each pod. Empty for a tidy design; tests and checks of generated layouts use it.
 */
export function overlappingNodes(design: Design): string[] {
  const { rects } = geometryOf(design);
  const topLevel = [...design.pods, ...design.services, ...design.externals].map((e) => e.id);
  const clashes: string[] = [];
  for (const ids of [topLevel, ...design.pods.map((p) => p.containers.map((c) => c.id))]) {
    ids.forEach((a, i) =>
      ids.slice(i + 1).forEach((b) => {
        const ra = rects.get(a);
        const rb = rects.get(b);
        if (ra && rb && overlaps(ra, rb)) clashes.push(`${a} × ${b}`);
      }),
    );
  }
  return clashes;
}

/** Top-level rectangles (pods, services, externals): what a new top-level node must not cover. */
export function topLevelRects(design: Design): Rect[] {
  const { rects } = geometryOf(design);
  const ids = [
    ...design.pods.map((p) => p.id),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
  ];
  return ids.flatMap((id) => {
    const r = rects.get(id);
    return r ? [r] : [];
  });
}

/**
 * The top-level nodes with a saved place that stand wholly right of (below) a pod, moved right (down)
 * by as much as the pod grew that way: they keep their distance from the pod and from each other, so a
 * pod that grows covers nothing that stood clear of it. Nodes without a saved place follow the
 * geometry's own placement.
 */
export function neighboursMoved(
  design: Design,
  podId: string,
  before: Rect,
  dx: number,
  dy: number,
): Record<string, LayoutEntry> {
  const { rects } = geometryOf(design);
  const moved: Record<string, LayoutEntry> = {};
  const ids = [
    ...design.pods.filter((p) => p.id !== podId).map((p) => p.id),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
  ];
  for (const id of ids) {
    const entry = design.layout[id];
    const r = rects.get(id);
    if (!entry || !r) continue;
    const right = dx > 0 && r.x >= before.x + before.width;
    const below = dy > 0 && r.y >= before.y + before.height;
    if (!right && !below) continue;
    moved[id] = { ...entry, x: entry.x + (right ? dx : 0), y: entry.y + (below ? dy : 0) };
  }
  return moved;
}
