/**
 * Field-by-field readers for untrusted JSON. Each reader returns a clean value, fills a default when
 * the field is absent, and records an issue (with the JSON path) when the field has a wrong type.
 * Unknown fields are kept by the callers; keys that could reach an object prototype are dropped.
 */

export type JsonPath = (string | number)[];

export interface ReadIssue {
  code: string;
  message: string;
  path: JsonPath;
  severity: 'error' | 'warning';
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class Reader {
  readonly issues: ReadIssue[] = [];

  error(path: JsonPath, message: string, code = 'invalid-field'): void {
    this.issues.push({ code, message, path, severity: 'error' });
  }

  warn(path: JsonPath, message: string, code: string): void {
    this.issues.push({ code, message, path, severity: 'warning' });
  }

  isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /** The object at `path`, or undefined (with an error) when it is something else. */
  object(value: unknown, path: JsonPath, what: string): JsonObject | undefined {
    if (this.isObject(value)) return value;
    this.error(path, `${what} must be an object, not ${describe(value)}.`);
    return undefined;
  }

  /**
   * The fields of `raw` that `known` does not list, minus prototype-reaching keys: kept verbatim so
   * that a file written by a newer Podwright survives a round trip through this one.
   */
  extras(raw: JsonObject, known: readonly string[], path: JsonPath): Record<string, Json> {
    const extras: Record<string, Json> = {};
    for (const key of Object.keys(raw)) {
      if (DANGEROUS_KEYS.has(key)) {
        this.warn([...path, key], `The key "${key}" is not allowed and was dropped.`, 'dangerous-key');
      } else if (!known.includes(key)) {
        extras[key] = raw[key] as Json;
      }
    }
    return extras;
  }

  string(raw: JsonObject, key: string, path: JsonPath, fallback: string): string {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    this.error([...path, key], `"${key}" must be text, not ${describe(value)}.`);
    return fallback;
  }

  optionalString(raw: JsonObject, key: string, path: JsonPath): string | undefined {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.error([...path, key], `"${key}" must be text, not ${describe(value)}.`);
    return undefined;
  }

  optionalNumber(
    raw: JsonObject,
    key: string,
    path: JsonPath,
    check?: (n: number) => string | null,
  ): number | undefined {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error([...path, key], `"${key}" must be a number, not ${describe(value)}.`);
      return undefined;
    }
    const problem = check?.(value);
    if (problem) this.error([...path, key], problem);
    return value;
  }

  optionalBoolean(raw: JsonObject, key: string, path: JsonPath): boolean | undefined {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.error([...path, key], `"${key}" must be true or false, not ${describe(value)}.`);
    return undefined;
  }

  oneOf<T extends string>(
    raw: JsonObject,
    key: string,
    path: JsonPath,
    allowed: readonly T[],
    fallback: T,
  ): T {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.error([...path, key], `"${key}" must be one of ${allowed.join(', ')}, not ${describe(value)}.`);
    return fallback;
  }

  optionalOneOf<T extends string>(
    raw: JsonObject,
    key: string,
    path: JsonPath,
    allowed: readonly T[],
  ): T | undefined {
    if (raw[key] === undefined || raw[key] === null) return undefined;
    return this.oneOf(raw, key, path, allowed, allowed[0]!);
  }

  /** Reads each element of an array field with `item`; a missing field is an empty array. */
  array<T>(
    raw: JsonObject,
    key: string,
    path: JsonPath,
    item: (value: Json, path: JsonPath) => T | undefined,
  ): T[] {
    const value = raw[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.error([...path, key], `"${key}" must be a list, not ${describe(value)}.`);
      return [];
    }
    const out: T[] = [];
    value.forEach((element, i) => {
      const read = item(element, [...path, key, i]);
      if (read !== undefined) out.push(read);
    });
    return out;
  }

  stringList(raw: JsonObject, key: string, path: JsonPath): string[] | undefined {
    if (raw[key] === undefined || raw[key] === null) return undefined;
    return this.array(raw, key, path, (value, at) => {
      if (typeof value === 'string') return value;
      this.error(at, `Each item of "${key}" must be text, not ${describe(value)}.`);
      return undefined;
    });
  }

  stringMap(raw: JsonObject, key: string, path: JsonPath): Record<string, string> | undefined {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const map = this.object(value, [...path, key], `"${key}"`);
    if (!map) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(map)) {
      if (DANGEROUS_KEYS.has(k)) {
        this.warn([...path, key, k], `The key "${k}" is not allowed and was dropped.`, 'dangerous-key');
      } else if (typeof v === 'string') {
        out[k] = v;
      } else {
        this.error([...path, key, k], `"${k}" must be text, not ${describe(v)}.`);
      }
    }
    return out;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Drops properties whose value is undefined so that parsed designs compare equal to built ones. */
export function compact<T extends object>(value: T): T {
  const out = { ...value } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as T;
}
