import { describe, expect, it } from 'vitest';
import { aDesign, aPod, aService } from '../../core/testing/builders';
import { failureMessage, importSummary, isJsonManifest, looksLikeManifest, readImportFiles } from './input';

const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

describe('looksLikeManifest', () => {
  it.each([
    {
      name: 'a Deployment',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      yes: true,
    },
    { name: 'a Compose file', text: 'services:\n  web:\n    image: nginx\n', yes: true },
    { name: 'a JSON object', text: '{"apiVersion": "v1", "kind": "Service"}', yes: true },
    { name: 'a pod name', text: 'web-frontend', yes: false },
    { name: 'a URL', text: 'https://example.com/kind: x', yes: false },
    { name: 'a design file', text: '{"format": "podwright/v1", "apiVersion": "x", "kind": "y"}', yes: false },
    { name: 'prose about services', text: 'services: many\n', yes: false },
  ])('$name -> $yes', ({ text, yes }) => {
    expect(looksLikeManifest(text)).toBe(yes);
  });

  it('tells JSON manifests from designs', () => {
    expect(isJsonManifest('{"apiVersion":"v1","kind":"List","items":[]}')).toBe(true);
    expect(isJsonManifest('{"format":"podwright/v1","name":"x"}')).toBe(false);
  });
});

describe('readImportFiles', () => {
  it('refuses a file over the limit by its size, before reading it', async () => {
    let read = false;
    const huge = {
      name: 'huge.yaml',
      size: 20 * 1024 * 1024,
      text: async () => {
        read = true;
        return '';
      },
    };
    const outcome = await readImportFiles([file('a.yaml', 'kind: x'), huge]);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^huge\.yaml:1:1 — The file is 20 MB/),
    });
    expect(read).toBe(false);
  });

  it('reads several files in order', async () => {
    const outcome = await readImportFiles([file('a.yaml', 'a: 1'), file('b.yml', 'b: 2')]);
    expect(outcome).toEqual({
      ok: true,
      files: [
        { name: 'a.yaml', text: 'a: 1' },
        { name: 'b.yml', text: 'b: 2' },
      ],
    });
  });

  it('says so when a file cannot be read', async () => {
    const broken = { name: 'gone.yaml', size: 3, text: () => Promise.reject(new Error('gone')) };
    expect(await readImportFiles([broken])).toMatchObject({
      ok: false,
      message: /gone\.yaml could not be read/,
    });
  });
});

describe('messages', () => {
  it('summarises an import for the notice', () => {
    const design = aDesign({ pods: [aPod(), aPod({ id: 'p2', name: 'b' })], services: [aService()] });
    expect(importSummary(design, 3, false)).toBe(
      'Imported 2 pods, 1 service, 3 notes. Undo brings back the previous design.',
    );
    expect(importSummary(design, 1, true, 2)).toBe(
      'Merged 2 pods, 1 service, 1 note. 2 names changed to stay unique. Undo brings back the previous design.',
    );
  });

  it('points at the first error with file:line:col', () => {
    const note = {
      code: 'x',
      severity: 'error' as const,
      message: 'Bad.',
      file: 'a.yaml',
      line: 3,
      column: 5,
    };
    expect(failureMessage([note, { ...note, severity: 'warning' }])).toBe(
      'Import failed: a.yaml:3:5 — Bad. (and 1 more). Nothing was changed.',
    );
  });
});
