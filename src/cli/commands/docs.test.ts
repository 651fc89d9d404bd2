import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../core/export/docs';
import { serializeDesign } from '../../core/model/parse';
import { findTemplate } from '../../core/templates';
import { CliError, type CliIo } from '../io';
import { run } from '../main';

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile(path) {
      if (!Object.hasOwn(files, path)) throw new CliError(`cannot read ${path} (ENOENT)`);
      return files[path]!;
    },
    writeFile(path, text) {
      out.written[path] = text;
    },
  };
  return { io, out };
}

const design = findTemplate('twemproxy-sharding')!.design();
const files = {
  'd.json': serializeDesign(design),
  'broken.json': '{"format": "podwright/v1", "pods": [',
  'other.json': '{"apiVersion": "v1"}',
  'invalid.json': JSON.stringify({ ...design, pods: [{ ...design.pods[0], workload: 'Sometimes' }] }),
};

describe('podwright docs', () => {
  it('prints the Markdown documentation', async () => {
    const { io, out } = memoryIo(files);
    expect(await run(['docs', 'd.json'], io)).toBe(0);
    expect(out.stdout).toBe(exportMarkdown(design));
    expect(out.stdout).toContain('```mermaid\nflowchart LR');
    expect(out.stderr).toBe('');
  });

  it('writes it to a file with -o', async () => {
    const { io, out } = memoryIo(files);
    expect(await run(['docs', 'd.json', '-o', 'design.md'], io)).toBe(0);
    expect(out.written['design.md']).toBe(exportMarkdown(design));
    expect(out.stdout).toBe('');
  });

  it('prints every container’s OCI labels as Dockerfile LABEL instructions', async () => {
    const { io, out } = memoryIo(files);
    expect(await run(['docs', 'd.json', '--format', 'labels'], io)).toBe(0);
    expect(out.stdout).toContain(
      '# catalog-api/twemproxy (registry.example.com/infra/twemproxy:0.5.0)\nLABEL org.opencontainers.image.title="twemproxy" \\\n',
    );
    expect(out.stdout.match(/^LABEL /gm)).toHaveLength(3);
    expect(out.stdout).toContain('org.opencontainers.image.version="7.4.1"');
  });

  it('reports what the design file gets wrong', async () => {
    const { io, out } = memoryIo(files);
    expect(await run(['docs', 'invalid.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^podwright docs: invalid\.json:\d+:\d+: /);
  });

  it.each([
    { argv: ['docs'], message: 'expected one design file' },
    { argv: ['docs', 'a.json', 'b.json'], message: 'expected one design file' },
    { argv: ['docs', 'missing.json'], message: 'cannot read missing.json' },
    { argv: ['docs', 'broken.json'], message: 'broken.json:1:' },
    { argv: ['docs', 'other.json'], message: 'not a Podwright design' },
    { argv: ['docs', 'd.json', '--format', 'html'], message: '--format must be one of markdown, labels' },
  ])('exits 2 with one line for $argv', async ({ argv, message }) => {
    const { io, out } = memoryIo(files);
    expect(await run(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
