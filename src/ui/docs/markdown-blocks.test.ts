import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../core';
import { sampleDesign } from '../../core/templates/sample';
import { parseBlocks, parseInline, splitCells, type Block, type Inline } from './markdown-blocks';

/** The text a reader sees, however it is marked up. */
function plain(content: readonly Inline[]): string {
  return content
    .map((node) =>
      node.kind === 'text' || node.kind === 'code'
        ? node.text
        : node.kind === 'br'
          ? '\n'
          : plain(node.children),
    )
    .join('');
}

describe('parseInline', () => {
  it.each([
    { md: 'plain', nodes: [{ kind: 'text', text: 'plain' }] },
    { md: '&lt;script&gt; &amp; \\`x\\` \\| \\*', nodes: [{ kind: 'text', text: '<script> & `x` | *' }] },
    {
      md: 'a `b<c>` **d:** *f*',
      nodes: [
        { kind: 'text', text: 'a ' },
        { kind: 'code', text: 'b<c>' },
        { kind: 'text', text: ' ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'd:' }] },
        { kind: 'text', text: ' ' },
        { kind: 'em', children: [{ kind: 'text', text: 'f' }] },
      ],
    },
    {
      md: '[spec](https://e.example/a%28b%29) and \\[x\\](javascript:alert(1))',
      nodes: [
        { kind: 'link', href: 'https://e.example/a%28b%29', children: [{ kind: 'text', text: 'spec' }] },
        { kind: 'text', text: ' and [x](javascript:alert(1))' },
      ],
    },
    { md: '[x](javascript:alert(1))', nodes: [{ kind: 'text', text: '[x](javascript:alert(1))' }] },
    { md: 'a<br>b', nodes: [{ kind: 'text', text: 'a' }, { kind: 'br' }, { kind: 'text', text: 'b' }] },
  ])('$md', ({ md, nodes }) => expect(parseInline(md)).toMatchObject(nodes));
});

describe('splitCells', () => {
  it.each([
    { row: '| a | b |', cells: ['a', 'b'] },
    { row: '| a\\|b | `c` |', cells: ['a\\|b', '`c`'] },
    { row: '| — | x |', cells: ['—', 'x'] },
  ])('$row', ({ row, cells }) => expect(splitCells(row)).toEqual(cells));
});

describe('parseBlocks', () => {
  it('reads every block the exporter writes', () => {
    const blocks = parseBlocks(
      '# Title\n\nSome *text*\nmore.\n\n- **A:** b\n- c\n\n```mermaid\nflowchart LR\n  a\n```\n\n| H | I |\n| --- | --- |\n| 1 | 2 |\n\n---\n',
    );
    expect(blocks).toMatchObject<Partial<Block>[]>([
      { kind: 'heading', level: 1 },
      { kind: 'paragraph' },
      { kind: 'list', items: [expect.any(Array), expect.any(Array)] },
      { kind: 'code', info: 'mermaid', text: 'flowchart LR\n  a' },
      { kind: 'table', header: [expect.any(Array), expect.any(Array)], rows: [expect.any(Array)] },
      { kind: 'rule' },
    ]);
  });

  it('reads the sample design’s documentation into sections a person can follow', () => {
    const blocks = parseBlocks(exportMarkdown(sampleDesign()));
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${plain(b.content)}`] : []));
    expect(headings).toEqual(
      expect.arrayContaining(['2 Diagram', '3 Pod shop', '4 Container tls (sidecar)']),
    );
    expect(blocks.filter((b) => b.kind === 'code' && b.info === 'mermaid')).toHaveLength(1);
    for (const table of blocks.filter((b) => b.kind === 'table'))
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });
});
