import { describe, expect, it } from 'vitest';
import { makeContainer, makeDesign, makeExternal, makePod, makeService, TEMPLATES } from '../../core';
import { describeSize } from './describe-size';

describe('describeSize', () => {
  const pod = (containers: number) => ({
    ...makePod(),
    containers: Array.from({ length: containers }, () => makeContainer('app')),
  });
  it.each([
    { name: 'empty', design: makeDesign(), text: '' },
    { name: 'one of each', design: { ...makeDesign(), pods: [pod(1)] }, text: '1 pod · 1 container' },
    {
      name: 'plurals',
      design: {
        ...makeDesign(),
        pods: [pod(2), pod(1)],
        services: [makeService(), makeService()],
        externals: [makeExternal()],
      },
      text: '2 pods · 3 containers · 2 services · 1 external',
    },
  ])('$name', ({ design, text }) => {
    expect(describeSize(design)).toBe(text);
  });

  it('describes every template of the gallery', () => {
    for (const template of TEMPLATES) expect(describeSize(template.design())).toMatch(/^\d+ pods? · /);
  });
});
