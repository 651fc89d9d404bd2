/**
 * Typed reads of Compose service fields, in every form the Compose specification allows (a string or
 * a list, a map or a list of `KEY=value`, short or long port and volume syntax). A value of the wrong
 * type is an error with its position: Compose itself would refuse the file.
 */
import { placeAt, type Place } from '../load/source';
import type { NoteSink } from '../notes';
import { entries, get, isRecord, scalarText } from '../read';

export interface FieldContext {
  notes: NoteSink;
  service: string;
}

function wrongType(ctx: FieldContext, key: string, expected: string, value: unknown, place: Place): void {
  ctx.notes.error(
    'compose-type',
    `Service ${ctx.service}: "${key}" must be ${expected}, not ${kindOf(value)}.`,
    place,
  );
}

export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? `text "${value.slice(0, 30)}"` : `${typeof value} ${String(value)}`;
}

/** A scalar as text (numbers and booleans too); an error for lists and mappings. */
export function readScalar(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  key: string,
  place: Place,
): string | undefined {
  const value = get(raw, key);
  if (value === undefined || value === null) return undefined;
  const text = scalarText(value);
  if (text === undefined) wrongType(ctx, key, 'text', value, placeAt(place, key));
  return text;
}

/** A command: a list of words, or a string split the way a shell would (quotes respected). */
export function readWords(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  key: string,
  place: Place,
): string[] | undefined {
  const value = get(raw, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return splitWords(value);
  if (Array.isArray(value)) {
    const words: string[] = [];
    for (const item of value) {
      const text = scalarText(item);
      if (text === undefined) {
        wrongType(ctx, key, 'a string or a list of strings', item, placeAt(place, key));
        return undefined;
      }
      words.push(text);
    }
    return words;
  }
  wrongType(ctx, key, 'a string or a list of strings', value, placeAt(place, key));
  return undefined;
}

/** Splits a command line into words: whitespace separates, single and double quotes group, `\` escapes. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** A list field; an error when it is something else. */
export function readList(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  key: string,
  place: Place,
): unknown[] | undefined {
  const value = get(raw, key);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value;
  wrongType(ctx, key, 'a list', value, placeAt(place, key));
  return undefined;
}

/**
 * `environment`, `labels`, `build.args`: a mapping (values may be empty) or a list of `KEY=value`
 * (or bare `KEY`). Returns [key, value, place] in file order.
 */
export function readPairs(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  key: string,
  place: Place,
): [string, string | undefined, Place][] {
  const value = get(raw, key);
  const at = placeAt(place, key);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    const out: [string, string | undefined, Place][] = [];
    value.forEach((item, i) => {
      const text = scalarText(item);
      if (text === undefined) {
        wrongType(ctx, key, 'a list of KEY=value strings', item, placeAt(at, i));
        return;
      }
      const eq = text.indexOf('=');
      out.push(
        eq < 0 ? [text, undefined, placeAt(at, i)] : [text.slice(0, eq), text.slice(eq + 1), placeAt(at, i)],
      );
    });
    return out;
  }
  if (isRecord(value)) {
    return entries(value).flatMap(([name, item]): [string, string | undefined, Place][] => {
      if (item === null || item === undefined) return [[name, undefined, placeAt(at, name)]];
      const text = scalarText(item);
      if (text === undefined) {
        wrongType(ctx, `${key}.${name}`, 'text', item, placeAt(at, name));
        return [];
      }
      return [[name, text, placeAt(at, name)]];
    });
  }
  wrongType(ctx, key, 'a mapping or a list', value, at);
  return [];
}

/** Compose durations (`1m30s`, `10s`, `500ms`) in whole seconds. */
export function durationSeconds(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|ns)/g;
  let total = 0;
  let matched = '';
  for (const m of text.matchAll(re)) {
    matched += m[0];
    const n = Number(m[1]);
    total +=
      m[2] === 'h' ? n * 3600 : m[2] === 'm' ? n * 60 : m[2] === 's' ? n : m[2] === 'ms' ? n / 1000 : 0;
  }
  if (matched !== text.trim()) return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
  return Math.round(total);
}

/** Compose CPUs (`0.5`) as a Kubernetes quantity (`500m`). */
export function cpuQuantity(text: string | undefined): string | undefined {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  const cores = Number(text);
  const milli = Math.round(cores * 1000);
  return Number.isInteger(cores) ? String(cores) : `${milli}m`;
}

/** Compose byte values (`512m`, `1gb`, `1024`) as a Kubernetes quantity (`512Mi`, `1Gi`, `1024`). */
export function memoryQuantity(text: string | undefined): string | undefined {
  const match = text === undefined ? null : /^(\d+)\s*([bkmg]?)b?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  return unit === '' || unit === 'b' ? match[1] : `${match[1]}${unit.toUpperCase()}i`;
}
