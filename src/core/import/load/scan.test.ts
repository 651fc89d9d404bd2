import { describe, expect, it } from 'vitest';
import { checkImportText } from './guard';
import { scanYamlStructure } from './scan';

describe('scanYamlStructure', () => {
  it.each([
    ['a flat mapping', 'a: 1\nb: 2\n', 3, -1],
    ['nesting within the limit', 'a:\n  b:\n    c: 1\n', 3, -1],
    ['block nesting past the limit', 'a:\n b:\n  c:\n   d: 1\n', 3, 15],
    ['compact sequences past the limit', '- - - - x\n', 3, 4],
    ['flow nesting past the limit', 'a: [[[[1]]]]\n', 3, 5],
    ['brackets inside quotes', 'a: "[[[[[["\nb: \'{{{{{\'\n', 3, -1],
    ['brackets inside a block scalar', 'a: |\n  [[[[[[\n  {{{{{{\nb: 1\n', 3, -1],
    ['brackets in a comment', 'a: 1 # [[[[[[[[\n', 3, -1],
    ['brackets inside a plain scalar', 'cmd: test [ -f x ] && [ -d y ]\n', 3, -1],
  ])('%s', (_name, text, limit, deep) => {
    expect(scanYamlStructure(text, limit).deepOffset).toBe(deep);
  });

  it.each([
    ['a template value', 'name: {{ .Values.name }}\n', 6],
    ['a template line', '{{- if .Values.x }}\na: 1\n{{- end }}\n', 0],
    ['a template inside flow', 'a: [{{ .x }}]\n', 4],
    ['braces in a quoted value', 'a: "{{ .x }}"\n', -1],
    ['braces in a block scalar', 'a: |\n  {{ range .Alerts }}\n', -1],
    ['braces in a block scalar under a sequence item', '- script: |\n    {{x}}\n  image: y\n', -1],
  ])('%s', (_name, text, offset) => {
    expect(scanYamlStructure(text, 100).templateOffset).toBe(offset);
  });

  it('is linear on a long input', () => {
    const text = 'a:\n  b: [1, 2, {c: "d"}]\n'.repeat(200_000);
    const start = performance.now();
    expect(scanYamlStructure(text, 100)).toEqual({ deepOffset: -1, templateOffset: -1 });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('checkImportText', () => {
  it.each([
    ['text', 'a: 1\n', undefined],
    ['too long', 'a: 12345\n', 'too-large'],
    ['a NUL', 'a: \u0000\n', 'binary'],
    ['undecodable bytes', '\ufffd'.repeat(50), 'binary'],
    ['a Helm template', 'a: {{ .Values.a }}\n', 'helm-template'],
    ['another template', 'a: {{a}}\n', 'template'],
  ])('%s', (_name, text, code) => {
    expect(checkImportText(text, text.startsWith('a: 1234') ? 5 : 1000)?.code).toBe(code);
  });
});
