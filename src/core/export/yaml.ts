/**
 * The one YAML serializer of every exporter: plain objects in, text and line ranges out.
 *
 * Output rules, the same for Kubernetes and Compose:
 * - Strings that YAML 1.1 would read as something else are quoted (`'yes'`, `'no'`, `'on'`, `'0755'`,
 *   dates), because Kubernetes and Compose read YAML with Go libraries that still resolve them as
 *   booleans, numbers or timestamps.
 * - No anchors or aliases (`aliasDuplicateObjects: false`), no line folding, key order as built.
 * - Comments are sanitised: every line break becomes a new `#` line and control characters are
 *   replaced, so no user text can end a comment early.
 *
 * Ranges come from marker comments: before printing, the node of each mark gets a comment line
 * `#@pw:<n>` above it; after printing, those lines are removed and the node's lines are measured by
 * indentation. User comment lines always start with a space (`# text`), so they never look like a
 * marker.
 */
import { Document, isMap, isScalar, isSeq, type Node, type ScalarTag } from 'yaml';
import type { ExportRange } from './types';
import type { YamlCache } from './yaml-cache';
import { documentPieces } from './yaml-split';

export type YamlPath = readonly (string | number)[];

/** A node inside a document that gets a comment above it and/or a line range for entity ids. */
export interface YamlMark {
  path: YamlPath;
  ids?: readonly string[];
  comment?: string;
}

export interface YamlDocumentSpec {
  value: Record<string, unknown>;
  /** Written as comment lines right above the document's first key. */
  comment?: string;
  /** Entities whose range is the whole document (its comment included). */
  ids?: readonly string[];
  marks?: readonly YamlMark[];
  /**
   * Containers (paths of map keys) whose entries are cached apart when serialised with a cache: for a
   * large document such as a Compose file, so one changed service costs one service. No effect on
   * the text.
   */
  split?: readonly YamlPath[];
}

export interface SerializedYaml {
  text: string;
  ranges: ExportRange[];
  /**
   * With a cache: each document's value, the cached one when its text came from the cache, so an
   * unchanged document keeps its object from export to export.
   */
  values?: unknown[];
}

const MARKER = '@pw:';
/**
 * Plain strings that a YAML 1.1 reader (Go's yaml.v2, behind kubectl and Compose) would take for a
 * boolean, null, number or timestamp, beyond those YAML 1.2 already quotes: `yes`, `on`, `0b11`,
 * `1_000`, `1:20`, `2001-12-14`, `<<`. Written as a tag the serializer tests plain strings against, so
 * they come out quoted. One regular expression instead of the `yaml-1.1` compat schema's dozen:
 * every string of every export goes through it. A superset is harmless (an extra pair of quotes).
 */
const GO_AMBIGUOUS: ScalarTag = {
  tag: 'tag:podwright.io,2025:yaml-1.1-ambiguous',
  default: true,
  test: /^(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|~|[Nn]ull|NULL|<<|=|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?0b[01_]+|[-+]?0x[0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?)$/,
  resolve: (text: string) => text,
};
const DOCUMENT_OPTIONS = { aliasDuplicateObjects: false, customTags: [GO_AMBIGUOUS] };
// `directives: false`: no `%YAML` line, and no walk of every node looking for tags to declare.
const STRING_OPTIONS = { lineWidth: 0, minContentWidth: 0, directives: false } as const;

/**
 * Serialises documents into one YAML stream (`---` between documents), with an optional header
 * comment at the top, and returns the 1-based line ranges of every marked entity in text order.
 */
export function serializeYaml(
  docs: readonly YamlDocumentSpec[],
  header?: string,
  cache?: YamlCache,
): SerializedYaml {
  if (cache) return serializeCached(docs, header, cache);
  const parts: string[] = [];
  const ranges: ExportRange[] = [];
  let lineOffset = 0;
  const headerText = header ? renderComment(header) : '';
  if (headerText) {
    // A blank line keeps the header apart from the first document's own comment.
    parts.push(headerText, '\n\n');
    lineOffset += countLines(headerText) + 2;
  }
  docs.forEach((spec, index) => {
    if (index > 0) {
      parts.push('---\n');
      lineOffset += 1;
    }
    const { text, lineCount, markRanges } = serializeDocument(spec);
    for (const id of spec.ids ?? []) ranges.push({ id, start: lineOffset + 1, end: lineOffset + lineCount });
    for (const range of markRanges) {
      ranges.push({ id: range.id, start: range.start + lineOffset, end: range.end + lineOffset });
    }
    parts.push(text);
    lineOffset += lineCount;
  });
  return { text: parts.join(''), ranges };
}

/**
 * The same text and ranges as the uncached path, stitched from cached pieces: each document (or each
 * entry of a split document) is serialised only when its input changed since the last two runs.
 */
function serializeCached(docs: readonly YamlDocumentSpec[], header: string | undefined, cache: YamlCache) {
  const parts: string[] = [];
  const ranges: ExportRange[] = [];
  const values: unknown[] = [];
  let lineOffset = 0;
  const headerText = header ? renderComment(header) : '';
  if (headerText) {
    parts.push(headerText, '\n\n');
    lineOffset += countLines(headerText) + 2;
  }
  docs.forEach((spec, index) => {
    if (index > 0) {
      parts.push('---\n');
      lineOffset += 1;
    }
    const first = lineOffset;
    const { pieces, whole } = documentPieces(spec, cache);
    const inner: ExportRange[] = [];
    let frame: readonly string[] = [];
    for (const piece of pieces) {
      // Frame lines (container keys) are written once, where an entry first needs them.
      let common = 0;
      while (common < frame.length && common < piece.frame.length && frame[common] === piece.frame[common])
        common++;
      for (let i = common; i < piece.frame.length; i++) parts.push(piece.frame[i]!, '\n');
      lineOffset += piece.frame.length - common;
      frame = piece.frame;
      for (const range of piece.ranges)
        inner.push({ id: range.id, start: range.start + lineOffset, end: range.end + lineOffset });
      parts.push(piece.text);
      lineOffset += piece.lineCount;
    }
    for (const id of spec.ids ?? []) ranges.push({ id, start: first + 1, end: lineOffset });
    for (const range of inner) ranges.push(range);
    values.push(whole ? pieces[0]!.value : spec.value);
  });
  cache.endRun();
  return { text: parts.join(''), ranges, values };
}

/** Comment text as the `yaml` library expects it: one leading space per line, no control characters. */
export function commentBody(text: string): string {
  // Most comments are one clean line: skip the splitting.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\s$|^\s*$/.test(text)) return ` ${text}`;
  const lines = text
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    // eslint-disable-next-line no-control-regex
    .map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, '\ufffd'))
    .map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => ` ${line}`).join('\n');
}

function renderComment(text: string): string {
  const body = commentBody(text);
  return body ? body.replace(/^ (?=\n|$)/gm, '#').replace(/^ /gm, '# ') : '';
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export interface DocumentText {
  text: string;
  lineCount: number;
  /** Ranges relative to the document's first line. */
  markRanges: ExportRange[];
}

export function serializeDocument(spec: YamlDocumentSpec): DocumentText {
  // A block scalar of user text could hold a line that looks like a marker: then every marker is
  // counted more than once, and the document is written again with another marker prefix.
  for (let attempt = 0; ; attempt++) {
    const marker = attempt === 0 ? MARKER : `@pw${attempt}:`;
    const { text, markerCount } = printDocument(spec, marker);
    if (markerCount === 0) return { text, lineCount: countLines(text), markRanges: [] };
    if (countOccurrences(text, `#${marker}`) === markerCount)
      return extractMarkers(text, `#${marker}`, spec.marks ?? []);
  }
}

function printDocument(spec: YamlDocumentSpec, marker: string): { text: string; markerCount: number } {
  const doc = new Document(spec.value, DOCUMENT_OPTIONS);
  const contents = doc.contents as Node | null;
  const comment = spec.comment ? commentBody(spec.comment) : '';
  if (comment && contents) contents.commentBefore = comment;
  let markerCount = 0;
  (spec.marks ?? []).forEach((mark, index) => {
    const hasIds = mark.ids !== undefined && mark.ids.length > 0;
    const body = mark.comment ? commentBody(mark.comment) : '';
    if (!hasIds && !body) return;
    const node = markTarget(doc, mark.path);
    if (!node) return;
    let lines = body;
    if (hasIds) {
      lines = body ? `${marker}${index}\n${body}` : `${marker}${index}`;
      markerCount++;
    }
    node.commentBefore = node.commentBefore ? `${lines}\n${node.commentBefore}` : lines;
  });
  return { text: doc.toString(STRING_OPTIONS), markerCount };
}

function countOccurrences(text: string, token: string): number {
  let count = 0;
  for (let i = text.indexOf(token); i !== -1; i = text.indexOf(token, i + token.length)) count++;
  return count;
}

/**
 * The node whose comment goes above the marked place: a sequence item itself, or the key of a map
 * entry (a comment on a map value would land between the key and its value).
 */
function markTarget(doc: Document, path: YamlPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isSeq(parent) && typeof last === 'number') {
    const item: unknown = parent.items[last];
    return isMap(item) || isSeq(item) || isScalar(item) ? item : undefined;
  }
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

/**
 * Removes the marker lines and measures each marked node by indentation. Works on the text in place
 * (no split into lines): this runs on every export of every document that has marks.
 */
function extractMarkers(text: string, token: string, marks: readonly YamlMark[]): DocumentText {
  const parts: string[] = [];
  const starts: { mark: number; line: number; offset: number }[] = [];
  let pending: number[] = [];
  let cursor = 0;
  let lines = 0;
  let length = 0;
  const keep = (end: number) => {
    if (end <= cursor) return;
    for (const mark of pending) starts.push({ mark, line: lines, offset: length });
    pending = [];
    const chunk = text.slice(cursor, end);
    parts.push(chunk);
    lines += countLines(chunk);
    length += chunk.length;
  };
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, cursor)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    keep(lineStart);
    pending.push(Number(text.slice(at + token.length, lineEnd)));
    cursor = lineEnd + 1;
  }
  keep(text.length);
  const output = parts.join('');
  const markRanges: ExportRange[] = [];
  for (const { mark, line, offset } of starts) {
    const end = line + nodeLineCount(output, offset) - 1;
    for (const id of marks[mark]?.ids ?? []) markRanges.push({ id, start: line + 1, end: end + 1 });
  }
  markRanges.sort((a, b) => a.start - b.start);
  return { text: output, lineCount: lines, markRanges };
}

/**
 * How many lines the node starting at `offset` spans, its comment lines included: after the comments
 * and its first line, the lines that follow are its own while they are blank or indented deeper.
 */
function nodeLineCount(text: string, offset: number): number {
  let count = 0;
  let at = offset;
  let indent = indentAt(text, at);
  while (text.charCodeAt(at + indent) === 35 /* # */) {
    at = text.indexOf('\n', at) + 1;
    count++;
    if (at === 0 || at >= text.length) return count;
    indent = indentAt(text, at);
  }
  count++;
  let seen = count;
  for (at = text.indexOf('\n', at) + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) {
    seen++;
    const own = indentAt(text, at);
    if (text.charCodeAt(at + own) === 10 /* blank line */) continue;
    if (own <= indent) break;
    count = seen;
  }
  return count;
}

function indentAt(text: string, offset: number): number {
  let i = offset;
  while (text.charCodeAt(i) === 32) i++;
  return i - offset;
}
