/**
 * Findings travel from the checks worker as a delta from the last list sent: a change to a design
 * changes a finding or two, while a 200-pod design has around 800 of them, and copying them all across
 * on every change costs the page a few milliseconds that the editor's text may be waiting behind. The
 * delta keeps the longest common head and tail and sends only what is between; findings kept are the
 * same objects on the page, as before.
 *
 * Both ends must see every delta, in order: the worker's `previous` is the page's.
 */
import type { Diagnostic } from '../../../core';

export interface FindingsDelta {
  /** How many findings at the start, and at the end, of the previous list are kept. */
  head: number;
  tail: number;
  /** The findings between them. */
  middle: Diagnostic[];
}

function sameFinding(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.target.kind === b.target.kind &&
    a.target.id === b.target.id &&
    a.target.name === b.target.name &&
    (a.fix === b.fix || JSON.stringify(a.fix) === JSON.stringify(b.fix))
  );
}

/** The delta that turns `previous` into `next`. */
export function diffFindings(previous: readonly Diagnostic[], next: Diagnostic[]): FindingsDelta {
  const limit = Math.min(previous.length, next.length);
  let head = 0;
  while (head < limit && sameFinding(previous[head]!, next[head]!)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    sameFinding(previous[previous.length - 1 - tail]!, next[next.length - 1 - tail]!)
  )
    tail++;
  return { head, tail, middle: next.slice(head, next.length - tail) };
}

/** The list a delta stands for, given the list the last delta stood for. */
export function applyFindingsDelta(previous: readonly Diagnostic[], delta: FindingsDelta): Diagnostic[] {
  if (delta.head + delta.tail > previous.length) throw new Error('The findings delta does not fit the list.');
  return [...previous.slice(0, delta.head), ...delta.middle, ...previous.slice(previous.length - delta.tail)];
}
