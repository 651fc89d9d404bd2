/**
 * Compose `volumes`, `configs`, `secrets` and `tmpfs` of one service, read into one mount list.
 */
import { placeAt, type Place } from '../load/source';
import { bool, get, isRecord, scalarText, str } from '../read';
import { readList, type FieldContext } from './fields';
import { withDefaults } from './interpolation';

export type MountType = 'volume' | 'bind' | 'tmpfs' | 'anonymous' | 'config' | 'secret';

export interface ComposeMount {
  type: MountType;
  /** Volume, config or secret name, or the host path of a bind mount. */
  source: string;
  target: string;
  readOnly: boolean;
  place: Place;
}

const NAMED = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function readMounts(ctx: FieldContext, raw: Record<string, unknown>, place: Place): ComposeMount[] {
  const out: ComposeMount[] = [];
  (readList(ctx, raw, 'volumes', place) ?? []).forEach((item, i) => {
    const at = placeAt(place, 'volumes', i);
    const mount = isRecord(item) ? longVolume(ctx, item, at) : shortVolume(ctx, str(item), at);
    if (mount) out.push(mount);
  });
  const tmpfs = get(raw, 'tmpfs');
  const tmpfsList = typeof tmpfs === 'string' ? [tmpfs] : Array.isArray(tmpfs) ? tmpfs : [];
  tmpfsList.forEach((item, i) => {
    const target = scalarText(item)?.split(':', 1)[0];
    if (target)
      out.push({ type: 'tmpfs', source: '', target, readOnly: false, place: placeAt(place, 'tmpfs', i) });
  });
  for (const key of ['configs', 'secrets'] as const) {
    (readList(ctx, raw, key, place) ?? []).forEach((item, i) => {
      const at = placeAt(place, key, i);
      const source = isRecord(item) ? scalarText(get(item, 'source')) : scalarText(item);
      if (!source) {
        ctx.notes.error(
          'compose-type',
          `Service ${ctx.service}: a ${key} entry needs a name (or a "source").`,
          at,
        );
        return;
      }
      const target =
        (isRecord(item) ? scalarText(get(item, 'target')) : undefined) ??
        (key === 'configs' ? `/${source}` : `/run/secrets/${source}`);
      const absolute = target.startsWith('/')
        ? target
        : key === 'configs'
          ? `/${target}`
          : `/run/secrets/${target}`;
      out.push({
        type: key === 'configs' ? 'config' : 'secret',
        source,
        target: absolute,
        readOnly: true,
        place: at,
      });
    });
  }
  return out;
}

function shortVolume(ctx: FieldContext, text: string | undefined, at: Place): ComposeMount | undefined {
  if (!text) {
    ctx.notes.error(
      'compose-type',
      `Service ${ctx.service}: a volumes entry must be a string or a mapping.`,
      at,
    );
    return undefined;
  }
  text = withDefaults(text);
  // `C:\data:/data:ro` on Windows: the drive's colon is not a separator.
  const drive = /^[a-zA-Z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
  const parts = text.slice(drive.length).split(':');
  if (parts.length === 1)
    return { type: 'anonymous', source: '', target: parts[0]!, readOnly: false, place: at };
  const source = drive + parts[0]!;
  const target = parts[1]!;
  const mode = parts.slice(2).join(':');
  return {
    type: NAMED.test(source) ? 'volume' : 'bind',
    source,
    target,
    readOnly: mode.split(',').includes('ro'),
    place: at,
  };
}

function longVolume(ctx: FieldContext, item: Record<string, unknown>, at: Place): ComposeMount | undefined {
  const target = scalarText(get(item, 'target'));
  if (!target) {
    ctx.notes.error('compose-type', `Service ${ctx.service}: a long-syntax volume needs a "target".`, at);
    return undefined;
  }
  const source = scalarText(get(item, 'source')) ?? '';
  const declared = scalarText(get(item, 'type'));
  const type: MountType =
    declared === 'bind'
      ? 'bind'
      : declared === 'tmpfs'
        ? 'tmpfs'
        : source === ''
          ? 'anonymous'
          : declared === 'volume' || NAMED.test(source)
            ? 'volume'
            : 'bind';
  return { type, source, target, readOnly: bool(get(item, 'read_only')) === true, place: at };
}
