import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core';
import { applyFindingsDelta, diffFindings } from './findings-delta';

const finding = (rule: string, id = 'p1', message = `${rule} on ${id}`): Diagnostic => ({
  rule,
  severity: 'warning',
  message,
  target: { kind: 'pod', id, name: id },
});

const a = finding('a');
const b = finding('b');
const c = finding('c');
const d = finding('d');

describe('findings deltas', () => {
  it.each([
    {
      case: 'nothing changed',
      previous: [a, b, c],
      next: [a, b, c],
      delta: { head: 3, tail: 0, middle: [] },
    },
    { case: 'one removed', previous: [a, b, c], next: [a, c], delta: { head: 1, tail: 1, middle: [] } },
    { case: 'one added', previous: [a, c], next: [a, b, c], delta: { head: 1, tail: 1, middle: [b] } },
    { case: 'one replaced', previous: [a, b, c], next: [a, d, c], delta: { head: 1, tail: 1, middle: [d] } },
    { case: 'from none', previous: [], next: [a, b], delta: { head: 0, tail: 0, middle: [a, b] } },
    { case: 'to none', previous: [a, b], next: [], delta: { head: 0, tail: 0, middle: [] } },
    {
      case: 'a message that changed',
      previous: [a, b],
      next: [a, finding('b', 'p1', 'other')],
      delta: { head: 1, tail: 0, middle: [finding('b', 'p1', 'other')] },
    },
    {
      case: 'a fix that changed',
      previous: [{ ...a, fix: { title: 'Fix', changes: [] } }],
      next: [{ ...a, fix: { title: 'Fix it', changes: [] } }],
      delta: { head: 0, tail: 0, middle: [{ ...a, fix: { title: 'Fix it', changes: [] } }] },
    },
  ])('$case', ({ previous, next, delta }) => {
    expect(diffFindings(previous, next)).toEqual(delta);
    expect(applyFindingsDelta(previous, diffFindings(previous, next))).toEqual(next);
  });

  it('keep the findings that did not change as the same objects', () => {
    const next = applyFindingsDelta([a, b, c], diffFindings([a, b, c], [a, finding('b'), d, c]));
    expect(next[0]).toBe(a);
    expect(next[3]).toBe(c);
  });

  it('rebuild every list from a run of deltas, through a structured clone (seeded)', () => {
    const list = fc.array(fc.constantFrom(a, b, c, d, finding('e', 'p2')), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 10 }), (lists) => {
        let sent: Diagnostic[] = [];
        let shown: Diagnostic[] = [];
        for (const next of lists) {
          shown = applyFindingsDelta(shown, structuredClone(diffFindings(sent, next)));
          sent = next;
          expect(shown).toEqual(next);
        }
      }),
      { seed: 20261129, numRuns: 200 },
    );
  });
});
