/**
 * Parsed input files and places inside them. A place is a document plus a path of keys; it becomes a
 * line and column only when a note needs one, so the import pays for positions only where it reports.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { positionAt, type Position } from '../../model/locate';

export type PathKey = string | number;
export type Path = readonly PathKey[];

export interface SourceDocument {
  /** 0-based index of the document in its file. */
  index: number;
  doc: Document.Parsed;
  /** The document as plain data (`toJS`); undefined for an empty document. */
  value: unknown;
}

export interface SourceFile {
  name: string;
  text: string;
  /** Pasted text, not a file: its name is a placeholder that says nothing about the content. */
  pasted?: boolean;
  /** Filled by the parser; empty when the text never reached it. */
  lineCounter?: LineCounter;
  documents: SourceDocument[];
}

/** Where something stands: a whole file, an offset in it, or a path inside one of its documents. */
export interface Place {
  file: SourceFile;
  doc?: SourceDocument;
  path?: Path;
  offset?: number;
  /** Point at the key of the last path entry rather than at its value (for notes about keys). */
  atKey?: boolean;
}

/** A place further down the same document. */
export function placeAt(place: Place, ...keys: PathKey[]): Place {
  return { ...place, path: [...(place.path ?? []), ...keys] };
}

export function positionOf(place: Place): Position {
  if (place.offset !== undefined) return offsetPosition(place.file, place.offset);
  if (!place.doc) return { line: 1, column: 1 };
  const node = nodeAt(place.doc.doc, place.path ?? [], place.atKey === true);
  const offset = node?.range?.[0] ?? place.doc.doc.range[0];
  return offsetPosition(place.file, offset);
}

function offsetPosition(file: SourceFile, offset: number): Position {
  if (file.lineCounter && file.lineCounter.lineStarts.length > 0) {
    const { line, col } = file.lineCounter.linePos(offset);
    return { line, column: col };
  }
  return positionAt(file.text, offset);
}

/**
 * The node at `path`, or the deepest ancestor that exists (the key, when the value is missing).
 * Follows aliases and `<<` merge keys, so a value that came from an anchor points at the anchor.
 */
export function nodeAt(doc: Document.Parsed, path: Path, atKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNodeLike(node) ? node : undefined;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = findPair(doc, node, key, 0);
      if (!pair) break;
      if (isNodeLike(pair.key)) found = pair.key;
      if (atKey && key === path[path.length - 1]) break;
      node = pair.value;
      if (isNodeLike(node)) found = node;
      else break;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!isNodeLike(node)) break;
      found = node;
    } else {
      break;
    }
  }
  return found;
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** With merge keys on, the parser gives `<<` a symbol value; `source` keeps the text. */
function isMergeKey(key: { value: unknown; source?: string }): boolean {
  return typeof key.value === 'symbol' || (key.value === '<<' && key.source === '<<');
}

function findPair(
  doc: Document.Parsed,
  map: unknown,
  key: PathKey,
  depth: number,
): { key: unknown; value: unknown } | undefined {
  if (!isMap(map) || depth > 8) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && !isMergeKey(item.key) && String(item.key.value) === String(key))
      return item;
  }
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key) || !isMergeKey(item.key)) continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const source of sources) {
      const target = isAlias(source) ? source.resolve(doc) : source;
      const pair = findPair(doc, target, key, depth + 1);
      if (pair) return pair;
    }
  }
  return undefined;
}
