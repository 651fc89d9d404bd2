import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { makeBaseline } from './contract-baseline';
import { definePodRule, defineRule } from './define';
import { indexDesign } from './design-index';
import { atOrAbove, countBySeverity, groupByTarget, runRules, worstSeverity } from './index';
import { effectiveSeverity, formatMessage, runRuleSet } from './run';
import { anAmbassador, anApp, designOf, podOf, port } from './testing/designs';
import { designTarget, podTarget } from './targets';

/** A pod with a lone ambassador and no owner: an error, two warnings and more. */
const messy = (rules?: Design['rules']): Design =>
  designOf({
    rules,
    pods: [
      podOf(
        'web',
        [anApp('web'), anAmbassador('proxy', { ports: [port('cache', 6379, { scope: 'localhost' })] })],
        { owner: '' },
      ),
    ],
  });

describe('runRules', () => {
  it('lists errors first, then warnings, then infos, each in document order', () => {
    const found = runRules(messy());
    const ranks = found.map((d) => ['error', 'warning', 'info'].indexOf(d.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(found[0]).toMatchObject({
      rule: 'ambassador-incomplete',
      severity: 'error',
      target: { kind: 'container', name: 'proxy' },
    });
    const warnings = found.filter((d) => d.severity === 'warning');
    // The pod comes before its containers in the document.
    expect(warnings[0]).toMatchObject({ rule: 'owner-missing', target: { kind: 'pod', id: 'p-web' } });
  });

  it('is deterministic', () => {
    expect(runRules(messy())).toEqual(runRules(messy()));
  });

  it("follows the design's configuration: off, another severity, nonsense ignored", () => {
    const found = runRules(
      messy({
        'owner-missing': 'off',
        'ambassador-incomplete': 'info',
        'resources-unset': 'loud' as never,
        'no-such-rule': 'error',
        ['__proto__' as string]: 'off',
      }),
    );
    expect(found.some((d) => d.rule === 'owner-missing')).toBe(false);
    expect(found.filter((d) => d.rule === 'ambassador-incomplete').map((d) => d.severity)).toEqual([
      'info',
      'info',
    ]);
    expect(found.filter((d) => d.rule === 'resources-unset').every((d) => d.severity === 'warning')).toBe(
      true,
    );
  });

  it("lets the run's options override the design's configuration", () => {
    const found = runRules(messy({ 'owner-missing': 'off' }), { rules: { 'owner-missing': 'error' } });
    expect(found.find((d) => d.rule === 'owner-missing')).toMatchObject({ severity: 'error' });
    expect(
      effectiveSeverity(
        { id: 'owner-missing', severity: 'warning' } as never,
        messy({ 'owner-missing': 'info' }),
      ),
    ).toBe('info');
  });

  it('turns a rule that throws into one error finding, and keeps the others', () => {
    const broken = defineRule(
      {
        id: 'broken',
        description: 'Require nothing.',
        category: 'wiring',
        severity: 'info',
        why: '',
        upstream: [],
        messages: {},
      },
      () => {
        throw new Error('boom');
      },
    );
    const fine = defineRule(
      {
        id: 'fine',
        description: 'Require a pod.',
        category: 'wiring',
        severity: 'info',
        why: '',
        upstream: [],
        messages: { hi: 'Pod "{pod}".' },
      },
      ({ design }) =>
        design.pods.map((pod) => ({ messageId: 'hi', data: { pod: pod.name }, target: podTarget(pod) })),
    );
    const found = runRuleSet([broken, fine], messy());
    expect(found).toMatchObject([
      {
        rule: 'broken',
        severity: 'error',
        message: expect.stringContaining('(boom)'),
        target: designTarget(messy()),
      },
      { rule: 'fine', severity: 'info', message: 'Pod "web".' },
    ]);
  });
});

describe('rules checked pod by pod', () => {
  const meta = {
    description: 'Require nothing.',
    category: 'wiring' as const,
    severity: 'info' as const,
    why: '',
    upstream: [],
    messages: { pod: 'Pod "{pod}".', rest: 'Design "{design}".' },
  };
  const twoPods = (): Design => designOf({ pods: [podOf('a', [anApp('a')]), podOf('b', [anApp('b')])] });
  const perPod = definePodRule(
    { ...meta, id: 'per-pod' },
    {
      start: ({ design }) => design.name,
      pod: ({ pod }, _context, findings, name) =>
        findings.push({ messageId: 'pod', data: { pod: `${pod.name} of ${name}` }, target: podTarget(pod) }),
      rest: ({ design }, findings) =>
        findings.push({ messageId: 'rest', data: { design: design.name }, target: designTarget(design) }),
    },
  );

  it('find in the shared walk what their own check finds, in the same order', () => {
    const design = twoPods();
    const alone = perPod.check({ design, index: indexDesign(design) });
    expect(alone.map((f) => f.data)).toEqual([
      { pod: 'a of test' },
      { pod: 'b of test' },
      { design: 'test' },
    ]);
    expect(runRuleSet([perPod], design).map((d) => d.message)).toEqual([
      'Design "test".',
      'Pod "a of test".',
      'Pod "b of test".',
    ]);
  });

  it('that throw on one pod become one error finding, without their findings so far', () => {
    const flaky = definePodRule(
      { ...meta, id: 'flaky' },
      {
        pod: ({ pod }, _context, findings) => {
          findings.push({ messageId: 'pod', data: { pod: pod.name }, target: podTarget(pod) });
          if (pod.name === 'b') throw new Error('boom');
        },
      },
    );
    const found = runRuleSet([flaky, perPod], twoPods());
    expect(found.filter((d) => d.rule === 'flaky')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('(boom)') },
    ]);
    expect(found.filter((d) => d.rule === 'per-pod')).toHaveLength(3);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Pod "{pod}" has {count} apps; {missing}', { pod: 'web', count: 2 })).toBe(
      'Pod "web" has 2 apps; {missing}',
    );
  });
});

describe('summaries for the Problems panel and badges', () => {
  const found = runRules(messy());
  it('group by target, with the worst severity first', () => {
    const groups = groupByTarget(found);
    expect(worstSeverity(groups.get('c-proxy')!)).toBe('error');
    expect(worstSeverity(groups.get('p-web')!)).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
  });
  it('count by severity and compare thresholds', () => {
    const counts = countBySeverity(found);
    expect(counts.error + counts.warning + counts.info).toBe(found.length);
    expect(atOrAbove('error', 'warning')).toBe(true);
    expect(atOrAbove('info', 'warning')).toBe(false);
  });
});

describe('makeBaseline', () => {
  it('records every contracted container port, in document order', () => {
    const design = designOf({
      pods: [
        podOf('orders', [
          anApp('orders', {
            ports: [
              port('http', 8080, { contract: { name: 'orders-api', version: '2.1.0', protocol: 'http' } }),
              port('debug', 6060),
            ],
          }),
        ]),
      ],
    });
    expect(makeBaseline(design, '2025-01-01T00:00:00Z')).toEqual({
      savedAt: '2025-01-01T00:00:00Z',
      contracts: [
        {
          container: 'c-orders',
          containerName: 'orders',
          podName: 'orders',
          port: 'http',
          number: 8080,
          protocol: 'TCP',
          contract: { name: 'orders-api', version: '2.1.0', protocol: 'http' },
        },
      ],
    });
    expect(makeBaseline(design)).not.toHaveProperty('savedAt');
  });
});
