import { targetPorts, type TargetPort } from '../model/queries';
import type { Design } from '../model/types';
import { connectionText, drawConnection, drawSelector, type DrawnEdge } from './edges';
import { layoutRects, type Rect } from './layout';
import { drawContainer, drawExternal, drawPod, drawService, num } from './nodes';
import { COLOUR, FONT, MONO } from './theme';
import { xmlEscape } from './xml';

/** A standalone SVG document and its size in CSS pixels. */
export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

export interface SvgOptions {
  /** Space around the content, in pixels (default 24). */
  margin?: number;
}

const EMPTY = { width: 320, height: 120 };

/**
 * The design as a standalone SVG picture, drawn from its own layout like the canvas: pods as groups
 * holding their containers coloured by role, Services as pills with dashed arrows to their pods,
 * external systems dashed, and connections as arrows labelled "protocol · port". Sized to the
 * content with a margin. All design text is escaped, so any name gives well-formed XML. Pure and
 * deterministic: the same design gives the same text.
 */
export function renderSvg(design: Design, options: SvgOptions = {}): SvgPicture {
  const margin = Math.max(0, options.margin ?? 24);
  const rects = layoutRects(design);
  const podShapes: string[] = [];
  const shapes: string[] = [];
  const boxes: Rect[] = [];
  const place = (id: string): Rect | undefined => {
    const r = rects.get(id);
    if (r) boxes.push(r);
    return r;
  };

  for (const pod of design.pods) {
    const r = place(pod.id);
    if (r) podShapes.push(drawPod(pod, r));
  }
  const edges: DrawnEdge[] = [];
  const podIds = new Set(design.pods.map((p) => p.id));
  for (const service of design.services) {
    const from = rects.get(service.id);
    const pod = rects.get(service.pod);
    if (from && pod && podIds.has(service.pod)) edges.push(drawSelector(service, from, pod));
  }
  const portsOf = portIndex(design);
  for (const connection of design.connections) {
    const from = rects.get(connection.from);
    const to = rects.get(connection.to.id);
    // A file may name an entity that is not there: such a connection has nothing to join.
    if (!from || !to) continue;
    edges.push(drawConnection(from, to, connectionText(connection, portsOf(connection.to.id))));
  }
  for (const pod of design.pods) {
    for (const container of pod.containers) {
      const r = place(container.id);
      if (r) shapes.push(drawContainer(container, r));
    }
  }
  for (const service of design.services) {
    const r = place(service.id);
    if (r) shapes.push(drawService(service, r));
  }
  for (const external of design.externals) {
    const r = place(external.id);
    if (r) shapes.push(drawExternal(external, r));
  }
  for (const edge of edges) boxes.push(...edge.bounds);

  const title = xmlEscape(design.name || 'Untitled design');
  if (boxes.length === 0) return emptyPicture(title);
  const bounds = union(boxes);
  const minX = bounds.x - margin;
  const minY = bounds.y - margin;
  const width = Math.ceil(bounds.width + 2 * margin);
  const height = Math.ceil(bounds.height + 2 * margin);
  const svg = [
    header(width, height, `${num(minX)} ${num(minY)} ${width} ${height}`, title),
    `<rect x="${num(minX)}" y="${num(minY)}" width="${width}" height="${height}" fill="${COLOUR.background}"/>`,
    // Pods under edges under nodes, and labels on top, so no label hides behind a card.
    podShapes.join('\n'),
    edges.map((e) => e.path).join('\n'),
    shapes.join('\n'),
    edges.map((e) => e.label).join('\n'),
    '</svg>',
    '',
  ];
  return { svg: svg.filter((part) => part !== '').join('\n'), width, height };
}

/**
 * The ports a connection may target, by entity id: containers and externals from an index (the
 * model's queries scan the design, which is quadratic over many connections), services through the
 * query, which resolves their contracts.
 */
function portIndex(design: Design): (id: string) => readonly TargetPort[] {
  const direct = new Map<string, readonly TargetPort[]>();
  for (const external of design.externals)
    if (!direct.has(external.id)) direct.set(external.id, external.ports);
  for (const pod of design.pods)
    for (const container of pod.containers)
      if (!direct.has(container.id)) direct.set(container.id, container.ports);
  return (id) => direct.get(id) ?? targetPorts(design, id);
}

/** The smallest rectangle holding all boxes (a loop: spreading 10,000 numbers into Math.min overflows). */
export function union(boxes: readonly Rect[]): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function header(width: number, height: number, viewBox: string, title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}" role="img" aria-labelledby="pw-title">`,
    `<title id="pw-title">${title}</title>`,
    '<style>',
    `text { font-family: ${FONT}; font-size: 12px; fill: ${COLOUR.text}; }`,
    '.name { font-size: 13.5px; font-weight: 650; }',
    '.small { font-size: 10.5px; }',
    '.bold { font-weight: 700; }',
    '.caps { letter-spacing: 0.05em; }',
    '.meta { font-size: 11px; }',
    `.mono { font-family: ${MONO}; }`,
    '.edge-label { font-size: 10px; font-weight: 600; }',
    '</style>',
    '<defs>',
    marker('pw-arrow', COLOUR.edge),
    marker('pw-arrow-service', COLOUR.service),
    '</defs>',
  ].join('\n');
}

function marker(id: string, colour: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${colour}"/></marker>`;
}

function emptyPicture(title: string): SvgPicture {
  const { width, height } = EMPTY;
  const svg = [
    header(width, height, `0 0 ${width} ${height}`, title),
    `<rect width="${width}" height="${height}" fill="${COLOUR.background}"/>`,
    `<text x="${width / 2}" y="${height / 2 + 4}" text-anchor="middle" fill="${COLOUR.muted}">This design is empty.</text>`,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height };
}
