import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it.each([
    { text: '{"a": 1, "b": [true, null, "x\\n", -1.5e3]}', at: -1 },
    { text: ' [ ] ', at: -1 },
    { text: '{\n "a": \n}', at: 9 },
    { text: '[1,]', at: 3 },
    { text: '{"a":1', at: 6 },
    { text: '{a:1}', at: 1 },
    { text: '{"a":1}x', at: 7 },
    { text: 'tru', at: 3 },
    { text: '"bad \\q escape"', at: 6 },
    { text: '{"a": 01}', at: 7 },
    { text: '', at: 0 },
  ])('$text -> $at', ({ text, at }) => {
    expect(jsonErrorOffset(text)).toBe(at);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['1', '-0', '"\\u00e9"', '{"":{}}', '[[],[{}]]', '1.', '.5', '+1', "'a'", '[,]']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === -1, text).toBe(valid);
    }
  });
});
