/**
 * Look-ups over an export's line ranges, for the editor: reveal an entity's YAML, and find the entity
 * under a click.
 */
import type { ExportRange } from './types';

/** The range to reveal for an entity: its first one (the workload of a pod, the item of a container). */
export function rangeOf(ranges: readonly ExportRange[], id: string): ExportRange | undefined {
  return ranges.find((range) => range.id === id);
}

/** Every range of an entity, in text order. */
export function rangesOf(ranges: readonly ExportRange[], id: string): ExportRange[] {
  return ranges.filter((range) => range.id === id);
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
