import { describe, expect, it } from 'vitest';
import { applyChange, makeDesign, makePod, sampleDesign } from '../../../core';
import { replaced } from './replaced';

describe('telling a replaced design from an edited one', () => {
  const sample = sampleDesign();
  const empty = makeDesign();
  const onePod = applyChange(empty, { type: 'addPod', pod: makePod({ name: 'one' }) });
  it.each([
    { name: 'New, then Load sample', before: empty, after: sample, expected: true },
    {
      name: 'another design opened over the sample',
      before: sample,
      after: { ...sample, pods: [{ ...sample.pods[0]!, id: 'x' }], services: [], externals: [] },
      expected: true,
    },
    { name: 'the first drop on an empty design', before: empty, after: onePod, expected: false },
    {
      name: 'an edit',
      before: sample,
      after: applyChange(sample, { type: 'updatePod', id: 'pod-shop', patch: { name: 'web' } }),
      expected: false,
    },
    { name: 'New', before: sample, after: empty, expected: false },
  ])('$name: $expected', ({ before, after, expected }) => {
    expect(replaced(before, after)).toBe(expected);
  });
});
