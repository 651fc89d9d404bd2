import { makePod, uniqueName, type Design, type DesignChange, type LayoutEntry } from '../../../core';
import { podNames } from './defaults';
import {
  CHILD_GAP,
  CONTAINER_SIZE,
  POD_CONTENT_TOP,
  POD_MIN_SIZE,
  POD_PADDING,
  POD_ROW_Y,
  childPositions,
  contains,
  freeSpot,
  geometryOf,
  type Rect,
  type XY,
} from '../../../core/geometry';
import { movedEntry, withGrowth } from './layout-changes';

/** A node where a drag left it, as React Flow reports it: containers relative to their pod. */
export interface MovedNode {
  id: string;
  position: XY;
}

export interface MoveOptions {
  /**
   * `drop`: the end of a mouse drag; a container lands in the pod under the pointer (its own, another,
   * or a new one when there is none). `nudge`: arrow keys; containers stay in their pod.
   */
  mode: 'drop' | 'nudge';
  /** The pointer at the end of the drag (flow coordinates), used for the node that was grabbed. */
  pointer?: XY;
  grabbed?: string;
}

/**
 * The changes that make a finished drag (or arrow-key nudge) stick, as one step: new positions,
 * containers moved between pods, and the pods grown to fit what they now hold.
 */
export function planMove(design: Design, moved: readonly MovedNode[], options: MoveOptions): DesignChange[] {
  const geometry = geometryOf(design);
  const layout: Record<string, LayoutEntry> = {};
  const changes: DesignChange[] = [];
  const touched = new Set<string>();
  const takenPodNames = podNames(design);
  const movedIds = new Set(moved.map((m) => m.id));
  // Where containers stand in each pod, without the moving ones, plus each one placed so far.
  const occupied = new Map<string, Rect[]>();
  const clearSpot = (podId: string, xy: XY): LayoutEntry => {
    let taken = occupied.get(podId);
    if (!taken) {
      taken = [...childPositions(design, podId)]
        .filter(([id]) => !movedIds.has(id))
        .map(([, p]) => ({ ...p, ...CONTAINER_SIZE }));
      occupied.set(podId, taken);
    }
    const spot = freeSpot({ ...xy, ...CONTAINER_SIZE }, taken, { x: CONTAINER_SIZE.width + CHILD_GAP, y: 0 });
    taken.push({ ...spot, ...CONTAINER_SIZE });
    return spot;
  };

  for (const node of moved) {
    const fromPod = geometry.podOf.get(node.id);
    // A container whose pod moves too keeps its place in the pod.
    if (fromPod && movedIds.has(fromPod)) continue;
    if (!fromPod) {
      if (geometry.rects.has(node.id)) layout[node.id] = movedEntry(design, node.id, rounded(node.position));
      continue;
    }
    touched.add(fromPod);
    const podRect = geometry.rects.get(fromPod)!;
    const absolute = { x: podRect.x + node.position.x, y: podRect.y + node.position.y };
    const probe =
      options.pointer && options.grabbed === node.id
        ? options.pointer
        : { x: absolute.x + CONTAINER_SIZE.width / 2, y: absolute.y + CONTAINER_SIZE.height / 2 };
    const toPod = options.mode === 'nudge' ? fromPod : podAt(design, probe);

    if (toPod === fromPod) {
      // Arrow keys move exactly; a drop never leaves one container on top of another.
      layout[node.id] =
        options.mode === 'nudge' ? inside(node.position) : clearSpot(fromPod, inside(node.position));
    } else if (toPod) {
      const target = geometry.rects.get(toPod)!;
      const relative = clearSpot(toPod, inside({ x: absolute.x - target.x, y: absolute.y - target.y }));
      changes.push({ type: 'moveContainer', id: node.id, toPod, layout: relative });
      touched.add(toPod);
    } else {
      // Dropped on empty canvas: a container always lives in a pod, so it gets a new one there.
      const name = uniqueName(containerName(design, node.id), takenPodNames);
      takenPodNames.push(name);
      const pod = makePod({ name });
      changes.push(
        {
          type: 'addPod',
          pod,
          layout: {
            x: absolute.x - POD_PADDING,
            y: absolute.y - POD_ROW_Y,
            w: POD_MIN_SIZE.width,
            h: POD_MIN_SIZE.height,
          },
        },
        { type: 'moveContainer', id: node.id, toPod: pod.id, layout: { x: POD_PADDING, y: POD_ROW_Y } },
      );
    }
  }
  const all: DesignChange[] = Object.keys(layout).length
    ? [{ type: 'setLayout', entries: layout }, ...changes]
    : changes;
  return all.length === 0 ? all : withGrowth(design, all, touched);
}

/** The topmost pod under a point. */
export function podAt(design: Design, point: XY): string | undefined {
  const { rects } = geometryOf(design);
  for (let i = design.pods.length - 1; i >= 0; i--) {
    const pod = design.pods[i]!;
    const rect = rects.get(pod.id);
    if (rect && contains(rect, point)) return pod.id;
  }
  return undefined;
}

/** Keeps a container below its pod's header and off its left edge. */
function inside(xy: XY): LayoutEntry {
  return { x: Math.max(POD_PADDING, Math.round(xy.x)), y: Math.max(POD_CONTENT_TOP, Math.round(xy.y)) };
}

function rounded(xy: XY): XY {
  return { x: Math.round(xy.x), y: Math.round(xy.y) };
}

function containerName(design: Design, id: string): string {
  for (const pod of design.pods) {
    const container = pod.containers.find((c) => c.id === id);
    if (container) return container.name;
  }
  return 'pod';
}
