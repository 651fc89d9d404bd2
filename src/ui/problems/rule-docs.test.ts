import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './rule-docs';

describe('markdownBlocks', () => {
  it.each([
    [
      'a heading and a paragraph over two lines',
      '# Title\n\nOne\ntwo.',
      [
        { kind: 'heading', text: 'Title' },
        { kind: 'text', text: 'One two.' },
      ],
    ],
    [
      'fenced code kept verbatim',
      '```json\n{ "a": 1 }\n  x\n```',
      [{ kind: 'code', text: '{ "a": 1 }\n  x' }],
    ],
    [
      'HTML stays text',
      '<img src=x onerror=alert(1)>',
      [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }],
    ],
    ['an unclosed fence ends the page', '```\ncode', [{ kind: 'code', text: 'code' }]],
  ])('%s', (_, markdown, blocks) => {
    expect(markdownBlocks(markdown)).toEqual(blocks);
  });
});
