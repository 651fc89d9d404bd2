import type { Design } from '../../../core';

/** Fields of a design that no exporter reads: moving a node on the canvas changes only these. */
const NOT_EXPORTED = new Set<string>(['layout', 'rules', 'baseline']);

/**
 * True when two designs export the same text: every field an exporter reads is the same object. Changes
 * are immutable and share untouched parts, so a drag across the canvas (layout only) costs no export.
 */
export function sameExportInputs(a: Design, b: Design): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (NOT_EXPORTED.has(key)) continue;
    if ((a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key])
      return false;
  }
  return true;
}
