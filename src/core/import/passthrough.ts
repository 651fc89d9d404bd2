/**
 * Objects kept verbatim. They are copied as plain JSON so that nothing of the parser survives, and
 * keys that could reach an object prototype are left out (with a note), since later code may merge
 * these objects into others.
 */
import type { PassthroughObject } from '../model/types';
import { DANGEROUS_KEYS, isRecord } from './read';

/** A JSON-safe deep copy; `onDropped` hears of every key that was left out, with its path. */
export function cleanJson(
  value: unknown,
  onDropped: (path: (string | number)[]) => void,
  path: (string | number)[] = [],
): unknown {
  if (Array.isArray(value)) return value.map((item, i) => cleanJson(item, onDropped, [...path, i]));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (DANGEROUS_KEYS.has(key)) {
        onDropped([...path, key]);
        continue;
      }
      out[key] = cleanJson(value[key], onDropped, [...path, key]);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value === undefined) return null;
  return value;
}

export function passthroughObject(
  apiVersion: string,
  kind: string,
  name: string,
  namespace: string,
  object: Record<string, unknown>,
  onDropped: (path: (string | number)[]) => void,
): PassthroughObject {
  return {
    apiVersion,
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    object: cleanJson(object, onDropped) as Record<string, unknown>,
  };
}
