import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../core/model/parse';
import { runRules } from '../../core/rules';
import { TEMPLATES } from '../../core/templates';
import { CliError, type CliIo } from '../io';
import { run } from '../main';

/** An in-memory CliIo: files by path, captured output and written files. */
function memoryIo(files: Record<string, string> = {}) {
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

describe('podwright templates', () => {
  it('lists every template by family with its id, title and summary', async () => {
    const { io, out } = memoryIo();
    expect(await run(['templates'], io)).toBe(0);
    for (const t of TEMPLATES) {
      expect(out.stdout).toMatch(new RegExp(`^  ${t.id} +${t.title.replace(/[().:%]/g, '\\$&')}$`, 'm'));
      expect(out.stdout).toContain(t.summary);
    }
    expect(out.stdout.split('\n').filter((l) => /^[A-Z]/.test(l))).toEqual([
      'Sidecar',
      'Ambassador',
      'Adapter',
      'Microservices',
      'Serving patterns',
      'Start from one: podwright new --template <id> -o design.podwright.json',
    ]);
    expect(out.stderr).toBe('');
  });

  it('prints JSON for scripts', async () => {
    const { io, out } = memoryIo();
    expect(await run(['templates', '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(out.stdout) as { templates: { id: string; family: string }[] };
    expect(parsed.templates.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(parsed.templates[0]).toMatchObject({
      id: 'https-legacy',
      family: 'sidecar',
      source: expect.stringContaining('chapter 2'),
    });
  });

  it.each([
    { argv: ['templates', 'extra'], message: 'unexpected argument "extra"' },
    { argv: ['templates', '--format', 'yaml'], message: '--format must be one of text, json' },
  ])('exits 2 with one line for $argv', async ({ argv, message }) => {
    const { io, out } = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('podwright new', () => {
  it.each(TEMPLATES.map((t) => t.id))(
    'writes %s as a design file that loads and passes the checks',
    async (id) => {
      const { io, out } = memoryIo();
      expect(await run(['new', '--template', id, '-o', 'd.json'], io)).toBe(0);
      expect(out.stdout).toBe('');
      const parsed = parseDesign(out.written['d.json']!);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.design).toEqual(TEMPLATES.find((t) => t.id === id)!.design());
        expect(runRules(parsed.design).filter((d) => d.severity !== 'info')).toEqual([]);
      }
    },
  );

  it('prints to stdout without -o, and renames with --name', async () => {
    const { io, out } = memoryIo();
    expect(await run(['new', '-t', 'git-sync', '--name', 'team-docs'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ format: 'podwright/v1', name: 'team-docs' });
    expect(out.stdout.endsWith('}\n')).toBe(true);
  });

  it('is checked clean by podwright check', async () => {
    const made = memoryIo();
    await run(['new', '--template', 'request-splitting', '-o', 'd.json'], made.io);
    const { io, out } = memoryIo(made.out.written);
    expect(await run(['check', 'd.json', '--fail-on', 'warning'], io)).toBe(0);
    expect(out.stdout).toBe('');
  });

  it.each([
    { argv: ['new'], message: '--template is required' },
    {
      argv: ['new', '--template', 'nope'],
      message: 'unknown template "nope"; one of: https-legacy, git-sync',
    },
    { argv: ['new', '--template'], message: '--template needs a value' },
    { argv: ['new', 'git-sync'], message: 'unexpected argument "git-sync"' },
    {
      argv: ['new', '--template', 'git-sync', '--name', 'Not A Label'],
      message: '--name: "Not A Label" is not a DNS-1123 label',
    },
  ])('exits 2 with one line for $argv', async ({ argv, message }) => {
    const { io, out } = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({});
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
