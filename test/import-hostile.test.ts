/**
 * Hostile input (DESIGN.md, "Bad input"): each case gets a clear error (or a design with a note) that
 * carries a position, never an exception, never a hang: every case finishes within two seconds.
 */
import { describe, expect, it } from 'vitest';
import { importManifests, type ImportNote, type ImportResult } from '../src/core/import';

const LIMIT_MS = 2000;

function timed(text: string, name = 'input.yaml'): { result: ImportResult; ms: number } {
  const start = performance.now();
  const result = importManifests([{ name, text }]);
  return { result, ms: performance.now() - start };
}

function errors(result: ImportResult): ImportNote[] {
  if (result.ok)
    throw new Error(`expected the import to fail; notes: ${result.notes.map((n) => n.code).join(', ')}`);
  return result.errors;
}

const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

const deepBlock = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');

/** Bytes that are not text, read as UTF-8 the way the CLI and the browser read a dropped file. */
function garbage(length: number): string {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x & 0xff;
  }
  return new TextDecoder().decode(bytes);
}

describe('hostile input gets a clear error with a position', () => {
  it.each([
    ['an alias bomb', aliasBomb, 'alias-bomb', 2],
    ['a 20 MB file', `data: "${'x'.repeat(20 * 1024 * 1024)}"\n`, 'too-large', 1],
    ['flow sequences 10,000 deep', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'too-deep', 1],
    ['flow mappings 10,000 deep', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`, 'too-deep', 1],
    ['compact sequences 10,000 deep', `${'- '.repeat(10_000)}x`, 'too-deep', 1],
    ['block mappings 1,000 deep', deepBlock, 'too-deep', 101],
    ['binary garbage', garbage(4096), 'binary', 1],
    ['binary with a NUL', `apiVersion: v1\nkind: Pod\u0000\n`, 'binary', 2],
    [
      'a Helm template',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\n',
      'helm-template',
      4,
    ],
    [
      'Helm control lines',
      '{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\n{{- end }}\n',
      'helm-template',
      1,
    ],
    ['a sed template', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{name}}\n', 'template', 4],
    ['a YAML syntax error', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b\n', 'yaml-syntax', 4],
    ['a duplicate key', 'apiVersion: v1\nkind: Pod\nkind: Service\n', 'yaml-syntax', 3],
    ['tabs as indentation', 'services:\n\tweb:\n\t\timage: x\n', 'yaml-syntax', 2],
    ['a list at the top', '- apiVersion: v1\n  kind: Pod\n', 'unknown-format', 1],
    ['neither format', 'static_resources:\n  listeners: []\n', 'unknown-format', 1],
    ['an empty file', '', 'nothing-to-import', 1],
  ])('%s', (_name, text, code, line) => {
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(LIMIT_MS);
    const error = errors(result).find((e) => e.code === code);
    expect(error, `no ${code} in ${JSON.stringify(errors(result))}`).toBeDefined();
    expect(error).toMatchObject({ severity: 'error', file: 'input.yaml', line });
    expect(error!.column).toBeGreaterThanOrEqual(1);
    expect(error!.message.length).toBeGreaterThan(10);
  });

  it('keeps the literal {{…}} of a script inside a block scalar (not a template)', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  conf: |\n    project: {{PROJECT_ID}}\n';
    expect(timed(text).result.ok).toBe(true);
  });

  it('reads a kustomization as "not a manifest", and imports the manifests beside it', () => {
    const kustomization =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- web.yaml\n';
    const alone = errors(importManifests([{ name: 'kustomization.yaml', text: kustomization }]));
    expect(alone.find((n) => n.code === 'kustomization')).toMatchObject({
      file: 'kustomization.yaml',
      line: 1,
    });
    expect(alone.find((n) => n.code === 'kustomization')!.message).toContain('kustomize build');
    const both = importManifests([
      { name: 'kustomization.yaml', text: kustomization },
      {
        name: 'web.yaml',
        text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n',
      },
    ]);
    expect(both.ok).toBe(true);
    if (both.ok)
      expect(both.notes.find((n) => n.code === 'kustomization')).toMatchObject({ severity: 'warning' });
  });
});

describe('prototype keys', () => {
  const k8s = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  labels:',
    '    __proto__: {polluted: "yes"}',
    '    constructor: x',
    '    app: web',
    'spec:',
    '  containers:',
    '  - name: web',
    '    image: nginx',
    '    env:',
    '    - name: constructor',
    '      value: x',
    '---',
    'apiVersion: example.com/v1',
    'kind: Widget',
    'metadata: {name: w}',
    'spec: {__proto__: {polluted: "yes"}, prototype: 1}',
  ].join('\n');

  it('never reach an object prototype, and each is noted', () => {
    const result = importManifests([{ name: 'p.yaml', text: k8s }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.pods[0]!.labels).toEqual({ app: 'web' });
    expect(Object.getPrototypeOf(result.design.pods[0]!.labels)).toBe(Object.prototype);
    const kept = result.design.passthrough![0]!.object as { spec: object };
    expect(Object.keys(kept.spec)).toEqual([]);
    const dangerous = result.notes.filter((n) => n.code === 'dangerous-key');
    expect(dangerous.length).toBeGreaterThanOrEqual(3);
    for (const note of dangerous) expect(note.line).toBeGreaterThan(1);
  });

  it('are left out of a Compose file too', () => {
    const text =
      'services:\n  __proto__:\n    image: x\n  constructor:\n    image: y\n  web:\n    image: nginx\n    environment:\n      __proto__: x\n';
    const result = importManifests([{ name: 'compose.yaml', text }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.pods.map((p) => p.name)).toEqual(['web']);
    expect(result.notes.filter((n) => n.code === 'dangerous-key').map((n) => n.line)).toEqual([2, 4, 9]);
  });
});

describe('a Compose file with wrong types', () => {
  it.each([
    ['services is a list', 'services:\n  - web\n', 2],
    ['a service is text', 'services:\n  web: nginx\n', 2],
    ['ports is a number', 'services:\n  web:\n    image: nginx\n    ports: 80\n', 4],
    ['environment is a number', 'services:\n  web:\n    image: nginx\n    environment: 5\n', 4],
    ['image is a list', 'services:\n  web:\n    image: [nginx]\n', 3],
    ['command is a mapping', 'services:\n  web:\n    image: nginx\n    command: {a: 1}\n', 4],
    ['a volume entry is a number', 'services:\n  web:\n    image: nginx\n    volumes:\n      - 5\n', 5],
    ['healthcheck is text', 'services:\n  web:\n    image: nginx\n    healthcheck: yes\n', 4],
    ['depends_on is a number', 'services:\n  web:\n    image: nginx\n    depends_on: 3\n', 4],
  ])('%s', (_name, text, line) => {
    const { result, ms } = timed(text, 'compose.yaml');
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(errors(result).find((e) => e.code === 'compose-type')).toMatchObject({
      file: 'compose.yaml',
      line,
    });
  });
});
