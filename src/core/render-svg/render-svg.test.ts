import { describe, expect, it } from 'vitest';
import { EXTERNAL_KINDS, ROLES, type Design } from '../model/types';
import { sampleDesign } from '../templates/sample';
import { TEMPLATES } from '../templates';
import { aContainer, aDesign, aPod, aPort, aService, anExternal } from '../testing/builders';
import { renderSvg, xmlEscape } from './index';
import { checkXml } from './testing/xml-check';

/** Renders and checks well-formedness in one step: every test below reads a valid document. */
function render(design: Design, margin?: number) {
  const picture = renderSvg(design, margin === undefined ? {} : { margin });
  const xml = checkXml(picture.svg);
  expect(xml.problems).toEqual([]);
  const classes = xml.elements.map((e) => e.attributes.class ?? '');
  return { ...picture, xml, classes, root: xml.elements[0]! };
}

describe('xmlEscape', () => {
  it.each([
    { text: 'plain', xml: 'plain' },
    { text: 'a<b>c', xml: 'a&lt;b&gt;c' },
    { text: 'fish & chips', xml: 'fish &amp; chips' },
    { text: `say "hi" it's`, xml: 'say &quot;hi&quot; it&apos;s' },
    { text: '&amp;', xml: '&amp;amp;' },
    { text: 'bell\u0007 nul\u0000 esc\u001b', xml: 'bell nul esc' },
    { text: 'two\nlines\ttab', xml: 'two lines tab' },
    { text: 'lone \ud800 surrogate', xml: 'lone  surrogate' },
    { text: 'emoji 🐳 é', xml: 'emoji 🐳 é' },
  ])('$text', ({ text, xml }) => expect(xmlEscape(text)).toBe(xml));
});

describe('the well-formedness check', () => {
  it.each([
    ['<a><b/></a>', []],
    ['<?xml version="1.0"?>\n<a x="1" y=\'2\'>t &amp; &#60; &#x3c;</a>', []],
    ['<a>fish & chips</a>', ['at 8: a bare "&"']],
    ['<a><b></a>', ['at 6: </a> closes <b>', 'elements never closed: a']],
    ['<a/><b/>', ['at 4: a second root element']],
    ['<a x="<"/>', ['at 0: "<" in attribute x']],
    ['<a x="1" x="2"/>', ['at 0: attribute x twice']],
    ['<a x=1/>', ['at 0: bad attribute syntax in <a>: x=1']],
    ['<a>\u0001</a>', ['a character XML forbids']],
    ['text', ['at 0: text outside the root element', 'no root element']],
  ])('%j', (source, problems) => expect(checkXml(source).problems).toEqual(problems));
});

describe('renderSvg of every template', () => {
  it.each([['sample', sampleDesign] as const, ...TEMPLATES.map((t) => [t.id, t.design] as const)])(
    '%s is well-formed and shows every entity by name',
    (_id, make) => {
      const design = make();
      const { svg, width, height, root, classes, xml } = render(design);
      expect(root).toMatchObject({
        name: 'svg',
        attributes: { xmlns: 'http://www.w3.org/2000/svg', width: String(width), height: String(height) },
      });
      expect(width).toBeGreaterThan(100);
      expect(height).toBeGreaterThan(100);
      const containers = design.pods.flatMap((p) => p.containers);
      expect(classes.filter((c) => c.startsWith('container '))).toHaveLength(containers.length);
      expect(classes.filter((c) => c === 'pod')).toHaveLength(design.pods.length);
      expect(classes.filter((c) => c === 'service')).toHaveLength(design.services.length);
      expect(classes.filter((c) => c.startsWith('external '))).toHaveLength(design.externals.length);
      expect(classes.filter((c) => c === 'connection')).toHaveLength(design.connections.length);
      for (const entity of [...design.pods, ...containers, ...design.services, ...design.externals]) {
        if (entity.name.length <= 16) expect(xml.text).toContain(entity.name);
      }
      expect(renderSvg(make()).svg).toBe(svg);
    },
  );
});

describe('renderSvg escapes design text', () => {
  const hostile = `a<b>&"c'`;
  const design = aDesign({
    name: `<script>alert("x")</script> & co`,
    pods: [
      aPod({
        name: hostile,
        containers: [aContainer({ name: hostile, image: `img&<x>"`, ports: [aPort({ name: `p<&>` })] })],
      }),
    ],
    services: [aService({ name: hostile, pod: 'p-web', type: 'ClusterIP', ports: [] })],
    externals: [anExternal({ name: hostile, host: '<h>' })],
  });

  it('gives well-formed XML whose text is the names, never markup', () => {
    const { svg, xml } = render(design);
    expect(xml.elements.map((e) => e.name)).not.toContain('script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(xml.text.split(hostile).length - 1).toBe(4);
    expect(xml.text).toContain(`img&<x>"`);
    expect(xml.text).toContain('p<&>:8080');
  });

  it('drops characters XML forbids', () => {
    const { svg } = render(aDesign({ name: 'x\u0000y', pods: [aPod({ name: 'web\u0008' })] }));
    expect([...svg].filter((c) => c.charCodeAt(0) < 9)).toEqual([]);
  });
});

describe('renderSvg draws every kind', () => {
  it('colours a container of each role', () => {
    const containers = ROLES.map((role, i) =>
      aContainer({ id: `c-${role}`, name: role, role, image: `i:${i}` }),
    );
    const { classes, svg } = render(aDesign({ pods: [aPod({ containers })] }));
    for (const role of ROLES) expect(classes).toContain(`container role-${role}`);
    for (const colour of ['#254ea8', '#17694d', '#8a5300', '#6f3596', '#4a5366'])
      expect(svg).toContain(colour);
  });

  it('draws an external of each kind, stores as cylinders', () => {
    const externals = EXTERNAL_KINDS.map((kind) => anExternal({ id: `x-${kind}`, name: kind, kind }));
    const { classes, xml } = render(aDesign({ externals }));
    for (const kind of EXTERNAL_KINDS) expect(classes).toContain(`external kind-${kind}`);
    const shape = (kind: string) => {
      const at = xml.elements.findIndex((e) => e.attributes.class === `external kind-${kind}`);
      return xml.elements[at + 1]!.attributes;
    };
    expect(shape('database')).toMatchObject({ rx: '95', ry: '14', 'stroke-dasharray': '5 3' });
    expect(shape('api')).toMatchObject({ rx: '22', 'stroke-dasharray': '5 3' });
  });

  it('labels connections "protocol · port" with their weight, and Service selectors with their ports', () => {
    const app = aContainer({ id: 'c-app', name: 'app' });
    const api = aContainer({
      id: 'c-api',
      name: 'api',
      ports: [
        aPort({ name: 'api', port: 9090, contract: { name: 'a', version: '1.0.0', protocol: 'grpc' } }),
      ],
    });
    const design = aDesign({
      pods: [aPod({ containers: [app, api] })],
      services: [aService({ pod: 'p-web', ports: [{ name: 'http', port: 80, targetPort: 'api' }] })],
      externals: [anExternal({ ports: [{ name: 'sql', port: 5432, protocol: 'TCP' }] })],
      connections: [
        { id: 'e-1', from: 'c-app', to: { id: 'c-api', port: 'api' }, weight: 30 },
        { id: 'e-2', from: 'c-app', to: { id: 'x-db', port: 'sql' } },
        { id: 'e-3', from: 'c-app', to: { id: 'gone', port: 'sql' } },
      ],
    });
    const { xml, classes } = render(design);
    expect(classes.filter((c) => c === 'connection')).toHaveLength(2);
    expect(classes.filter((c) => c === 'selector')).toHaveLength(1);
    expect(xml.text).toContain('grpc · 9090 · 30%');
    expect(xml.text).toContain('TCP · 5432');
    expect(xml.text).toContain('80 → api');
    const arrows = xml.elements.filter((e) => e.attributes.class === 'connection');
    for (const arrow of arrows) expect(arrow.attributes['marker-end']).toBe('url(#pw-arrow)');
  });
});

describe('renderSvg sizes the picture to its content', () => {
  it.each([
    {
      case: 'one empty pod',
      design: aDesign({ pods: [aPod()], layout: { 'p-web': { x: 100, y: 200 } } }),
      margin: undefined,
      size: { width: 248, height: 220, viewBox: '76 176 248 220' },
    },
    {
      case: 'the same without a margin',
      design: aDesign({ pods: [aPod()], layout: { 'p-web': { x: 100, y: 200 } } }),
      margin: 0,
      size: { width: 200, height: 172, viewBox: '100 200 200 172' },
    },
    {
      case: 'a pod grown to its saved size',
      design: aDesign({ pods: [aPod()], layout: { 'p-web': { x: 0, y: 0, w: 500, h: 300 } } }),
      margin: 10,
      size: { width: 520, height: 320, viewBox: '-10 -10 520 320' },
    },
    {
      case: 'a service and an external far apart',
      design: aDesign({
        services: [aService()],
        externals: [anExternal()],
        layout: { 's-web': { x: -300, y: -50 }, 'x-db': { x: 500, y: 400 } },
      }),
      margin: 0,
      size: { width: 990, height: 530, viewBox: '-300 -50 990 530' },
    },
    {
      case: 'a broken layout entry, placed as if unsaved',
      design: aDesign({ pods: [aPod()], layout: { 'p-web': { x: Number.NaN, y: 3 } } }),
      margin: 0,
      size: { width: 200, height: 172, viewBox: '80 80 200 172' },
    },
  ])('$case', ({ design, margin, size }) => {
    const { width, height, root } = render(design, margin);
    expect({ width, height, viewBox: root.attributes.viewBox }).toEqual(size);
  });

  it('draws an empty design as a small note', () => {
    const { width, height, xml } = render(aDesign({ name: '' }));
    expect({ width, height }).toEqual({ width: 320, height: 120 });
    expect(xml.text).toContain('This design is empty.');
    expect(xml.text).toContain('Untitled design');
  });

  it('handles a large design without overflowing the stack', () => {
    const pods = Array.from({ length: 3000 }, (_, i) =>
      aPod({ id: `p-${i}`, name: `pod-${i}`, containers: [aContainer({ id: `c-${i}`, name: `c-${i}` })] }),
    );
    const { width, height } = renderSvg(aDesign({ pods }));
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});
