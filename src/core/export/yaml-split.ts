/**
 * A document as cached pieces. A Kubernetes stream is many small documents, each one piece. A Compose
 * file is one large document: it names the containers (`split`) whose entries are serialised apart,
 * each as a small document of its own that holds only the keys leading to it (its frame) and itself.
 *
 * The `yaml` library writes a block collection item by item, each item's text independent of its
 * siblings (our comments never start with a blank line, the one case where a sibling matters), so
 * frame lines, written once per container, plus the entries' texts give the whole document's text. A
 * marker mark on each entry tells where its frame ends. The property test in incremental.test.ts
 * checks the stitched text and ranges against the whole document's.
 */
import type { ExportRange } from './types';
import { contentKey, type YamlCache, type YamlPiece } from './yaml-cache';
import { serializeDocument, type YamlDocumentSpec, type YamlMark, type YamlPath } from './yaml';

/** The id of the marker that finds where an entry's own lines begin; no entity id has a NUL. */
const ENTRY_ID = '\u0000entry';

interface Entry {
  path: YamlPath;
  value: unknown;
  marks: YamlMark[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isSplittable(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isPlainObject(value) && Object.values(value).some((v) => v !== undefined);
}

const pathKey = (path: YamlPath) => path.map(String).join('\u0001');

/**
 * The entries of a split document in text order, each with the marks inside it; undefined when the
 * document cannot be split (a comment on it or on a split container, nothing to split).
 */
function splitEntries(spec: YamlDocumentSpec): Entry[] | undefined {
  if (spec.comment || !spec.split || !isSplittable(spec.value) || Array.isArray(spec.value)) return undefined;
  const wanted = new Set(spec.split.map(pathKey));
  const containers = new Set<string>(['']);
  const entries: Entry[] = [];
  const byPath = new Map<string, Entry>();
  const walk = (container: unknown, path: YamlPath) => {
    const items: [string | number, unknown][] = Array.isArray(container)
      ? container.map((item, index) => [index, item])
      : Object.entries(container as Record<string, unknown>);
    for (const [key, value] of items) {
      // The serializer leaves out map entries whose value is undefined.
      if (value === undefined && typeof key === 'string') continue;
      const childPath = [...path, key];
      const childKey = pathKey(childPath);
      if (typeof key === 'string' && wanted.has(childKey) && isSplittable(value)) {
        containers.add(childKey);
        walk(value, childPath);
        continue;
      }
      const entry: Entry = { path: childPath, value, marks: [] };
      entries.push(entry);
      byPath.set(childKey, entry);
    }
  };
  walk(spec.value, []);
  for (const mark of spec.marks ?? []) {
    const effective = (mark.ids !== undefined && mark.ids.length > 0) || Boolean(mark.comment);
    if (!effective || mark.path.length === 0) continue;
    if (mark.ids?.includes(ENTRY_ID)) return undefined;
    // A comment above a container's key would sit in the frame lines: write the document whole.
    if (containers.has(pathKey(mark.path))) return undefined;
    for (let length = 1; length <= mark.path.length; length++) {
      const entry = byPath.get(pathKey(mark.path.slice(0, length)));
      if (!entry) continue;
      entry.marks.push(mark);
      break;
    }
  }
  return entries;
}

/**
 * The document that holds only the keys leading to an entry and the entry: a list item becomes the
 * only item of its list, so its marks' paths say 0 where they said its index.
 */
function entryDocument(entry: Entry): YamlDocumentSpec {
  const depth = entry.path.length - 1;
  const last = entry.path[depth]!;
  const rebase = (path: YamlPath): YamlPath =>
    typeof last === 'number' ? path.map((segment, i) => (i === depth ? 0 : segment)) : path;
  let value: unknown = typeof last === 'number' ? [entry.value] : { [last]: entry.value };
  for (let i = depth - 1; i >= 0; i--) value = { [entry.path[i] as string]: value };
  const marks: YamlMark[] = entry.marks.map((mark) => ({ ...mark, path: rebase(mark.path) }));
  // Last, so its marker line is the entry's first line, above the entry's own comments.
  marks.push({ path: rebase(entry.path), ids: [ENTRY_ID] });
  return { value: value as Record<string, unknown>, marks };
}

function entryPiece(entry: Entry, spec: YamlDocumentSpec): YamlPiece | undefined {
  const { text, lineCount, markRanges } = serializeDocument(spec);
  const own = markRanges.find((range) => range.id === ENTRY_ID);
  if (!own) return undefined;
  const frameCount = own.start - 1;
  let at = 0;
  const frame: string[] = [];
  for (let i = 0; i < frameCount; i++) {
    const end = text.indexOf('\n', at);
    frame.push(text.slice(at, end));
    at = end + 1;
  }
  const ranges: ExportRange[] = [];
  for (const range of markRanges) {
    if (range.id !== ENTRY_ID)
      ranges.push({ id: range.id, start: range.start - frameCount, end: range.end - frameCount });
  }
  return { text: text.slice(at), lineCount: lineCount - frameCount, ranges, frame, value: entry.value };
}

function wholePiece(spec: YamlDocumentSpec): YamlPiece {
  const { text, lineCount, markRanges } = serializeDocument(spec);
  return { text, lineCount, ranges: markRanges, frame: [], value: spec.value };
}

/** Marks an entry whose marker went missing, so the document is written whole instead. */
const BROKEN: YamlPiece = { text: '', lineCount: 0, ranges: [], frame: [], value: undefined };

/**
 * The pieces of one document, from the cache where their input is unchanged. A document is one piece
 * unless it names containers to `split`.
 */
export function documentPieces(
  spec: YamlDocumentSpec,
  cache: YamlCache,
): { pieces: YamlPiece[]; whole: boolean } {
  const entries = splitEntries(spec);
  if (entries) {
    const pieces = entries.map((entry) => {
      const doc = entryDocument(entry);
      return cache.piece(contentKey([doc.value, doc.marks]), () => entryPiece(entry, doc) ?? BROKEN);
    });
    if (!pieces.includes(BROKEN)) return { pieces, whole: false };
  }
  const key = cache.keyOf(spec, () => contentKey([spec.value, spec.comment ?? null, spec.marks ?? null]));
  return { pieces: [cache.piece(key, () => wholePiece(spec))], whole: true };
}
