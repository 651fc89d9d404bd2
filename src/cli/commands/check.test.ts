import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError, type CliIo } from '../io';
import { run } from '../main';
import { idPositions } from './check';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const fixture = (name: string) => readFileSync(resolve(fixtures, name, 'design.podwright.json'), 'utf8');

/** A twemproxy design whose API bypasses its ambassador, and whose pod has lost its owner. */
function brokenText(): string {
  const design = JSON.parse(fixture('twemproxy-sharding'));
  design.connections.find((c: { id: string }) => c.id === 'conn-api-to-twemproxy').to = {
    id: 'svc-redis-shards',
    port: 'redis',
  };
  design.pods[0].owner = '';
  return JSON.stringify(design, null, 2);
}

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile(path) {
      if (!(path in files)) throw new CliError(`cannot read ${path} (ENOENT)`);
      return files[path]!;
    },
    writeFile() {
      throw new Error('check writes no files');
    },
  };
  return { io, out };
}

async function check(args: string[], files: Record<string, string>) {
  const { io, out } = memoryIo(files);
  const code = await run(['check', ...args], io);
  return { code, ...out };
}

describe('podwright check', () => {
  it('passes the golden fixtures quietly', async () => {
    const files = { 'a.json': fixture('tls-sidecar'), 'b.json': fixture('microservices') };
    const result = await check(['a.json', 'b.json', '--fail-on', 'warning'], files);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints compiler-style lines and fails on an error', async () => {
    const result = await check(['broken.json'], { 'broken.json': brokenText() });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(line).toMatch(/^broken\.json:\d+:\d+ (error|warning|info) [a-z-]+ \S.*$/);
    expect(lines[0]).toMatch(
      /^broken\.json:\d+:7 error sharded-without-router "api" in pod "catalog-api" calls the shards/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^broken\.json:11:7 warning owner-missing Pod "catalog-api" has no owner/),
    );
    expect(result.stderr).toBe('4 findings (1 error, 3 warnings) in 1 file\n');
  });

  it.each([
    ['warning', 1],
    ['error', 0],
    ['never', 0],
  ])('--fail-on %s decides the exit code', async (failOn, code) => {
    const design = JSON.parse(fixture('tls-sidecar'));
    design.pods[0].owner = '';
    const result = await check(['d.json', '--fail-on', failOn], { 'd.json': JSON.stringify(design) });
    expect(result.code).toBe(code);
    expect(result.stdout).toContain('warning owner-missing');
  });

  it('prints the JSON shape of DESIGN.md', async () => {
    const result = await check(['broken.json', '--format', 'json'], { 'broken.json': brokenText() });
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed)).toEqual(['diagnostics']);
    expect(parsed.diagnostics).toHaveLength(4);
    for (const d of parsed.diagnostics) {
      expect(Object.keys(d).sort()).toEqual([
        'column',
        'file',
        'line',
        'message',
        'rule',
        'severity',
        'target',
      ]);
      expect(Object.keys(d.target).sort()).toEqual(['kind', 'name']);
    }
    expect(parsed.diagnostics[1]).toMatchObject({
      rule: 'owner-missing',
      severity: 'warning',
      target: { kind: 'pod', name: 'catalog-api' },
      file: 'broken.json',
      line: 11,
      column: 7,
    });
    expect(result.stderr).toBe('');
  });

  it('prints SARIF 2.1.0', async () => {
    const result = await check(['dir/broken file.json', '--format', 'sarif'], {
      'dir/broken file.json': brokenText(),
    });
    const sarif = JSON.parse(result.stdout);
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'podwright' } } }] });
    const [runLog] = sarif.runs;
    const ids = runLog.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('ambassador-incomplete');
    expect(runLog.results).toHaveLength(4);
    for (const r of runLog.results) {
      expect(ids[r.ruleIndex]).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
    }
    expect(runLog.results[1]).toMatchObject({
      ruleId: 'owner-missing',
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'dir/broken%20file.json' },
            region: { startLine: 11, startColumn: 7 },
          },
          logicalLocations: [{ name: 'catalog-api' }],
        },
      ],
    });
  });

  it('compares contracts with a baseline design', async () => {
    const current = JSON.parse(fixture('twemproxy-sharding'));
    const redis = current.pods[1].containers[0].ports[0];
    redis.port = 6380;
    const result = await check(['now.json', '--baseline', 'main.json'], {
      'now.json': JSON.stringify(current),
      'main.json': fixture('twemproxy-sharding'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /error contract-breaking-change Contract "redis-resp" on port "redis" .*port number 6379 → 6380/,
    );
  });

  it.each([
    ['no file', [], {}, /expected at least one file/],
    [
      'an unknown format',
      ['a.json', '--format', 'xml'],
      { 'a.json': '{}' },
      /--format must be one of text, json, sarif/,
    ],
    ['a missing file', ['gone.json'], {}, /cannot read gone\.json/],
    [
      'broken JSON',
      ['a.json'],
      { 'a.json': '{\n  "format": ' },
      /^podwright check: a\.json(:\d+:\d+)?: This is not valid JSON/,
    ],
    [
      'not a design',
      ['a.json'],
      { 'a.json': '{"kind": "Deployment"}' },
      /a\.json:1:1: This is not a Podwright design/,
    ],
    [
      'an unreadable baseline',
      ['a.json', '--baseline', 'b.json'],
      { 'a.json': '{}', 'b.json': '[]' },
      /--baseline b\.json:1:1/,
    ],
  ])('exits 2 on %s, with one line', async (_name, args, files, message) => {
    const result = await check(args as string[], files as Record<string, string>);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('idPositions', () => {
  it('finds entities, not the references of connections', () => {
    const text =
      '{\n  "connections": [{ "id": "e1", "to": { "id": "c1", "port": "http" } }],\n  "pods": [\n    { "id": "c1" }\n  ]\n}';
    const positions = idPositions(text);
    expect(positions.get('e1')).toEqual({ line: 2, column: 21 });
    expect(positions.get('c1')).toEqual({ line: 4, column: 7 });
  });
});
