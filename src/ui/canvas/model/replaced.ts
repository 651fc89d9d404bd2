import type { Design } from '../../../core';

function topLevelIds(design: Design): string[] {
  return [
    ...design.pods.map((p) => p.id),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
  ];
}

/**
 * True when a design took the place of another rather than being edited: none of the old pods,
 * Services or externals remain and the new one has some. From an empty design, one new thing is
 * an edit (the first drop); several at once is a replacement (Open, a template).
 */
export function replaced(before: Design, after: Design): boolean {
  const next = topLevelIds(after);
  if (next.length === 0) return false;
  const old = new Set(topLevelIds(before));
  if (old.size === 0 && next.length === 1) return false;
  return next.every((id) => !old.has(id));
}
