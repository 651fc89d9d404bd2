/**
 * Value helpers of the reconcile step: deep equality that treats a missing key and an `undefined` one
 * alike (the design's optional fields), and structural sharing, so what did not change keeps its object
 * and everything memoised on it (geometry, checks, export inputs) stays valid.
 */

/** Deep equality of plain JSON-like values; `{a: undefined}` equals `{}`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/** `next` unless it equals `previous`, then `previous` itself. */
export function keepSame<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && sameValue(previous, next) ? previous : next;
}

/** An array whose items are kept from `previous` where equal; `previous` itself when all are. */
export function keepSameItems<T>(previous: readonly T[], next: T[]): T[] {
  if (previous.length === next.length && next.every((item, i) => item === previous[i]))
    return previous as T[];
  return next;
}

/** Drops keys whose value is undefined, so an absent optional field stays absent. */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

/** The fields of `current` that the import does not model (unknown fields a newer file kept). */
export function unknownFields(current: object, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(current)) if (!known.has(key)) out[key] = item;
  return out;
}
