/**
 * Compose interpolates `$VAR` and `${VAR}` in every string of the file, extension fields included.
 * Every string the exporter writes is escaped (`$` -> `$$`) so user text stays literal, except the
 * few values that are meant to be interpolated, built as `Interpolated`.
 */

/** A string written as is: Compose should interpolate it. */
export class Interpolated {
  constructor(readonly text: string) {}
}

/**
 * `value` with every string escaped and every `Interpolated` unwrapped. Parts with nothing to change
 * are returned as they are (most of a file has no `$`), so treat the result as read-only.
 */
export function escapeInterpolation(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('$') ? value.replaceAll('$', '$$$$') : value;
  if (value instanceof Interpolated) return value.text;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const escaped = escapeInterpolation(item);
      if (escaped !== item) (out ??= value.slice())[i] = escaped;
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const escaped = escapeInterpolation(item);
      if (escaped !== item) (out ??= { ...value })[key] = escaped;
    }
    return out ?? value;
  }
  return value;
}
