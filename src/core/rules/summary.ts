import type { Diagnostic, Severity } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings by the id of the entity they point at (the design's own findings under ''). */
export function groupByTarget(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.target.id);
    if (list) list.push(d);
    else groups.set(d.target.id, [d]);
  }
  return groups;
}

/** The worst severity among findings, for a badge; undefined when there are none. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const d of diagnostics) if (worst === undefined || RANK[d.severity] < RANK[worst]) worst = d.severity;
  return worst;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** Whether a severity is at or above a threshold (`error` is above `warning`, which is above `info`). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] <= RANK[threshold];
}
