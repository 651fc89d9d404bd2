/**
 * Typed reads of parsed, untrusted data. Every read goes through an own-property check, so a key such
 * as `constructor` or `__proto__` in the input never reaches an object prototype, and a missing key
 * never finds one.
 */

export type Rec = Record<string, unknown>;

export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value`, if `value` is a mapping that has one. */
export function get(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** `get` along a path of keys. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let at = value;
  for (const key of keys) at = get(at, key);
  return at;
}

export function rec(value: unknown): Rec | undefined {
  return isRecord(value) ? value : undefined;
}

/** The items of a list; empty for anything else. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Text, accepting the scalars YAML may have typed as numbers or booleans (`value: 8080`). */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** A whole number, from a number or a numeric string. */
export function int(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A list of text items (numbers become text); undefined when the value is not a list of scalars. */
export function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value) {
    const text = scalarText(item);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

/** Own entries minus prototype-reaching keys. */
export function entries(value: unknown): [string, unknown][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).filter(([key]) => !DANGEROUS_KEYS.has(key));
}

/** A string map (labels, annotations) with scalar values as text; unsafe keys and other values dropped. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of entries(value)) {
    const text = scalarText(item);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** Parses JSON from an annotation or extension; undefined when it is not JSON. */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The keys of a mapping that a reader does not handle, for one "not imported" note. */
export function unhandledKeys(value: unknown, handled: ReadonlySet<string>): string[] {
  if (!isRecord(value)) return [];
  return Object.keys(value).filter((key) => !handled.has(key));
}

/** The prototype-reaching keys a mapping holds as its own. */
export function dangerousKeys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value).filter((key) => DANGEROUS_KEYS.has(key)) : [];
}
