import { describe, expect, it } from 'vitest';
import { sampleDesign, serializeDesign } from '../../core';
import { designFileName, readDesignText, sizeProblem } from './design-file';

describe('readDesignText', () => {
  it.each([
    {
      name: 'invalid JSON',
      text: '{\n  "format": "podwright/v1",\n  "name": \n}',
      pattern: /^bad\.json 4:1 — This is not valid JSON: unexpected "}"\.$/,
    },
    { name: 'an empty file', text: '', pattern: /^bad\.json 1:1 — The file is empty\./ },
    {
      name: 'a JSON array',
      text: '[]',
      pattern: /^bad\.json( \d+:\d+)? — A design file holds a JSON object/,
    },
  ])('refuses $name with the position of the first error', ({ text, pattern }) => {
    const outcome = readDesignText('bad.json', text);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(pattern) });
  });

  it('points at a field of the wrong type by line and column', () => {
    const design = sampleDesign();
    const text = serializeDesign(design).replace('"replicas": 2', '"replicas": "two"');
    const line = text.split('\n').findIndex((l) => l.includes('"two"')) + 1;
    const outcome = readDesignText('shop.json', text);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(new RegExp(`^shop\\.json ${line}:\\d+ — .*replicas`));
  });

  it('opens a valid design', () => {
    const outcome = readDesignText('shop.podwright.json', serializeDesign(sampleDesign()));
    expect(outcome).toMatchObject({
      ok: true,
      design: { name: 'legacy-shop' },
      message: /^Opened shop\.podwright\.json/,
    });
  });
});

describe('file names and sizes', () => {
  it.each([
    { name: 'legacy-shop', file: 'legacy-shop.podwright.json' },
    { name: 'My Shop / v2', file: 'my-shop-v2.podwright.json' },
    { name: '***', file: 'design.podwright.json' },
  ])('saves "$name" as $file', ({ name, file }) => {
    expect(designFileName({ ...sampleDesign(), name })).toBe(file);
  });

  it('refuses files over the limit before reading them', () => {
    expect(sizeProblem('big.json', 21 * 1024 * 1024)).toMatch(
      /big\.json is 21 MB; a design file may be at most 20 MB/,
    );
    expect(sizeProblem('small.json', 1000)).toBeNull();
  });
});
