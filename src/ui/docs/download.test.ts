import { describe, expect, it } from 'vitest';
import { fileBase, pngScale } from './download';

describe('fileBase', () => {
  it.each([
    ['legacy-shop', 'legacy-shop'],
    ['  my shop/v2 ', 'my-shop-v2'],
    ['<b>&"shop`</b>', 'b-shop-b'],
    ['...', 'design'],
    ['', 'design'],
  ])('%j -> %s', (name, base) => expect(fileBase(name)).toBe(base));
});

describe('pngScale', () => {
  it.each([
    { size: [1138, 248], scale: 2 },
    { size: [16384, 100], scale: 1 },
    { size: [30188, 16504], scale: Math.sqrt((64 * 1024 * 1024) / (30188 * 16504)) },
  ])('$size', ({ size: [w, h], scale }) => {
    expect(pngScale(w!, h!)).toBeCloseTo(scale, 6);
    expect(w! * h! * pngScale(w!, h!) ** 2).toBeLessThanOrEqual(64 * 1024 * 1024 + 1);
  });
});
