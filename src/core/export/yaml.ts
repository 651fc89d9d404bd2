/**
 * The one YAML serializer of every exporter: plain objects in, text and line ranges out.
 *
 * Output rules, the same for Kubernetes and Compose:
 * - YAML 1.1 scalars are quoted (`'yes'`, `'no'`, `'on'`, `'0755'`, dates), because Kubernetes and
 *   Compose read YAML with Go libraries that still resolve them as booleans, numbers or timestamps.
 * - No anchors or aliases (`aliasDuplicateObjects: false`), no line folding, key order as built.
 * - Comments are sanitised: every line break becomes a new `#` line and control characters are
 *   replaced, so no user text can end a comment early.
 *
 * Ranges come from marker comments: before printing, the node of each mark gets a comment line
 * `#@pw:<n>` above it; after printing, those lines are removed and the node's lines are measured by
 * indentation. User comment lines always start with a space (`# text`), so they never look like a
 * marker.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ExportRange } from './types';

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
}

export interface SerializedYaml {
  text: string;
  ranges: ExportRange[];
}

const MARKER = '@pw:';
const DOCUMENT_OPTIONS = { version: '1.1', aliasDuplicateObjects: false } as const;
const STRING_OPTIONS = { lineWidth: 0, minContentWidth: 0, singleQuote: true } as const;

/**
 * Serialises documents into one YAML stream (`---` between documents), with an optional header
 * comment at the top, and returns the 1-based line ranges of every marked entity in text order.
 */
export function serializeYaml(docs: readonly YamlDocumentSpec[], header?: string): SerializedYaml {
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

/** Comment text as the `yaml` library expects it: one leading space per line, no control characters. */
export function commentBody(text: string): string {
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

interface DocumentText {
  text: string;
  lineCount: number;
  /** Ranges relative to the document's first line. */
  markRanges: ExportRange[];
}

function serializeDocument(spec: YamlDocumentSpec): DocumentText {
  const doc = new Document(spec.value, DOCUMENT_OPTIONS);
  const contents = doc.contents as Node | null;
  const comment = spec.comment ? commentBody(spec.comment) : '';
  if (comment && contents) contents.commentBefore = comment;
  const marks = spec.marks ?? [];
  let markerCount = 0;
  marks.forEach((mark, index) => {
    const node = markTarget(doc, mark.path);
    if (!node) return;
    const lines: string[] = [];
    if (mark.ids && mark.ids.length > 0) {
      lines.push(`${MARKER}${index}`);
      markerCount++;
    }
    const body = mark.comment ? commentBody(mark.comment) : '';
    if (body) lines.push(body);
    if (lines.length === 0) return;
    node.commentBefore = node.commentBefore ? `${lines.join('\n')}\n${node.commentBefore}` : lines.join('\n');
  });
  const text = doc.toString(STRING_OPTIONS);
  if (markerCount === 0) return { text, lineCount: countLines(text), markRanges: [] };
  return extractMarkers(text, marks);
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

/** Removes the marker lines and measures each marked node by indentation. */
function extractMarkers(text: string, marks: readonly YamlMark[]): DocumentText {
  const source = text.split('\n');
  source.pop(); // the text ends with a newline
  const kept: string[] = [];
  const pending: { mark: number; start: number }[] = [];
  const found: { mark: number; start: number }[] = [];
  for (const line of source) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith(`#${MARKER}`)) {
      pending.push({ mark: Number(trimmed.slice(MARKER.length + 1)), start: kept.length });
      continue;
    }
    for (const entry of pending) found.push(entry);
    pending.length = 0;
    kept.push(line);
  }
  const markRanges: ExportRange[] = [];
  for (const { mark, start } of found) {
    const end = nodeEnd(kept, start);
    for (const id of marks[mark]?.ids ?? []) markRanges.push({ id, start: start + 1, end: end + 1 });
  }
  markRanges.sort((a, b) => a.start - b.start);
  return { text: `${kept.join('\n')}\n`, lineCount: kept.length, markRanges };
}

/**
 * The last line (0-based) of the node that starts at `start`, after any comment lines: the lines
 * that follow it are its own while they are blank or indented deeper than its first line.
 */
function nodeEnd(lines: readonly string[], start: number): number {
  let first = start;
  while (first < lines.length - 1 && lines[first]!.trimStart().startsWith('#')) first++;
  const indent = indentOf(lines[first]!);
  let end = first;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (indentOf(line) <= indent) break;
    end = i;
  }
  return end;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}
