import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { aContainer, aDesign, aPod, aPort, aService, anExternal } from '../../testing/builders';
import { TEMPLATES } from '../../templates';
import { mdCode, mdLink, mdParagraph, mdText, mermaidText } from './escape';
import { containerLabels, exportMarkdown, mermaidFlowchart } from './index';
import { imageTag } from './oci-labels';
import { checkMarkdown, checkMermaid } from './testing/markdown-check';

/** marked is installed (by monaco-editor) but not a declared dependency: used when present, said when not. */
const marked = await import('marked').catch(() => undefined);
if (!marked) console.warn('marked is absent: the Markdown is checked structurally only.');

const HOSTILE = '<script>alert(1)</script> & `tick` | pipe *em* _u_ [x](javascript:alert(1)) $m$ #h "q" %%c';

/** A design whose every free-text field is hostile. */
function hostileDesign(): Design {
  return aDesign({
    name: HOSTILE,
    description: `# not a heading\n- not a list ${HOSTILE}`,
    namespace: 'ns<b>',
    pods: [
      aPod({
        name: 'web<i>',
        description: '1. not a list either <img src=x onerror=alert(1)>',
        owner: 'team | <u>',
        labels: { 'a|b': '<c>' },
        containers: [
          aContainer({
            name: 'app`x`',
            description: HOSTILE,
            image: 'img`:1|2<3>',
            docsUrl: 'javascript:alert(1)',
            sourceUrl: 'https://example.com/a)b(c',
            ports: [
              aPort({
                description: 'port | desc <x>',
                contract: { name: 'c|d', version: '1.0.0', protocol: 'http', spec: 'https://e.example/s"p' },
              }),
            ],
            env: [{ name: 'A|B', value: 'v`|<v>', description: 'desc | <d> & `e`' }],
            mounts: [{ volume: 'vol', path: '/p|<q>' }],
            probes: { readiness: { kind: 'exec', command: ['sh', '-c', 'echo "|" `x`'] } },
          }),
        ],
        volumes: [{ name: 'vol', kind: 'configMap', files: [{ path: 'f|<g>.conf', content: '' }] }],
      }),
    ],
    services: [
      aService({
        name: 'svc"]; click x',
        pod: 'p-web',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      }),
    ],
    externals: [
      anExternal({
        name: 'db"}}',
        host: 'h<ost>',
        description: HOSTILE,
        ports: [{ name: 'sql', port: 5432, protocol: 'TCP' }],
      }),
    ],
    connections: [
      { id: 'e-1', from: 'c-app', to: { id: 'x-db', port: 'sql' }, description: HOSTILE, weight: 100 },
    ],
  });
}

function expectWellFormed(markdown: string): void {
  const shape = checkMarkdown(markdown);
  expect(shape.problems).toEqual([]);
  expect(shape.mermaidBlocks).toHaveLength(1);
  expect(checkMermaid(shape.mermaidBlocks[0]!)).toEqual([]);
  if (!marked) return;
  // A real parser agrees: every table row has as many cells as its header…
  const tables = marked.lexer(markdown).filter((t) => t.type === 'table') as unknown as {
    header: unknown[];
    rows: unknown[][];
  }[];
  expect(tables.length).toBe(shape.tables);
  for (const table of tables) for (const row of table.rows) expect(row.length).toBe(table.header.length);
  // …and the HTML it renders holds no element but the ones the exporter writes itself.
  const html = marked.parse(markdown, { async: false });
  const tags = new Set((html.match(/<([a-z0-9]+)/g) ?? []).map((t) => t.slice(1)));
  const allowed = [
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'ul',
    'li',
    'strong',
    'em',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'br',
    'hr',
  ];
  expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
  expect(html).not.toMatch(/href="(?!https?:)/);
}

describe('exportMarkdown of every template', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is well-formed with one plausible Mermaid block',
    (_id, t) => {
      const design = t.design();
      const markdown = exportMarkdown(design);
      expectWellFormed(markdown);
      const { headings } = checkMarkdown(markdown);
      for (const pod of design.pods) {
        expect(headings).toContain(`3 Pod ${pod.name}`);
        for (const c of pod.containers) expect(headings).toContain(`4 Container ${c.name} (${c.role})`);
      }
      expect(markdown).toContain('None: every check passes.');
      expect(exportMarkdown(t.design())).toBe(markdown);
    },
  );
});

describe('escaping user text', () => {
  const markdown = exportMarkdown(hostileDesign());

  it('keeps the document well-formed whatever the names hold', () => {
    expectWellFormed(markdown);
  });

  it('never lets design text become HTML, a link or a heading', () => {
    const shape = checkMarkdown(markdown);
    const top = shape.headings.filter((h) => /^[12] /.test(h)).map((h) => h.slice(2));
    expect(top).toEqual([
      mdText(HOSTILE),
      'Diagram',
      'Pods',
      'Services',
      'External systems',
      'Connections',
      'Open findings',
    ]);
    expect(top[0]).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\`tick\\` \\| pipe \\*em\\* \\_u\\_ \\[x\\](javascript:alert(1)) \\$m\\$ \\#h "q" %%c',
    );
    expect(markdown).not.toContain('<script');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(markdown).toContain('javascript:alert(1)');
    if (marked) {
      const html = marked.parse(markdown, { async: false });
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; `tick` | pipe *em* _u_');
      expect(html).not.toContain('<h1>not a heading');
      expect(html).toContain('<p># not a heading - not a list');
      expect(html).toContain('<p>1. not a list either &lt;img');
    }
  });

  it('keeps pipes inside table cells', () => {
    expect(markdown).toContain('| A\\|B |');
    expect(markdown).toContain('desc \\| &lt;d&gt; &amp; \\`e\\`');
  });

  it('escapes labels in the Mermaid diagram', () => {
    const mermaid = mermaidFlowchart(hostileDesign());
    expect(checkMermaid(mermaid)).toEqual([]);
    expect(mermaid).toContain('svc#34;#93;#59; click x');
    expect(mermaid).not.toMatch(/<(?!br\/>)/);
  });
});

describe('escape helpers', () => {
  it.each([
    { text: 'plain words', md: 'plain words' },
    { text: 'a<b>&c', md: 'a&lt;b&gt;&amp;c' },
    { text: 'x|y`z`*w*_v_[u]~t~$s$#r\\q', md: 'x\\|y\\`z\\`\\*w\\*\\_v\\_\\[u\\]\\~t\\~\\$s\\$\\#r\\\\q' },
    { text: 'two\nlines\ttab', md: 'two lines tab' },
  ])('mdText($text)', ({ text, md }) => expect(mdText(text)).toBe(md));

  it.each([
    { text: '- item', md: '\\- item' },
    { text: '+ item', md: '\\+ item' },
    { text: '12. item', md: '12\\. item' },
    { text: '> quote', md: '&gt; quote' },
    { text: '# title', md: '\\# title' },
  ])('mdParagraph($text)', ({ text, md }) => expect(mdParagraph(text)).toBe(md));

  it.each([
    { text: 'nginx:1.27', md: '`nginx:1.27`' },
    { text: 'a<b>', md: '`a<b>`' },
    { text: 'a`b', md: 'a\\`b' },
    { text: 'a|b', md: 'a\\|b' },
    { text: '', md: '' },
  ])('mdCode($text)', ({ text, md }) => expect(mdCode(text)).toBe(md));

  it.each([
    { url: 'https://example.com/a(b)', md: '[x](https://example.com/a%28b%29)' },
    { url: 'javascript:alert(1)', md: 'javascript:alert(1)' },
    { url: 'https://e.example/a b', md: 'https://e.example/a b' },
    { url: 'docs/api.yaml', md: 'docs/api.yaml' },
  ])('mdLink(x, $url)', ({ url, md }) => expect(mdLink('x', url)).toBe(md));

  it('writes Mermaid syntax characters as entity codes', () => {
    expect(mermaidText('a "b" [c] {d} <e> #f; `g` |h| é → 50%')).toBe(
      'a #34;b#34; #91;c#93; #123;d#125; #60;e#62; #35;f#59; #96;g#96; #124;h#124; é → 50%',
    );
  });
});

describe('mermaidFlowchart', () => {
  it('gives entities whose ids differ only in punctuation distinct node ids', () => {
    const design = aDesign({
      pods: [
        aPod({
          id: 'p-a',
          containers: [aContainer({ id: 'a-b', name: 'one' }), aContainer({ id: 'a_b', name: 'two' })],
        }),
      ],
      connections: [{ id: 'e', from: 'a-b', to: { id: 'a_b', port: 'http' } }],
    });
    const mermaid = mermaidFlowchart(design);
    expect(mermaid).toContain('C_a_b["one');
    expect(mermaid).toContain('C_a_b_2["two');
    expect(mermaid).toContain('C_a_b -->|"http"| C_a_b_2');
    expect(checkMermaid(mermaid)).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(checkMermaid('flowchart LR\n  subgraph A["a"]\n  B["b"] --> C\n  A -->|"x"| Z')).toEqual([
      'mermaid line 3: not a node, subgraph or edge: B["b"] --> C',
      '1 subgraph(s) never closed',
      'mermaid line 4: undeclared node Z',
    ]);
  });
});

describe('open findings', () => {
  it('lists the diagnostics given, or runs the checks', () => {
    const design = aDesign({ pods: [aPod({ description: '', containers: [aContainer()] })] });
    expect(exportMarkdown(design)).toMatch(/\| warning \| `description-missing` \| pod web \|/);
    const given = exportMarkdown(design, [
      {
        rule: 'x-rule',
        severity: 'error',
        message: 'Broken | badly <b>',
        target: { kind: 'design', id: '', name: 'test' },
      },
    ]);
    expect(given).toContain('| error | `x-rule` | design test | Broken \\| badly &lt;b&gt; |');
    expect(given).toContain('**Open findings:** 1 error, 0 warnings, 0 info');
  });
});

describe('containerLabels', () => {
  const design = (partial: Parameters<typeof aContainer>[0]) =>
    aDesign({ pods: [aPod({ containers: [aContainer(partial)] })] });

  it('carries the documentation into OCI annotations and a LABEL instruction', () => {
    const labels = containerLabels(
      design({
        name: 'tls',
        description: 'Terminates "TLS" for $HOME\nand more \\ here.',
        image: 'registry.example.com:5000/infra/nginx:1.27.3-alpine@sha256:abc',
        docsUrl: 'https://docs.example.com/tls',
        sourceUrl: 'https://git.example.com/tls',
        license: 'Apache-2.0',
      }),
      'c-app',
    );
    expect(labels?.annotations).toEqual({
      'org.opencontainers.image.title': 'tls',
      'org.opencontainers.image.description': 'Terminates "TLS" for $HOME and more \\ here.',
      'org.opencontainers.image.documentation': 'https://docs.example.com/tls',
      'org.opencontainers.image.source': 'https://git.example.com/tls',
      'org.opencontainers.image.version': '1.27.3-alpine',
      'org.opencontainers.image.licenses': 'Apache-2.0',
    });
    expect(labels?.dockerfile).toBe(
      [
        'LABEL org.opencontainers.image.title="tls" \\',
        '      org.opencontainers.image.description="Terminates \\"TLS\\" for \\$HOME and more \\\\ here." \\',
        '      org.opencontainers.image.documentation="https://docs.example.com/tls" \\',
        '      org.opencontainers.image.source="https://git.example.com/tls" \\',
        '      org.opencontainers.image.version="1.27.3-alpine" \\',
        '      org.opencontainers.image.licenses="Apache-2.0"',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what it does not know', () => {
    expect(containerLabels(design({ image: 'busybox', description: '' }), 'c-app')?.annotations).toEqual({
      'org.opencontainers.image.title': 'app',
    });
    expect(containerLabels(design({}), 'missing')).toBeUndefined();
  });

  it.each([
    ['nginx', undefined],
    ['nginx:1.27', '1.27'],
    ['localhost:5000/app', undefined],
    ['localhost:5000/app:2.0.1', '2.0.1'],
    ['app@sha256:0123', undefined],
    ['app:v1@sha256:0123', 'v1'],
    ['app:bad tag', undefined],
  ])('imageTag(%s) is %s', (image, tag) => expect(imageTag(image)).toBe(tag));
});

describe('each character that means something is escaped wherever a name appears', () => {
  it.each([
    { char: '<', md: '&lt;', mermaid: '#60;' },
    { char: '>', md: '&gt;', mermaid: '#62;' },
    { char: '&', md: '&amp;', mermaid: '#38;' },
    { char: '`', md: '\\`', mermaid: '#96;' },
  ])('$char', ({ char, md, mermaid }) => {
    const name = `a${char}b`;
    const design = aDesign({
      name,
      pods: [aPod({ name, containers: [aContainer({ name, env: [{ name: 'E', description: name }] })] })],
      externals: [anExternal({ name })],
    });
    const markdown = exportMarkdown(design);
    expectWellFormed(markdown);
    const { headings } = checkMarkdown(markdown);
    expect(headings).toEqual(
      expect.arrayContaining([`1 a${md}b`, `3 Pod a${md}b`, `4 Container a${md}b (app)`]),
    );
    expect(markdown).toContain(`| \`E\` | — | no | a${md}b |`);
    expect(markdown).toContain(`| a${md}b | database |`);
    const diagram = checkMarkdown(markdown).mermaidBlocks[0]!;
    expect(diagram).toContain(`a${mermaid}b`);
    expect(diagram).not.toContain(name);
  });
});
