import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commentBody, serializeYaml, type YamlDocumentSpec } from './yaml';

const lines = (text: string, start: number, end: number) =>
  text
    .split('\n')
    .slice(start - 1, end)
    .join('\n');

describe('serializeYaml', () => {
  it('joins documents with --- and gives each its whole range, comment included', () => {
    const { text, ranges } = serializeYaml(
      [
        { value: { kind: 'A', list: [1, 2] }, comment: 'First object.', ids: ['a'] },
        { value: { kind: 'B' }, ids: ['b'] },
      ],
      'A header.',
    );
    expect(text).toBe('# A header.\n\n# First object.\nkind: A\nlist:\n  - 1\n  - 2\n---\nkind: B\n');
    expect(ranges).toEqual([
      { id: 'a', start: 3, end: 7 },
      { id: 'b', start: 9, end: 9 },
    ]);
  });

  it.each([
    {
      case: 'a sequence item, with its comment',
      spec: {
        value: { items: [{ name: 'x', deep: { a: 1 } }, { name: 'y' }] },
        marks: [{ path: ['items', 0], ids: ['x'], comment: 'the x' }],
      },
      id: 'x',
      expected: '  # the x\n  - name: x\n    deep:\n      a: 1',
    },
    {
      case: 'the last item of a nested list',
      spec: {
        value: { a: { items: [{ name: 'x' }, { name: 'w', v: [1] }] }, b: 2 },
        marks: [{ path: ['a', 'items', 1], ids: ['w'] }],
      },
      id: 'w',
      expected: '    - name: w\n      v:\n        - 1',
    },
    {
      case: 'a map entry, by its key',
      spec: {
        value: { meta: { a: '1', b: 'two\nlines\n', c: '3' } },
        marks: [{ path: ['meta', 'b'], ids: ['b'] }],
      },
      id: 'b',
      expected: '  b: |\n    two\n    lines',
    },
  ] satisfies { case: string; spec: YamlDocumentSpec; id: string; expected: string }[])(
    'ranges $case',
    ({ spec, id, expected }) => {
      const { text, ranges } = serializeYaml([spec]);
      const range = ranges.find((r) => r.id === id)!;
      expect(lines(text, range.start, range.end)).toBe(expected);
      expect(text).not.toContain('@pw');
    },
  );

  it('lets several entities share one marked node', () => {
    const { ranges } = serializeYaml([
      { value: { a: 1, b: 2 }, marks: [{ path: ['b'], ids: ['e1', 'e2'] }] },
    ]);
    expect(ranges).toEqual([
      { id: 'e1', start: 2, end: 2 },
      { id: 'e2', start: 2, end: 2 },
    ]);
  });

  it('ignores marks whose path is not in the value', () => {
    const { text, ranges } = serializeYaml([
      { value: { a: 1 }, marks: [{ path: ['nope', 0], ids: ['x'], comment: 'c' }] },
    ]);
    expect(text).toBe('a: 1\n');
    expect(ranges).toEqual([]);
  });

  it('is not fooled by user text that looks like a marker', () => {
    const value = { data: { file: '#@pw:0\n  #@pw:1\nend\n' }, items: [{ a: 1 }, { b: 2 }] };
    const { text, ranges } = serializeYaml([{ value, marks: [{ path: ['items', 1], ids: ['b'] }] }]);
    expect(parse(text)).toEqual(value);
    expect(lines(text, ranges[0]!.start, ranges[0]!.end)).toBe('  - b: 2');
  });

  it('writes no anchors for repeated objects', () => {
    const shared = { app: 'web' };
    const { text } = serializeYaml([{ value: { a: shared, b: shared } }]);
    expect(text).not.toMatch(/[&*]a1/);
    expect(parse(text)).toEqual({ a: shared, b: shared });
  });

  it.each([
    'yes',
    'no',
    'on',
    'off',
    'y',
    'N',
    'true',
    'null',
    '~',
    '0755',
    '1_000',
    '1:20',
    '0b101',
    '0x1F',
    '.inf',
    '1e3',
    '2001-12-14',
    '2001-12-14T21:59:43Z',
    '<<',
    '=',
    '12',
    '1.0',
  ])('quotes %j, which a YAML 1.1 reader would not read as a string', (value) => {
    const { text } = serializeYaml([{ value: { key: value } }]);
    expect(text).toMatch(/^key: ["']/);
    expect(parse(text, { version: '1.1' })).toEqual({ key: value });
  });

  it.each(['1.2.3', '3.2.0', '300s', '127.0.0.1:6379', 'nginx:1.27', 'no way'])(
    'leaves %j plain',
    (value) => {
      expect(serializeYaml([{ value: { key: value } }]).text).toBe(`key: ${value}\n`);
    },
  );

  it.each([
    'a # not a comment',
    'key: value',
    '{{ template }}',
    '- dash',
    '*star',
    '&amp',
    '!bang',
    '%percent',
    '@at',
    '`tick',
    "'quote'",
    '"double"',
    'trailing space ',
    ' leading space',
    'line one\nline two',
    'tab\there',
    'cr\rlf',
    '---',
    '...',
    'bell\u0007',
    'nul\u0000',
  ])('keeps %j exact in a value and harmless in a comment', (text) => {
    const spec: YamlDocumentSpec = {
      value: { v: text, list: [{ x: 1 }] },
      comment: text,
      marks: [{ path: ['list', 0], ids: ['x'], comment: text }],
    };
    const out = serializeYaml([spec, { value: { after: true } }]);
    const docs = parseAllDocuments(out.text);
    expect(docs.map((d) => d.errors)).toEqual([[], []]);
    expect(docs.map((d) => d.toJS())).toEqual([{ v: text, list: [{ x: 1 }] }, { after: true }]);
  });
});

describe('commentBody', () => {
  it.each([
    { text: 'plain', expected: ' plain' },
    { text: 'two\nlines', expected: ' two\n lines' },
    { text: 'crlf\r\nand cr\rend', expected: ' crlf\n and cr\n end' },
    { text: '\n\nblank edges\n\n', expected: ' blank edges' },
    { text: 'inner\n\nblank', expected: ' inner\n \n blank' },
    { text: 'control\u0001char', expected: ' control\ufffdchar' },
    { text: 'separators\u2028and\u2029', expected: ' separators\n and' },
    { text: '   ', expected: '' },
  ])('$text', ({ text, expected }) => {
    expect(commentBody(text)).toBe(expected);
  });
});

describe('serializeYaml, property', () => {
  it('round-trips any text and keeps every range inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ unit: 'binary', maxLength: 40 }),
            comment: fc.string({ unit: 'binary', maxLength: 40 }),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (items) => {
          const value = { items: items.map((item, i) => ({ name: `n${i}`, text: item.text })) };
          const marks = items.map((item, i) => ({
            path: ['items', i],
            ids: [`id${i}`],
            comment: item.comment,
          }));
          const { text, ranges } = serializeYaml([
            { value, marks, comment: items[0]!.comment, ids: ['doc'] },
          ]);
          const doc = parseAllDocuments(text);
          expect(doc.map((d) => d.errors.length)).toEqual([0]);
          expect(doc[0]!.toJS()).toEqual(value);
          const count = text.split('\n').length - 1;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThanOrEqual(1);
            expect(range.end).toBeLessThanOrEqual(count);
            if (range.id !== 'doc')
              expect(lines(text, range.end, range.end)).toMatch(/^ {2}- name: n\d+$|^ {4}text:|^ {6}/);
          }
        },
      ),
      { seed: 20251128, numRuns: 200 },
    );
  }, 60_000);
});
