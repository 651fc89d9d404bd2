/**
 * The pattern library: every template is a complete, checked design, the same on every call, and
 * where the exporter's golden fixture draws the same pattern, exactly that fixture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { geometryOf, overlaps } from '../geometry';
import { parseDesign, parseDesignValue } from '../model/parse';
import { runRules } from '../rules';
import { findTemplate, PATTERN_FAMILIES, TEMPLATES } from './index';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');

/** Template id -> the golden fixture of the same pattern (test/fixtures/<case>/design.podwright.json). */
const SAME_AS_FIXTURE: Record<string, string> = {
  'https-legacy': 'tls-sidecar',
  'git-sync': 'git-sync',
  'twemproxy-sharding': 'twemproxy-sharding',
  'request-splitting': 'request-splitting',
  'fluentd-logging': 'fluentd-adapter',
  'prometheus-exporter': 'prometheus-adapter',
  'mysql-health-adapter': 'mysql-health-adapter',
  microservices: 'microservices',
};

describe('the template list', () => {
  it('has the patterns the library promises, each family represented', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'https-legacy',
        'git-sync',
        'twemproxy-sharding',
        'load-balancing-ambassador',
        'request-splitting',
        'fluentd-logging',
        'prometheus-exporter',
        'mysql-health-adapter',
        'microservices',
        'replicated-service',
        'sharded-service',
        'scatter-gather',
      ]),
    );
    for (const family of PATTERN_FAMILIES) expect(TEMPLATES.some((t) => t.family === family)).toBe(true);
  });

  it('maps to golden fixtures that exist', () => {
    for (const [id, fixture] of Object.entries(SAME_AS_FIXTURE)) {
      expect(findTemplate(id), id).toBeDefined();
      expect(existsSync(resolve(FIXTURES, fixture, 'design.podwright.json')), fixture).toBe(true);
    }
  });

  it('has unique kebab-case ids that findTemplate finds', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findTemplate(id)?.id).toBe(id);
    }
    expect(findTemplate('nope')).toBeUndefined();
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s explains itself and cites the book', (_id, t) => {
    expect(t.title.length).toBeGreaterThan(5);
    expect(t.summary).toMatch(/^[A-Z].{20,160}\.$/);
    for (const paragraph of [t.explanation.pattern, t.explanation.whenToUse, t.explanation.tradeOffs]) {
      expect(paragraph.length).toBeGreaterThan(80);
      expect(paragraph.length).toBeLessThan(700);
    }
    expect(t.explanation.source).toMatch(/^Designing Distributed Systems .*(chapter \d+|part II)/);
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, template) => {
  const design = template.design();

  it('raises no error or warning', () => {
    const serious = runRules(design).filter((d) => d.severity !== 'info');
    expect(serious.map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
  });

  it('loads back as it is (a valid design file)', () => {
    const parsed = parseDesignValue(JSON.parse(JSON.stringify(design)));
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.design).toEqual(design);
  });

  it('is the same on every call, and a fresh copy', () => {
    const again = template.design();
    expect(again).toEqual(design);
    again.pods[0]!.name = 'changed';
    expect(template.design().pods[0]!.name).not.toBe('changed');
  });

  it('has unique ids and a layout entry for every pod, container, service and external', () => {
    const ids = [
      ...design.pods.flatMap((p) => [p.id, ...p.containers.map((c) => c.id)]),
      ...design.services.map((s) => s.id),
      ...design.externals.map((x) => x.id),
    ];
    expect(new Set([...ids, ...design.connections.map((c) => c.id)]).size).toBe(
      ids.length + design.connections.length,
    );
    for (const entity of ids) expect(design.layout[entity], entity).toBeDefined();
  });

  it('draws no node over another (siblings in a pod, or pods, services and externals)', () => {
    const { rects } = geometryOf(design);
    const topLevel = [...design.pods, ...design.services, ...design.externals].map((e) => e.id);
    const clashes: string[] = [];
    for (const ids of [topLevel, ...design.pods.map((p) => p.containers.map((c) => c.id))])
      ids.forEach((a, i) =>
        ids.slice(i + 1).forEach((b) => {
          if (overlaps(rects.get(a)!, rects.get(b)!)) clashes.push(`${a} × ${b}`);
        }),
      );
    expect(clashes).toEqual([]);
  });

  const fixture = SAME_AS_FIXTURE[id];
  if (fixture) {
    it(`equals the golden fixture ${fixture}`, () => {
      const parsed = parseDesign(readFileSync(resolve(FIXTURES, fixture, 'design.podwright.json'), 'utf8'));
      expect(parsed.ok).toBe(true);
      expect(design).toEqual(parsed.ok && parsed.design);
    });
  }
});
