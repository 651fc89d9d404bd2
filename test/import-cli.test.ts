import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main';
import { CliError, type CliIo } from '../src/cli/io';
import { parseDesign } from '../src/core/model/parse';

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

const web = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec: {}
`;
const compose = 'services:\n  api:\n    image: api:1\n    ports: ["8080:8080"]\n';

describe('podwright import', () => {
  it('prints the design on stdout and every note on stderr', async () => {
    const { io, out } = memoryIo({ 'web.yaml': web });
    expect(await run(['import', 'web.yaml'], io)).toBe(0);
    const parsed = parseDesign(out.stdout);
    expect(parsed.ok && parsed.design.pods.map((p) => p.name)).toEqual(['web']);
    expect(out.stderr).toBe(
      'web.yaml:11:1 info kept-as-is Ingress web kept as-is: the design does not model Ingress; a Kubernetes export writes it back.\n',
    );
  });

  it('writes one design from several files with -o, the same each time', async () => {
    const first = memoryIo({ 'web.yaml': web, 'compose.yaml': compose });
    expect(
      await run(['import', 'web.yaml', 'compose.yaml', '-o', 'd.json', '--name', 'shop'], first.io),
    ).toBe(0);
    const second = memoryIo({ 'web.yaml': web, 'compose.yaml': compose });
    await run(['import', 'web.yaml', 'compose.yaml', '-o', 'd.json', '--name', 'shop'], second.io);
    expect(first.out.stdout).toBe('');
    expect(first.out.written['d.json']).toBe(second.out.written['d.json']);
    const parsed = parseDesign(first.out.written['d.json']!);
    expect(parsed.ok && { name: parsed.design.name, pods: parsed.design.pods.map((p) => p.name) }).toEqual({
      name: 'shop',
      pods: ['web', 'api'],
    });
  });

  it('exits 2 with the notes and writes nothing when the input cannot be imported', async () => {
    const { io, out } = memoryIo({ 'chart.yaml': 'metadata:\n  name: {{ .Release.Name }}\n' });
    expect(await run(['import', 'chart.yaml', '-o', 'd.json'], io)).toBe(2);
    expect(out.written).toEqual({});
    expect(out.stderr.split('\n')[0]).toMatch(/^chart\.yaml:2:9 error helm-template This is a Helm template/);
    expect(out.stderr).toContain('podwright import: 1 error; no design was written');
  });

  it.each([
    [['import'], 'expected at least one file'],
    [['import', 'missing.yaml'], 'cannot read missing.yaml'],
    [['import', 'web.yaml', '--format', 'x'], 'unknown option --format'],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { io, out } = memoryIo({ 'web.yaml': web });
    expect(await run(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
  });
});

describe('podwright check on manifests', () => {
  it('checks Kubernetes YAML: import notes and rule findings, each at its place', async () => {
    const { io, out } = memoryIo({ 'web.yaml': web });
    const code = await run(['check', 'web.yaml', '--format', 'json'], io);
    const { diagnostics } = JSON.parse(out.stdout) as {
      diagnostics: {
        rule: string;
        severity: string;
        file: string;
        line?: number;
        target: { kind: string; name: string };
      }[];
    };
    expect(diagnostics[0]).toMatchObject({
      rule: 'import/kept-as-is',
      severity: 'info',
      file: 'web.yaml',
      line: 11,
    });
    const ruleFinding = diagnostics.find((d) => !d.rule.startsWith('import/') && d.target.kind === 'pod');
    expect(ruleFinding).toMatchObject({ file: 'web.yaml', line: 1, target: { name: 'web' } });
    expect(code).toBe(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  });

  it('checks a Compose file', async () => {
    const { io, out } = memoryIo({ 'compose.yaml': compose });
    await run(['check', 'compose.yaml'], io);
    expect(out.stdout).toMatch(/^compose\.yaml:\d+:\d+ /m);
  });

  it('exits 2 on a file that cannot be imported, naming the place', async () => {
    const { io, out } = memoryIo({ 'bad.yaml': 'services: [web]\n' });
    expect(await run(['check', 'bad.yaml'], io)).toBe(2);
    expect(out.stderr).toContain('bad.yaml:1:11: "services" must be a mapping');
  });
});
