import { describe, expect, it } from 'vitest';
import { entityAtLine, rangesFromStarts, type EntityStart } from './ranges';

const pod = (id: string, line: number): EntityStart => ({ id, line, outer: true });
const inner = (id: string, line: number): EntityStart => ({ id, line, outer: false });

describe('ranges of a text the user wrote, from where its entities start', () => {
  it.each([
    { name: 'nothing', starts: [], lines: 10, expected: [] },
    {
      name: 'a pod with two containers, then a service',
      starts: [pod('p', 3), inner('a', 8), inner('b', 14), pod('s', 20)],
      lines: 30,
      expected: [
        { id: 'p', start: 3, end: 19 },
        { id: 'a', start: 8, end: 13 },
        { id: 'b', start: 14, end: 19 },
        { id: 's', start: 20, end: 30 },
      ],
    },
    {
      name: 'a Compose service: pod and container on the same line, given in either order',
      starts: [inner('c', 2), pod('p', 2), pod('q', 9), inner('d', 9)],
      lines: 12,
      expected: [
        { id: 'p', start: 2, end: 8 },
        { id: 'c', start: 2, end: 8 },
        { id: 'q', start: 9, end: 12 },
        { id: 'd', start: 9, end: 12 },
      ],
    },
    {
      name: 'starts out of order, and one past the end of the text',
      starts: [pod('late', 40), pod('early', 1)],
      lines: 30,
      expected: [
        { id: 'early', start: 1, end: 39 },
        { id: 'late', start: 40, end: 40 },
      ],
    },
  ])('$name', ({ starts, lines, expected }) => {
    expect(rangesFromStarts(starts, lines)).toEqual(expected);
  });

  it('puts a line inside a container with its container, and the pod header with its pod', () => {
    const ranges = rangesFromStarts([pod('p', 1), inner('a', 5), inner('b', 9)], 12);
    expect([1, 4, 5, 8, 9, 12].map((line) => entityAtLine(ranges, line))).toEqual([
      'p',
      'p',
      'a',
      'a',
      'b',
      'b',
    ]);
  });
});
