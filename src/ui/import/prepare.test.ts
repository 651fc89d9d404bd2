/**
 * Hostile input through the app's import path: each gives a clear error with a position, within two
 * seconds, and no design (so the design on screen cannot change).
 */
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './input';
import { prepareImport } from './prepare';

const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: bomb}',
  'data: {x: *i}',
].join('\n');

const CASES = [
  { name: 'an alias bomb', text: aliasBomb },
  { name: '10,000-deep nesting', text: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  {
    name: '10,000-deep block nesting',
    text: Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
  },
  {
    name: 'binary garbage',
    text: String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
  },
  {
    name: 'a Helm template',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n',
  },
  {
    name: 'a Compose file with wrong types',
    text: 'services:\n  web:\n    image: 42\n    ports: "eighty"\n    environment: 7\n',
  },
];

describe('hostile input', () => {
  it.each(CASES)('$name: an error with a position, fast, no design', ({ text }) => {
    const start = performance.now();
    const outcome = prepareImport([{ name: 'hostile.yaml', text }]);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^Import failed: hostile\.yaml:\d+:\d+ — .+Nothing was changed\.$/);
  });

  it('__proto__ and constructor keys are left out with a warning at their place, polluting nothing', () => {
    const text = 'services:\n  web:\n    image: nginx\n    __proto__: {polluted: true}\n    constructor: 5\n';
    const outcome = prepareImport([{ name: 'proto.yaml', text }]);
    const notes = outcome.ok ? outcome.notes : outcome.errors;
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'dangerous-key', file: 'proto.yaml', line: 4, column: 5 }),
        expect.objectContaining({ code: 'dangerous-key', file: 'proto.yaml', line: 5, column: 5 }),
      ]),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a 20 MB file is refused before it is read', async () => {
    const outcome = await readImportFiles([
      { name: 'big.yaml', size: 20 * 1024 * 1024, text: () => Promise.reject(new Error('read')) },
    ]);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^big\.yaml:1:1 — /) });
  });

  it('a plain manifest imports, with its notes', () => {
    const outcome = prepareImport([
      {
        name: 'web.yaml',
        text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: "nginx:1.27", ports: [{containerPort: 80}]}]\n',
      },
    ]);
    expect(outcome).toMatchObject({ ok: true, design: { pods: [{ name: 'web' }] } });
  });
});

describe('importInWorker', () => {
  it('imports on this thread where there are no workers (Node, old browsers), with the same outcome', async () => {
    const { importInWorker } = await import('./run-import');
    const outcome = await importInWorker([
      { name: 'chart.yaml', text: 'metadata:\n  name: {{ .Release.Name }}\n' },
    ]);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Import failed: chart\.yaml:2:\d+/),
    });
  });
});
