import type { Container, External, Pod, Service } from '../model/types';
import type { Rect } from './layout';
import { COLOUR, EXTERNAL_KIND_LABELS, ROLE_LOOKS } from './theme';
import { textWidth, truncate, xmlEscape } from './xml';

/** The width of a name's character, bold 13.5 px, near enough to decide what fits. */
const NAME_CHAR = 7.6;

/** Numbers as SVG wants them: short, and never `NaN` (the layout gives finite numbers only). */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A text element; `content` is escaped here, attributes are the caller's constants. */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${xmlEscape(content)}</text>`;
}

/** A small coloured tag with a word in it, its left edge at x (or its right edge, when `alignRight`). */
function tag(x: number, y: number, word: string, fill: string, colour: string, alignRight = false): string {
  // Bold capitals with letter spacing run wider than mixed-case text.
  const factor = word === word.toUpperCase() ? 0.72 : 0.62;
  const width = Math.ceil([...word].length * 10.5 * factor) + 12;
  const left = alignRight ? x - width : x;
  return (
    `<rect x="${num(left)}" y="${num(y)}" width="${num(width)}" height="16" rx="4" fill="${fill}"/>` +
    text(left + 6, y + 12, word, `class="small bold" fill="${colour}"`)
  );
}

/**
 * A pod: a quiet rounded group with its kind, name and workload in the header. When the name and the
 * workload pill do not both fit, the workload moves to a line of its own under the name.
 */
export function drawPod(pod: Pod, r: Rect): string {
  const replicas = pod.replicas !== undefined && pod.workload !== 'DaemonSet' ? ` · ${pod.replicas}×` : '';
  const meta = `${pod.workload}${replicas}`;
  const metaWidth = textWidth(meta, 11) + 14;
  const nameChars = [...pod.name].length;
  const besideMeta = Math.floor((r.width - 50 - metaWidth - 24) / NAME_CHAR);
  const alone = Math.max(4, Math.floor((r.width - 64) / NAME_CHAR));
  const inline = nameChars <= besideMeta;
  const parts = [
    `<g class="pod">`,
    `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" rx="12" fill="${COLOUR.podFill}" fill-opacity="0.75" stroke="${COLOUR.podStroke}" stroke-width="1.5"/>`,
    text(r.x + 14, r.y + 28, 'POD', `class="small bold caps" fill="${COLOUR.podKind}"`),
    text(r.x + 50, r.y + 29, truncate(pod.name, inline ? besideMeta : alone), `class="name"`),
  ];
  if (inline) {
    const left = r.x + r.width - 14 - metaWidth;
    parts.push(
      `<rect x="${num(left)}" y="${num(r.y + 16)}" width="${num(metaWidth)}" height="19" rx="9.5" fill="#fff" stroke="#d5dbe3"/>`,
      text(left + 7, r.y + 29.5, meta, `class="meta" fill="#4b5465"`),
    );
  } else {
    parts.push(text(r.x + 50, r.y + 46, meta, `class="meta" fill="#4b5465"`));
  }
  parts.push('</g>');
  return parts.join('');
}

/** A container: a white card with its role's colour on the left edge and in the header tag. */
export function drawContainer(container: Container, r: Rect): string {
  const look = ROLE_LOOKS[container.role] ?? ROLE_LOOKS.app;
  const right = r.x + r.width;
  const bottom = r.y + r.height;
  // The card's body, rounded on the right only, laid over a role-coloured card: a left border.
  const body =
    `M${num(r.x + 5)} ${num(r.y + 0.5)}H${num(right - 8)}A7.5 7.5 0 0 1 ${num(right - 0.5)} ${num(r.y + 8)}` +
    `V${num(bottom - 8)}A7.5 7.5 0 0 1 ${num(right - 8)} ${num(bottom - 0.5)}H${num(r.x + 5)}Z`;
  const parts = [
    `<g class="container role-${xmlEscape(container.role)}">`,
    `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" rx="8" fill="${look.colour}"/>`,
    `<path d="${body}" fill="#fff" stroke="${COLOUR.cardStroke}"/>`,
    tag(r.x + 11, r.y + 8, look.label.toUpperCase(), look.tint, look.colour),
    text(r.x + 11, r.y + 43, truncate(container.name, 17), `class="name"`),
    text(
      r.x + 11,
      r.y + 59,
      truncate(container.image || 'no image', 22),
      `class="mono small" fill="${COLOUR.muted}"`,
    ),
    portChips(container, r),
    `</g>`,
  ];
  return parts.join('');
}

/** Port chips, as many as fit on the card, then "+n". */
function portChips(container: Container, r: Rect): string {
  const y = r.y + 68;
  if (container.ports.length === 0)
    return text(r.x + 11, y + 13, 'no ports', `class="small" font-style="italic" fill="#7c8596"`);
  let x = r.x + 11;
  const limit = r.x + r.width - 8;
  const out: string[] = [];
  for (let i = 0; i < container.ports.length; i++) {
    const port = container.ports[i]!;
    const label = truncate(`${port.name}:${port.port}${port.scope === 'localhost' ? ' lo' : ''}`, 18);
    const width = textWidth(label, 10.5, true) + 10;
    const rest = container.ports.length - i;
    // Leave room for a "+n" chip unless this is the last port.
    if (x + width > limit - (rest > 1 ? 26 : 0)) {
      out.push(chip(x, y, `+${rest}`, textWidth(`+${rest}`, 10.5, true) + 10, false));
      break;
    }
    out.push(chip(x, y, label, width, port.scope === 'localhost'));
    x += width + 4;
  }
  return out.join('');
}

function chip(x: number, y: number, label: string, width: number, dashed: boolean): string {
  const style = dashed ? 'fill="#fff" stroke-dasharray="3 2"' : `fill="${COLOUR.chipFill}"`;
  return (
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="18" rx="4" ${style} stroke="${COLOUR.chipStroke}"/>` +
    text(x + 5, y + 13, label, `class="mono small" fill="#2f3848"`)
  );
}

/** A Service: a pill with its type, name and what it sends where. */
export function drawService(service: Service, r: Rect): string {
  const ports =
    service.ports.length > 0 ? service.ports.map((p) => `${p.port}→${p.targetPort}`).join('  ') : 'no ports';
  return [
    `<g class="service">`,
    `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" rx="36" fill="#fff" stroke="${COLOUR.service}" stroke-width="1.5"/>`,
    text(r.x + 24, r.y + 22, 'SERVICE', `class="small bold caps" fill="${COLOUR.service}"`),
    tag(
      r.x + r.width - 24,
      r.y + 10,
      truncate(service.type, 12),
      COLOUR.serviceTint,
      COLOUR.serviceTagText,
      true,
    ),
    // A long name widens the Service (geometry's serviceSize): what fits grows with the width.
    text(
      r.x + 24,
      r.y + 42,
      truncate(service.name, Math.max(18, Math.floor((r.width - 48) / NAME_CHAR))),
      `class="name"`,
    ),
    text(
      r.x + 24,
      r.y + 58,
      truncate(ports, Math.max(22, Math.floor((r.width - 48) / 6.5))),
      `class="mono small" fill="${COLOUR.servicePorts}"`,
    ),
    `</g>`,
  ].join('');
}

/** An external system: dashed, since this design does not deploy it; stores look like cylinders. */
export function drawExternal(external: External, r: Rect): string {
  const store = external.kind === 'database' || external.kind === 'cache';
  const radius = store ? `rx="${num(r.width / 2)}" ry="14"` : 'rx="22"';
  const top = store ? r.y + 6 : r.y;
  const ports = external.ports.map((p) => `${p.name} ${p.port}`).join(', ') || external.host || '';
  return [
    `<g class="external kind-${xmlEscape(external.kind)}">`,
    `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" ${radius} fill="${COLOUR.externalFill}" stroke="${COLOUR.external}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    text(r.x + 18, top + 22, 'EXTERNAL', `class="small bold caps" fill="${COLOUR.external}"`),
    tag(
      r.x + r.width - 18,
      top + 10,
      EXTERNAL_KIND_LABELS[external.kind] ?? 'External',
      COLOUR.externalTint,
      COLOUR.externalTagText,
      true,
    ),
    text(r.x + 18, top + 42, truncate(external.name, 18), `class="name"`),
    text(r.x + 18, top + 58, truncate(ports, 24), `class="mono small" fill="${COLOUR.muted}"`),
    `</g>`,
  ].join('');
}
