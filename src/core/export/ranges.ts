/**
 * Look-ups over an export's line ranges, for the editor: reveal an entity's YAML, and find the entity
 * under a click.
 */
import type { ExportRange } from './types';

/** Below this many ranges a scan costs less than building an index. */
const SCAN_LIMIT = 32;

/**
 * Every range by entity id, built once per ranges array: the editor looks up one range per finding
 * (hundreds at 200 pods) among thousands of ranges on every update. Ranges arrays are read-only.
 */
const indexes = new WeakMap<readonly ExportRange[], Map<string, ExportRange[]>>();

function indexOf(ranges: readonly ExportRange[]): Map<string, ExportRange[]> {
  let index = indexes.get(ranges);
  if (!index) {
    index = new Map();
    for (const range of ranges) {
      const list = index.get(range.id);
      if (list) list.push(range);
      else index.set(range.id, [range]);
    }
    indexes.set(ranges, index);
  }
  return index;
}

/** The range to reveal for an entity: its first one (the workload of a pod, the item of a container). */
export function rangeOf(ranges: readonly ExportRange[], id: string): ExportRange | undefined {
  if (ranges.length <= SCAN_LIMIT) return ranges.find((range) => range.id === id);
  return indexOf(ranges).get(id)?.[0];
}

/** Every range of an entity, in text order. */
export function rangesOf(ranges: readonly ExportRange[], id: string): ExportRange[] {
  if (ranges.length <= SCAN_LIMIT) return ranges.filter((range) => range.id === id);
  return [...(indexOf(ranges).get(id) ?? [])];
}

/**
 * The entity a 1-based line belongs to: the innermost range containing it (a container before its
 * pod), the earlier one on a tie. Undefined between objects or in the header.
 */
export function entityAtLine(ranges: readonly ExportRange[], line: number): string | undefined {
  let best: ExportRange | undefined;
  for (const range of ranges) {
    if (line < range.start || line > range.end) continue;
    if (!best || range.end - range.start < best.end - best.start) best = range;
  }
  return best?.id;
}

/** Where an entity starts in a text the user wrote, as the import found it (1-based). */
export interface EntityStart {
  id: string;
  line: number;
  /** A pod, service or external, whose lines hold those of its containers and connections. */
  outer: boolean;
}

/**
 * Line ranges for a text the user wrote (edit mode), where no export says where each entity is: each
 * runs from its own first line to the line before the next entity's, an outer one (a pod, a service, an
 * external) to the line before the next outer one's, so that its containers lie inside it; the last to
 * the end of the text.
 */
export function rangesFromStarts(starts: readonly EntityStart[], lineCount: number): ExportRange[] {
  // Outer before inner on the same line: a Compose service is a pod and its container at once.
  const sorted = [...starts].sort((a, b) => a.line - b.line || Number(b.outer) - Number(a.outer));
  const ranges: ExportRange[] = new Array(sorted.length);
  // From the end, one group of entities starting on the same line at a time: the next start after a
  // line is then known, and so is the next outer one.
  let nextAny: number | undefined;
  let nextOuter: number | undefined;
  for (let i = sorted.length; i > 0;) {
    const line = sorted[i - 1]!.line;
    let first = i - 1;
    while (first > 0 && sorted[first - 1]!.line === line) first--;
    let outerHere = false;
    for (let k = first; k < i; k++) {
      const { id, outer } = sorted[k]!;
      const next = outer ? nextOuter : nextAny;
      ranges[k] = { id, start: line, end: Math.max(line, next === undefined ? lineCount : next - 1) };
      outerHere ||= outer;
    }
    nextAny = line;
    if (outerHere) nextOuter = line;
    i = first;
  }
  return ranges;
}
