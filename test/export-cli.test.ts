import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/cli/main';
import { CliError, type CliIo } from '../src/cli/io';
import { FIXTURES_DIR } from './export-fixtures';

/** An in-memory CliIo: files by path, captured output. */
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

const gitSync = readFileSync(join(FIXTURES_DIR, 'git-sync', 'design.podwright.json'), 'utf8');
const expectedK8s = readFileSync(join(FIXTURES_DIR, 'git-sync', 'k8s.yaml'), 'utf8');
const expectedCompose = readFileSync(join(FIXTURES_DIR, 'git-sync', 'compose.yaml'), 'utf8');

describe('podwright export', () => {
  it('prints Kubernetes YAML on stdout', async () => {
    const { io, out } = memoryIo({ 'd.json': gitSync });
    expect(await run(['export', 'd.json', '--format', 'k8s'], io)).toBe(0);
    expect(out.stdout).toBe(expectedK8s);
  });

  it('writes a Compose file with -o and reports warnings on stderr', async () => {
    const { io, out } = memoryIo({ 'd.json': gitSync });
    expect(await run(['export', 'd.json', '--format=compose', '-o', 'compose.yaml'], io)).toBe(0);
    expect(out.written['compose.yaml']).toBe(expectedCompose);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('warning [compose-service-port-remap]');
  });

  it('targets the Kubernetes version asked for', async () => {
    const { io, out } = memoryIo({ 'd.json': gitSync });
    expect(await run(['export', 'd.json', '--format', 'k8s', '--k8s-version', '1.28'], io)).toBe(0);
    expect(out.stdout).toContain('Kubernetes 1.28 manifests');
    expect(out.stdout).not.toContain('restartPolicy: Always');
  });

  it.each([
    { argv: ['export'], message: 'expected one design file' },
    { argv: ['export', 'a.json', 'b.json', '--format', 'k8s'], message: 'expected one design file' },
    { argv: ['export', 'd.json'], message: '--format k8s or --format compose is required' },
    { argv: ['export', 'd.json', '--format', 'helm'], message: '--format must be one of k8s, compose' },
    {
      argv: ['export', 'd.json', '--format', 'k8s', '--k8s-version', 'latest'],
      message: '--k8s-version must look like 1.33',
    },
    {
      argv: ['export', 'd.json', '--format', 'compose', '--k8s-version', '1.30'],
      message: 'applies to --format k8s only',
    },
    { argv: ['export', 'd.json', '--format', 'k8s', '--bogus', 'x'], message: 'unknown option --bogus' },
    { argv: ['export', 'missing.json', '--format', 'k8s'], message: 'cannot read missing.json' },
    { argv: ['export', 'broken.json', '--format', 'k8s'], message: 'broken.json:1:' },
    { argv: ['export', 'other.json', '--format', 'k8s'], message: 'not a Podwright design' },
    { argv: ['export', 'binary.json', '--format', 'compose'], message: 'binary.json' },
  ])('exits 2 with one line for $argv', async ({ argv, message }) => {
    const { io, out } = memoryIo({
      'd.json': gitSync,
      'broken.json': '{"format": "podwright/v1", ',
      'other.json': '{"apiVersion": "v1"}',
      'binary.json': '\u0000\u0001\u0002garbage',
    });
    expect(await run(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
