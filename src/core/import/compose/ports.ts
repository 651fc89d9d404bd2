/**
 * Compose `ports` (short `[ip:][published:]target[/protocol]` or long syntax) and `expose`.
 */
import type { PortProtocol } from '../../model/types';
import { placeAt, type Place } from '../load/source';
import { get, int, isRecord, scalarText, str } from '../read';
import { readList, type FieldContext } from './fields';
import { withDefaults } from './interpolation';

export interface ComposePort {
  target: number;
  published?: number;
  protocol: PortProtocol;
  name?: string;
  place: Place;
}

/** Ranges wider than this are cut to their first port: a design lists ports one by one. */
const MAX_RANGE = 16;

export function readPorts(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  place: Place,
  key: 'ports' | 'expose',
): ComposePort[] {
  const items = readList(ctx, raw, key, place) ?? [];
  const out: ComposePort[] = [];
  items.forEach((item, i) => {
    const at = placeAt(place, key, i);
    if (isRecord(item)) {
      out.push(...longPort(ctx, item, at));
      return;
    }
    const text = scalarText(item);
    if (text === undefined) {
      ctx.notes.error(
        'compose-type',
        `Service ${ctx.service}: a ${key} entry must be a number, a string or a mapping.`,
        at,
      );
      return;
    }
    out.push(...shortPort(ctx, text, at, key));
  });
  return out;
}

function longPort(ctx: FieldContext, item: Record<string, unknown>, at: Place): ComposePort[] {
  const target = int(get(item, 'target'));
  if (target === undefined || !valid(target)) {
    ctx.notes.error(
      'compose-type',
      `Service ${ctx.service}: a long-syntax port needs a numeric "target".`,
      at,
    );
    return [];
  }
  const published = scalarText(get(item, 'published'));
  const protocol = protocolOf(str(get(item, 'protocol')));
  const name = scalarText(get(item, 'name'));
  const port: ComposePort = { target, protocol, place: at };
  const publishedPort = published === undefined ? undefined : firstOfRange(published);
  if (publishedPort !== undefined) port.published = publishedPort;
  if (name) port.name = name;
  return [port];
}

function shortPort(ctx: FieldContext, text: string, at: Place, key: string): ComposePort[] {
  let spec = withDefaults(text.trim());
  let protocol: PortProtocol = 'TCP';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    protocol = protocolOf(spec.slice(slash + 1));
    spec = spec.slice(0, slash);
  }
  if (spec.startsWith('[')) spec = spec.slice(spec.indexOf(']') + 2);
  const parts = spec.split(':');
  const targetText = parts[parts.length - 1]!;
  const publishedText = parts.length >= 2 ? parts[parts.length - 2]! : undefined;
  const targets = range(targetText);
  if (!targets) {
    ctx.notes.warn(
      'compose-port-unreadable',
      `Service ${ctx.service}: ${key} entry "${text}" has no port number the import can read (a variable?); skipped.`,
      at,
    );
    return [];
  }
  if (targets.length > MAX_RANGE) {
    ctx.notes.info(
      'compose-port-range',
      `Service ${ctx.service}: the range ${targetText} is imported as its first port only.`,
      at,
    );
    targets.length = 1;
  }
  const published = publishedText ? range(publishedText) : undefined;
  if (publishedText && !published) {
    ctx.notes.info(
      'compose-port-unreadable',
      `Service ${ctx.service}: the published port "${publishedText}" is not a number (a variable?); the container port is kept.`,
      at,
    );
  }
  return targets.map((target, i) => {
    const port: ComposePort = { target, protocol, place: at };
    const pub = published?.[Math.min(i, published.length - 1)];
    if (pub !== undefined) port.published = published!.length === targets.length ? pub : published![0]!;
    return port;
  });
}

function range(text: string): number[] | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  if (!valid(from) || !valid(to) || to < from) return undefined;
  const out: number[] = [];
  for (let p = from; p <= to && out.length <= MAX_RANGE; p++) out.push(p);
  return out;
}

function firstOfRange(text: string): number | undefined {
  return range(text)?.[0];
}

function valid(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function protocolOf(text: string | undefined): PortProtocol {
  return text?.toLowerCase() === 'udp' ? 'UDP' : 'TCP';
}
