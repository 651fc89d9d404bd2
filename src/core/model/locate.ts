import { parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { JsonPath } from './read';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Finds where the value at `path` stands in a JSON (or YAML) text. JSON is parsed as YAML here only
 * to get node ranges; it runs on files that already parsed as JSON and passed the depth guard.
 * Falls back to the nearest ancestor that exists.
 */
export function locatePaths(text: string, paths: JsonPath[]): (Position | undefined)[] {
  let doc;
  try {
    doc = parseDocument(text, { keepSourceTokens: false });
  } catch {
    return paths.map(() => undefined);
  }
  return paths.map((path) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let found = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
        );
        if (!pair) break;
        // Point at the key for a missing or wrong value: that is where a person looks.
        found = (pair.key as Node) ?? found;
        node = pair.value as Node | null;
        if (node) found = node;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key] as Node | undefined;
        if (!node) break;
        found = node;
      } else {
        break;
      }
    }
    return found?.range ? positionAt(text, found.range[0]) : undefined;
  });
}

/**
 * The offset where nesting first goes deeper than `limit`, or -1. A plain scan, so it cannot
 * overflow the stack however deep the input is.
 */
export function deepNestingOffset(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (ch === 125 || ch === 93) {
      depth--;
    }
  }
  return -1;
}
