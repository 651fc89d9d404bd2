import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, diffLines, lineEdits, narrowEdits } from './text-edits';

const lines = (...items: string[]) => `${items.join('\n')}\n`;

describe('lineEdits', () => {
  it.each([
    ['identical texts', lines('a', 'b'), lines('a', 'b'), 0],
    ['one changed line', lines('a', 'b', 'c'), lines('a', 'B', 'c'), 1],
    ['two distant changes stay two edits', lines('a', 'b', 'c', 'd', 'e'), lines('A', 'b', 'c', 'd', 'E'), 2],
    ['an insertion', lines('a', 'c'), lines('a', 'b', 'c'), 1],
    ['a deletion', lines('a', 'b', 'c'), lines('a', 'c'), 1],
    ['from empty', '', lines('a'), 1],
    ['to empty', lines('a', 'b'), '', 1],
    ['no final newline', 'a\nb', 'a\nc', 1],
  ])('%s', (_name, before, after, count) => {
    const edits = lineEdits(before, after);
    expect(edits).toHaveLength(count);
    expect(applyTextEdits(before, edits)).toBe(after);
  });

  it('touches only the changed lines, so text around them keeps its offsets', () => {
    const before = lines('keep', 'old', 'keep too');
    const [edit] = lineEdits(before, lines('keep', 'new', 'keep too'));
    expect(edit).toEqual({ start: 5, end: 9, text: 'new\n' });
  });

  it('replaces the differing middle in one edit past the distance limit', () => {
    const before = lines('head', 'a', 'b', 'c', 'd', 'tail');
    const after = lines('head', 'A', 'b', 'C', 'd', 'tail');
    expect(lineEdits(before, after, 1)).toHaveLength(1);
    expect(applyTextEdits(before, lineEdits(before, after, 1))).toBe(after);
  });

  it('finds a shortest edit script', () => {
    const hunks = diffLines(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c'], 100);
    const changed = hunks.reduce((n, h) => n + (h.oldEnd - h.oldStart) + (h.newEnd - h.newStart), 0);
    expect(changed).toBe(5); // Myers' paper example: D = 5
  });

  it('turns any text into any other (seeded)', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', '', 'kind: Service', '  name: x'), { maxLength: 30 })
      .chain((items) => fc.tuple(fc.constant(items), fc.boolean()))
      .map(([items, finalNewline]) => items.join('\n') + (finalNewline && items.length > 0 ? '\n' : ''));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 40 }), (before, after, limit) => {
        const edits = lineEdits(before, after, limit);
        for (let i = 1; i < edits.length; i++)
          expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
        expect(applyTextEdits(before, edits)).toBe(after);
      }),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});

describe('lineEdits on large texts', () => {
  const big = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}: ${'x'.repeat(i % 50)}`);

  it('finds the shared lines past whole blocks and still yields a whole-line edit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('', 'changed', 'two\nlines'),
        fc.boolean(),
        (at, removed, inserted, finalNewline) => {
          const before = big(3000);
          const after = [...before];
          after.splice(at, removed, ...(inserted ? inserted.split('\n') : []));
          const end = finalNewline ? '\n' : '';
          const edits = lineEdits(before.join('\n') + end, after.join('\n') + end);
          expect(applyTextEdits(before.join('\n') + end, edits)).toBe(after.join('\n') + end);
          expect(edits.length).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 20261129, numRuns: 200 },
    );
  });
});

describe('narrowEdits', () => {
  it.each([
    [
      'a value inside a line',
      lines('image: a:1', 'x'),
      lines('image: a:2', 'x'),
      { start: 9, end: 10, text: '2' },
    ],
    ['a longer value', lines('a: 1'), lines('a: 100'), { start: 4, end: 4, text: '00' }],
    ['an added line', lines('a', 'c'), lines('a', 'b', 'c'), { start: 2, end: 2, text: 'b\n' }],
    ['a removed line', lines('a', 'b', 'c'), lines('a', 'c'), { start: 2, end: 4, text: '' }],
    [
      'a surrogate pair kept whole',
      lines('x \u{1F600}'),
      lines('x \u{1F601}'),
      { start: 2, end: 4, text: '\u{1F601}' },
    ],
  ])('%s', (_name, before, after, expected) => {
    const edits = narrowEdits(before, lineEdits(before, after));
    expect(edits).toEqual([expected]);
    expect(applyTextEdits(before, edits)).toBe(after);
  });

  it('make the same text as the edits they narrow (seeded)', () => {
    const line = fc.constantFrom(
      'a: 1',
      'a: 2',
      'b: 1',
      '',
      'kind: Service',
      '  name: x\u{1F600}',
      '  name: x\u{1F601}',
    );
    const text = fc.array(line, { maxLength: 20 }).map((items) => items.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = narrowEdits(before, lineEdits(before, after));
        for (let i = 1; i < edits.length; i++)
          expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
        expect(applyTextEdits(before, edits)).toBe(after);
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});
