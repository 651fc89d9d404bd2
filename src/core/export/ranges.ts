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
