import {
  findPod,
  findService,
  makeExternal,
  makePod,
  makeService,
  tryApplyChanges,
  uniqueName,
  type Design,
  type DesignChange,
  type Pod,
  type Role,
} from '../../../core';
import { attachChanges } from './attach';
import { endpointNames, newContainer, podNames } from './defaults';
import {
  CHILD_GAP,
  CONTAINER_SIZE,
  EXTERNAL_SIZE,
  POD_CONTENT_TOP,
  POD_MIN_SIZE,
  POD_PADDING,
  POD_ROW_Y,
  SERVICE_SIZE,
  childPositions,
  freeSpot,
  geometryOf,
  hitTest,
  overlaps,
  snapPoint,
  topLevelRects,
  type Size,
  type XY,
} from '../../../core/geometry';
import { growPods } from './layout-changes';
import { isContainerKind, type PaletteItemKind } from './palette-items';

export interface DropRequest {
  kind: PaletteItemKind;
  /** Where it was dropped, in flow coordinates; for a keyboard add, the centre of the view. */
  point: XY;
  /** The snap grid, or null when snapping is off. */
  grid: number | null;
  /**
   * Set for an add from the keyboard, which has no pointer target: containers then join `pod` (the
   * selected pod) when given, a Service attaches to it, and new top-level nodes avoid covering others.
   */
  keyboard?: { pod?: string };
}

export interface DropPlan {
  changes: DesignChange[];
  /** The new entity, to select it. */
  select: string;
  notice?: string;
}

/**
 * What dropping a palette item does, as changes to apply in one step:
 * - a container dropped on a pod joins it, where it was dropped;
 * - a container dropped on a Service joins the pod the Service selects; when the Service selects none
 *   yet, the container lands in a new pod beside it and the Service selects that pod;
 * - a container dropped anywhere else gets a new pod around it;
 * - a Service dropped on a pod selects that pod; pods, Services and externals dropped elsewhere
 *   are created where they were dropped.
 */
export function planDrop(design: Design, request: DropRequest): DropPlan {
  const { kind } = request;
  if (isContainerKind(kind)) return planContainerDrop(design, kind, request);
  if (kind === 'pod') return planPod(design, request);
  if (kind === 'service') return planService(design, request);
  return planExternal(design, request);
}

function planContainerDrop(design: Design, role: Role, request: DropRequest): DropPlan {
  if (request.keyboard) {
    const pod = request.keyboard.pod ? findPod(design, request.keyboard.pod) : undefined;
    if (pod) return joinPod(design, role, pod, undefined, request.grid);
    return newPodAround(design, role, request.point, request.grid, true);
  }
  const hit = hitTest(design, request.point);
  if (hit?.kind === 'pod')
    return joinPod(design, role, findPod(design, hit.id)!, request.point, request.grid);
  if (hit?.kind === 'service') {
    const service = findService(design, hit.id)!;
    const pod = findPod(design, service.pod);
    if (pod) return joinPod(design, role, pod, undefined, request.grid);
    const rect = geometryOf(design).rects.get(service.id)!;
    const beside = { x: rect.x + rect.width + 110, y: rect.y - POD_ROW_Y + 20 };
    const plan = newPodAt(design, role, beside, request.grid, true);
    const after = tryApplyChanges(design, plan.changes);
    if (!after.ok) return plan;
    const newPod = after.design.pods.at(-1)!;
    const attach = attachChanges(findService(after.design, service.id)!, newPod);
    return { ...plan, changes: [...plan.changes, ...attach.changes], notice: attach.notice };
  }
  return newPodAround(design, role, request.point, request.grid, false);
}

/** A container in an existing pod: at the drop point, moved aside if it would cover another. */
function joinPod(design: Design, role: Role, pod: Pod, point: XY | undefined, grid: number | null): DropPlan {
  const container = newContainer(design, role, pod);
  const position = slotInPod(design, pod, point, grid);
  const changes: DesignChange[] = [{ type: 'addContainer', pod: pod.id, container, layout: position }];
  const after = tryApplyChanges(design, changes);
  return {
    changes: after.ok ? [...changes, ...growPods(after.design, [pod.id])] : changes,
    select: container.id,
  };
}

/** Where a container goes in a pod: under the pointer, else after the others; never on top of one. */
export function slotInPod(design: Design, pod: Pod, point: XY | undefined, grid: number | null): XY {
  const siblings = [...childPositions(design, pod.id).values()].map((xy) => ({ ...xy, ...CONTAINER_SIZE }));
  let xy: XY;
  if (point) {
    const podRect = geometryOf(design).rects.get(pod.id)!;
    const wanted = snapPoint(
      {
        x: point.x - podRect.x - CONTAINER_SIZE.width / 2,
        y: point.y - podRect.y - CONTAINER_SIZE.height / 2,
      },
      grid,
    );
    xy = { x: Math.max(POD_PADDING, wanted.x), y: Math.max(POD_CONTENT_TOP, wanted.y) };
  } else {
    const right = Math.max(POD_PADDING, ...siblings.map((s) => s.x + s.width + CHILD_GAP));
    xy = { x: siblings.length === 0 ? POD_PADDING : right, y: POD_ROW_Y };
  }
  return freeSpot({ ...xy, ...CONTAINER_SIZE }, siblings, { x: CONTAINER_SIZE.width + CHILD_GAP, y: 0 });
}

/** A new pod whose container sits under the pointer. */
function newPodAround(design: Design, role: Role, point: XY, grid: number | null, avoid: boolean): DropPlan {
  const topLeft = {
    x: point.x - CONTAINER_SIZE.width / 2 - POD_PADDING,
    y: point.y - CONTAINER_SIZE.height / 2 - POD_ROW_Y,
  };
  return newPodAt(design, role, topLeft, grid, avoid);
}

function newPodAt(design: Design, role: Role, topLeft: XY, grid: number | null, avoid: boolean): DropPlan {
  const container = newContainer(design, role, undefined);
  const pod = makePod({ name: uniqueName(container.name, podNames(design)) });
  const xy = place(design, topLeft, POD_MIN_SIZE, grid, avoid);
  return {
    changes: [
      { type: 'addPod', pod, layout: { ...xy, w: POD_MIN_SIZE.width, h: POD_MIN_SIZE.height } },
      { type: 'addContainer', pod: pod.id, container, layout: { x: POD_PADDING, y: POD_ROW_Y } },
    ],
    select: container.id,
  };
}

function planPod(design: Design, request: DropRequest): DropPlan {
  const pod = makePod({ name: uniqueName('pod', podNames(design)) });
  const xy = place(
    design,
    centred(request.point, POD_MIN_SIZE),
    POD_MIN_SIZE,
    request.grid,
    !!request.keyboard,
  );
  return {
    changes: [{ type: 'addPod', pod, layout: { ...xy, w: POD_MIN_SIZE.width, h: POD_MIN_SIZE.height } }],
    select: pod.id,
  };
}

function planService(design: Design, request: DropRequest): DropPlan {
  const service = makeService({ name: uniqueName('service', endpointNames(design)) });
  const hit = request.keyboard ? undefined : hitTest(design, request.point);
  const podId = request.keyboard ? request.keyboard.pod : hit?.kind === 'pod' ? hit.id : undefined;
  const pod = podId ? findPod(design, podId) : undefined;
  if (!pod) {
    const xy = place(
      design,
      centred(request.point, SERVICE_SIZE),
      SERVICE_SIZE,
      request.grid,
      !!request.keyboard,
    );
    return { changes: [{ type: 'addService', service, layout: xy }], select: service.id };
  }
  // Dropped on a pod: it selects that pod, and stands to its left rather than on top of it.
  const podRect = geometryOf(design).rects.get(pod.id)!;
  const beside = { x: podRect.x - SERVICE_SIZE.width - 110, y: podRect.y + 40 };
  const xy = place(design, beside, SERVICE_SIZE, request.grid, true, { x: 0, y: SERVICE_SIZE.height + 20 });
  const attach = attachChanges(service, pod);
  const added = attach.changes.filter((c) => c.type !== 'updateService');
  return {
    changes: [{ type: 'addService', service: { ...service, pod: pod.id }, layout: xy }, ...added],
    select: service.id,
    notice: attach.notice,
  };
}

function planExternal(design: Design, request: DropRequest): DropPlan {
  const external = makeExternal({
    name: uniqueName('external', endpointNames(design)),
    kind: 'api',
    ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
  });
  const xy = place(
    design,
    centred(request.point, EXTERNAL_SIZE),
    EXTERNAL_SIZE,
    request.grid,
    !!request.keyboard,
  );
  return { changes: [{ type: 'addExternal', external, layout: xy }], select: external.id };
}

function centred(point: XY, size: Size): XY {
  return { x: point.x - size.width / 2, y: point.y - size.height / 2 };
}

/** Snaps a top-left corner; when `avoid`, moves it off the top-level nodes it would cover. */
function place(
  design: Design,
  topLeft: XY,
  size: Size,
  grid: number | null,
  avoid: boolean,
  step: XY = { x: 40, y: 40 },
): XY {
  const snapped = snapPoint(topLeft, grid);
  if (!avoid) return snapped;
  const others = topLevelRects(design);
  if (!others.some((o) => overlaps({ ...snapped, ...size }, o))) return snapped;
  return snapPoint(freeSpot({ ...snapped, ...size }, others, step), grid);
}

/** The pod a palette item would land in (or attach to) if dropped here, to highlight it. */
export function dropTargetPod(design: Design, kind: PaletteItemKind, point: XY): string | undefined {
  if (kind === 'pod' || kind === 'external') return undefined;
  const hit = hitTest(design, point);
  if (hit?.kind === 'pod') return hit.id;
  if (hit?.kind === 'service' && isContainerKind(kind)) {
    const pod = findService(design, hit.id)?.pod;
    return pod && findPod(design, pod) ? pod : undefined;
  }
  return undefined;
}
