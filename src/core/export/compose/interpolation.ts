/**
 * Compose interpolates `$VAR` and `${VAR}` in every string of the file, extension fields included.
 * Every string the exporter writes is escaped (`$` -> `$$`) so user text stays literal, except the
 * few values that are meant to be interpolated, built as `Interpolated`.
 */

/** A string written as is: Compose should interpolate it. */
export class Interpolated {
  constructor(readonly text: string) {}
}

/** A copy of `value` with every string escaped and every `Interpolated` unwrapped. */
export function escapeInterpolation(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('$') ? value.replaceAll('$', '$$$$') : value;
  if (value instanceof Interpolated) return value.text;
  if (Array.isArray(value)) return value.map(escapeInterpolation);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = escapeInterpolation(item);
    return out;
  }
  return value;
}
