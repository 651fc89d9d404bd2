import type { Connection, Service } from '../model/types';
import type { TargetPort } from '../model/queries';
import type { Rect } from './layout';
import { num, text } from './nodes';
import { COLOUR } from './theme';
import { textWidth } from './xml';

interface Point {
  x: number;
  y: number;
}

/** An edge's drawing and the box of its label, so the picture can be sized to hold it. */
export interface DrawnEdge {
  path: string;
  label: string;
  bounds: Rect[];
}

/** Where the pod's selector handle sits, below the top of its header (as on the canvas). */
const POD_HANDLE_TOP = 28;

type Side = 'left' | 'right' | 'top' | 'bottom';

interface Anchor extends Point {
  /** The side of the box the edge leaves or enters by; the curve starts square to it. */
  side: Side;
}

/**
 * The way a connection runs, as on the canvas: out of the caller's right into the target's left; the
 * other way round when the target stands wholly left; through bottom and top when the two overlap
 * sideways (one above the other), where a sideways curve would loop around them.
 */
function anchors(source: Rect, target: Rect): [Anchor, Anchor] {
  const midY = (r: Rect) => r.y + r.height / 2;
  const midX = (r: Rect) => r.x + r.width / 2;
  if (target.x >= source.x + source.width)
    return [
      { x: source.x + source.width, y: midY(source), side: 'right' },
      { x: target.x, y: midY(target), side: 'left' },
    ];
  if (target.x + target.width <= source.x)
    return [
      { x: source.x, y: midY(source), side: 'left' },
      { x: target.x + target.width, y: midY(target), side: 'right' },
    ];
  if (midY(target) >= midY(source))
    return [
      { x: midX(source), y: source.y + source.height, side: 'bottom' },
      { x: midX(target), y: target.y, side: 'top' },
    ];
  return [
    { x: midX(source), y: source.y, side: 'top' },
    { x: midX(target), y: target.y + target.height, side: 'bottom' },
  ];
}

/**
 * The control point of a curve end: out from its side by half the distance to the other end, or by
 * a short swing when the other end lies behind the side (the curve then bends round, as on canvas).
 */
function control(end: Anchor, other: Point): Point {
  const reach = (ahead: number) => (ahead >= 0 ? ahead / 2 : 6.25 * Math.sqrt(-ahead));
  switch (end.side) {
    case 'right':
      return { x: end.x + reach(other.x - end.x), y: end.y };
    case 'left':
      return { x: end.x - reach(end.x - other.x), y: end.y };
    case 'bottom':
      return { x: end.x, y: end.y + reach(other.y - end.y) };
    default:
      return { x: end.x, y: end.y - reach(end.y - other.y) };
  }
}

/** A cubic Bézier between two anchors, square to their sides, and its midpoint (for the label). */
function curve(from: Anchor, to: Anchor): { d: string; mid: Point } {
  const c1 = control(from, to);
  const c2 = control(to, from);
  const mid = {
    x: (from.x + 3 * c1.x + 3 * c2.x + to.x) / 8,
    y: (from.y + 3 * c1.y + 3 * c2.y + to.y) / 8,
  };
  const d = `M${num(from.x)} ${num(from.y)}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(to.x)} ${num(to.y)}`;
  return { d, mid };
}

function labelBox(at: Point, words: string, fill: string, stroke: string, colour: string): [string, Rect] {
  const width = textWidth(words, 10) + 10;
  const box = { x: at.x - width / 2, y: at.y - 8, width, height: 16 };
  const svg =
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(width)}" height="16" rx="8" fill="${fill}" stroke="${stroke}"/>` +
    text(at.x, at.y + 3.5, words, `class="edge-label" text-anchor="middle" fill="${colour}"`);
  return [svg, box];
}

/** "http · 8080": the target port's contract protocol (else TCP/UDP) and number, and the weight. */
export function connectionText(connection: Connection, ports: readonly TargetPort[]): string {
  const port = ports.find((p) => p.name === connection.to.port);
  const base = port
    ? `${port.contract?.protocol ?? port.protocol} · ${port.port}`
    : `${connection.to.port} · ?`;
  return typeof connection.weight === 'number' ? `${base} · ${connection.weight}%` : base;
}

/** A connection: a solid curve with an arrow, labelled "protocol · port". */
export function drawConnection(source: Rect, target: Rect, words: string): DrawnEdge {
  const [from, to] = anchors(source, target);
  const { d, mid } = curve(from, to);
  const [label, box] = labelBox(mid, words, '#fff', COLOUR.labelStroke, COLOUR.labelText);
  return {
    path: `<path class="connection" d="${d}" fill="none" stroke="${COLOUR.edge}" stroke-width="1.5" marker-end="url(#pw-arrow)"/>`,
    label: `<g class="connection-label">${label}</g>`,
    bounds: [box, { x: from.x, y: from.y, width: 0, height: 0 }, { x: to.x, y: to.y, width: 0, height: 0 }],
  };
}

/** A Service's selector: a dashed arrow to the pod it sends traffic to, labelled with its ports. */
export function drawSelector(service: Service, source: Rect, pod: Rect): DrawnEdge {
  const reversed = pod.x + pod.width < source.x;
  const from: Anchor = reversed
    ? { x: source.x, y: source.y + source.height / 2, side: 'left' }
    : { x: source.x + source.width, y: source.y + source.height / 2, side: 'right' };
  const to: Anchor = reversed
    ? { x: pod.x + pod.width, y: pod.y + POD_HANDLE_TOP, side: 'right' }
    : { x: pod.x, y: pod.y + POD_HANDLE_TOP, side: 'left' };
  const { d, mid } = curve(from, to);
  const words =
    service.ports.length === 0
      ? 'no ports'
      : service.ports.map((p) => `${p.port} → ${p.targetPort}`).join(', ');
  const [label, box] = labelBox(mid, words, COLOUR.selectorLabelFill, COLOUR.selectorLabelStroke, '#34348f');
  return {
    path: `<path class="selector" d="${d}" fill="none" stroke="${COLOUR.service}" stroke-width="1.5" stroke-dasharray="6 4" marker-end="url(#pw-arrow-service)"/>`,
    label: `<g class="selector-label">${label}</g>`,
    bounds: [box, { x: from.x, y: from.y, width: 0, height: 0 }, { x: to.x, y: to.y, width: 0, height: 0 }],
  };
}
