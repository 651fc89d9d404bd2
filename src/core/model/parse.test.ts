import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../templates/sample';
import { aWebDesign } from '../testing/builders';
import { migrate, type Migration } from './migrations';
import { parseDesign, serializeDesign } from './parse';

const valid = serializeDesign(aWebDesign());

describe('parseDesign accepts', () => {
  it.each([
    ['the sample design', serializeDesign(sampleDesign())],
    ['a small design', valid],
  ])('%s, unchanged', (_, text) => {
    const result = parseDesign(text);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.design).toEqual(JSON.parse(text));
  });

  it('fills defaults for absent fields', () => {
    const result = parseDesign(
      '{"format":"podwright/v1","pods":[{"id":"p","name":"web","containers":[{"name":"app"}]}]}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design).toMatchObject({
      name: 'untitled',
      target: { kubernetes: '1.33' },
      services: [],
      pods: [
        {
          workload: 'Deployment',
          volumes: [],
          containers: [{ role: 'app', ports: [], env: [], mounts: [] }],
        },
      ],
    });
    expect(result.design.pods[0]!.containers[0]!.id).toMatch(/^c_/);
  });

  it('keeps unknown fields at every level, so newer files survive', () => {
    const design = { ...aWebDesign(), boundedContexts: [{ name: 'shop' }] } as Record<string, unknown>;
    (design.pods as Record<string, unknown>[])[0]!.futureField = { x: 1 };
    const result = parseDesign(JSON.stringify(design));
    expect(result.ok && result.design).toMatchObject({
      boundedContexts: [{ name: 'shop' }],
      pods: [{ futureField: { x: 1 } }],
    });
  });

  it('drops prototype-reaching keys with a warning', () => {
    const text =
      '{"format":"podwright/v1","__proto__":{"polluted":true},"pods":[{"id":"p","name":"a","constructor":1}]}';
    const result = parseDesign(text);
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ code: 'dangerous-key' }, { code: 'dangerous-key' }],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.design)).not.toContain('__proto__');
  });
});

describe('parseDesign refuses, saying why and where', () => {
  it.each<{ name: string; text: string; code: string; message: RegExp; line?: number; column?: number }>([
    { name: 'empty text', text: '', code: 'json-syntax', message: /empty/, line: 1, column: 1 },
    {
      name: 'broken JSON',
      text: '{\n  "format": "podwright/v1",\n  "name": }',
      code: 'json-syntax',
      message: /not valid JSON/,
      line: 3,
      column: 11,
    },
    {
      name: 'binary garbage',
      text: 'PK\u0003\u0004\u0000\u0000garbage',
      code: 'binary',
      message: /binary/,
      line: 1,
      column: 5,
    },
    { name: 'a list', text: '[1,2]', code: 'not-a-design', message: /JSON object, not a list/ },
    {
      name: 'another JSON file',
      text: '{"name":"my-package","version":"1.0.0"}',
      code: 'format-unknown',
      message: /no "format"/,
    },
    {
      name: 'a newer format',
      text: '{"format":"podwright/v9"}',
      code: 'format-newer',
      message: /newer Podwright/,
      line: 1,
      column: 11,
    },
    {
      name: 'nesting 10,000 deep',
      text: '['.repeat(10_000) + ']'.repeat(10_000),
      code: 'too-deep',
      message: /nested/,
      line: 1,
      column: 201,
    },
    {
      name: 'a wrong type, with the line of the field',
      text: '{\n  "format": "podwright/v1",\n  "pods": [\n    { "id": "p", "name": "web", "replicas": "three" }\n  ]\n}',
      code: 'invalid-field',
      message: /"replicas" must be a number/,
      line: 4,
      column: 45,
    },
    {
      name: 'a licence that is not text',
      text: '{"format":"podwright/v1","pods":[{"id":"p","name":"web","containers":[{"id":"c","name":"app","license":42}]}]}',
      code: 'invalid-field',
      message: /"license" must be/,
    },
    {
      name: 'an invalid name',
      text: '{"format":"podwright/v1","pods":[{"id":"p","name":"Web App"}]}',
      code: 'name-invalid',
      message: /DNS-1123/,
    },
    {
      name: 'a dangling connection',
      text: '{"format":"podwright/v1","connections":[{"id":"e","from":"nobody","to":{"id":"x","port":"p"}}]}',
      code: 'connection-from-missing',
      message: /does not exist/,
    },
  ])('$name', ({ text, code, message, line, column }) => {
    const result = parseDesign(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code });
    expect(result.errors[0]!.message).toMatch(message);
    if (line !== undefined) expect(result.errors[0]).toMatchObject({ line, column });
  });

  it('refuses more than 20 MB before parsing', () => {
    const result = parseDesign(' '.repeat(20 * 1024 * 1024 + 1));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-large' }] });
  });
});

describe('migrations', () => {
  const renameTitle: Migration = {
    from: 1,
    describe: 'title -> name',
    up: (raw) => ({ ...raw, name: raw.title ?? 'untitled' }),
  };

  it('runs each step from the file version to the current one', () => {
    expect(migrate({ title: 'old' }, 1, [renameTitle], 2)).toEqual({
      ok: true,
      raw: { title: 'old', name: 'old' },
    });
  });

  it('refuses a version with no path to the current one', () => {
    expect(migrate({}, 0, [renameTitle], 2)).toMatchObject({
      ok: false,
      message: /No migration from format v0/,
    });
  });
});
