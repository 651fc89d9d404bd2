import { describe, expect, it } from 'vitest';
import { chooseDesignName, type NameClues } from './design-name';
import { importManifests } from './index';
import type { ImportFile } from './types';

const file = (name: string, pasted = false) => ({
  name,
  text: '',
  documents: [],
  ...(pasted ? { pasted } : {}),
});

describe('chooseDesignName', () => {
  const cases: { name: string; clues: NameClues; expected: string }[] = [
    { name: 'nothing at all', clues: {}, expected: 'imported' },
    {
      name: 'a given name wins',
      clues: { given: 'mine', recorded: 'ours', partOf: 'shop' },
      expected: 'mine',
    },
    { name: 'our recorded name', clues: { recorded: 'ours', partOf: 'shop' }, expected: 'ours' },
    {
      name: 'part-of before the file name',
      clues: { partOf: 'shop', file: file('web.yaml') },
      expected: 'shop',
    },
    { name: 'a Compose project name', clues: { project: 'blog', file: file('x.yaml') }, expected: 'blog' },
    {
      name: 'a file name before the namespace',
      clues: { file: file('guestbook.yaml'), namespace: 'prod' },
      expected: 'guestbook',
    },
    {
      name: 'a generic file name says nothing: the namespace',
      clues: { file: file('deployment.yaml'), namespace: 'prod', firstWorkload: 'web' },
      expected: 'prod',
    },
    {
      name: 'pasted text: not its placeholder name, the namespace',
      clues: { file: file('pasted.yaml', true), namespace: 'prod', firstWorkload: 'web' },
      expected: 'prod',
    },
    {
      name: 'pasted text without a namespace: the first workload',
      clues: { file: file('pasted.yaml', true), firstWorkload: 'web' },
      expected: 'web',
    },
    {
      name: 'pasted text with nothing: the fallback',
      clues: { file: file('pasted.yaml', true) },
      expected: 'imported',
    },
    {
      name: 'blank clues are skipped',
      clues: { given: '', partOf: '  ', firstWorkload: 'web' },
      expected: 'web',
    },
  ];
  it.each(cases)('$name', ({ clues, expected }) => {
    expect(chooseDesignName(clues)).toBe(expected);
  });
});

const deployment = (name: string, extra = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${extra}spec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: ${name}\n          image: example/${name}:1.0.0\n`;

describe('imported designs are named from their content when pasted', () => {
  const cases: { name: string; input: ImportFile; expected: string }[] = [
    {
      name: 'the part-of label the workloads agree on',
      input: {
        name: 'pasted.yaml',
        pasted: true,
        text: [
          deployment('web', '  labels: {app.kubernetes.io/part-of: shop}\n'),
          deployment('api', '  labels: {app.kubernetes.io/part-of: shop}\n'),
        ].join('---\n'),
      },
      expected: 'shop',
    },
    {
      name: 'the namespace when the labels disagree',
      input: {
        name: 'pasted.yaml',
        pasted: true,
        text: [
          deployment('web', '  namespace: prod\n  labels: {app.kubernetes.io/part-of: shop}\n'),
          deployment('api', '  namespace: prod\n  labels: {app.kubernetes.io/part-of: blog}\n'),
        ].join('---\n'),
      },
      expected: 'prod',
    },
    {
      name: 'the first workload',
      input: {
        name: 'pasted.yaml',
        pasted: true,
        text: [deployment('web'), deployment('api')].join('---\n'),
      },
      expected: 'web',
    },
    {
      name: 'Compose: the project name',
      input: {
        name: 'pasted.yaml',
        pasted: true,
        text: 'name: blog\nservices:\n  web:\n    image: nginx:1.27\n',
      },
      expected: 'blog',
    },
    {
      name: 'Compose without a project name: the first service',
      input: { name: 'pasted.yaml', pasted: true, text: 'services:\n  web:\n    image: nginx:1.27\n' },
      expected: 'web',
    },
    {
      name: 'a file keeps its file name',
      input: { name: 'guestbook.yaml', text: deployment('web') },
      expected: 'guestbook',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const result = importManifests([input]);
    expect(result).toMatchObject({ ok: true, design: { name: expected } });
  });
});
