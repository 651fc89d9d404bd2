/**
 * Seeded property tests over random small designs: no rule ever throws, and every quick fix offered
 * applies as one batch of changes and removes the finding it fixes. Pin the seed of any failure here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryApplyChanges } from '../model/changes';
import { integrityIssues } from '../model/integrity';
import {
  CONTRACT_PROTOCOLS,
  ROLES,
  SERVICE_TYPES,
  WORKLOAD_KINDS,
  type Connection,
  type Design,
  type Pod,
  type Port,
} from '../model/types';
import { withIndex } from './design-index';
import { runRules } from './index';
import type { Diagnostic } from './types';

const SEED = 20251128;
const NUMBERS = [53, 80, 6379, 8080, 9090];

const portArb = (name: string): fc.Arbitrary<Port> =>
  fc
    .record({
      port: fc.constantFrom(...NUMBERS),
      protocol: fc.constantFrom('TCP' as const, 'UDP' as const),
      scope: fc.constantFrom('pod' as const, 'localhost' as const),
      contract: fc.option(
        fc.record({
          name: fc.constantFrom('api', 'cache'),
          version: fc.constantFrom('1.0.0', '2.1.0', '0.3.0', 'v1'),
          protocol: fc.constantFrom(...CONTRACT_PROTOCOLS),
        }),
        { nil: undefined },
      ),
    })
    .map((p) => ({ name, ...p, ...(p.contract ? {} : { contract: undefined }) }));

const podArb = (pi: number): fc.Arbitrary<Pod> =>
  fc
    .record({
      workload: fc.constantFrom(...WORKLOAD_KINDS),
      replicas: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      labelled: fc.boolean(),
      containers: fc.array(
        fc.record({
          role: fc.constantFrom(...ROLES),
          ports: fc.integer({ min: 0, max: 2 }),
          mounts: fc.subarray(['data', 'logs']),
          probe: fc.option(
            fc.record({
              kind: fc.constantFrom('http' as const, 'tcp' as const, 'exec' as const),
              port: fc.constantFrom('p0', 'p1', 'nope'),
            }),
            { nil: undefined },
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .chain((shape) =>
      fc
        .tuple(
          ...shape.containers.map((c, ci) =>
            fc.tuple(...Array.from({ length: c.ports }, (_, k) => portArb(`p${pi}${ci}${k}`))),
          ),
        )
        .map((ports): Pod => ({
          id: `p${pi}`,
          name: `pod-${pi}`,
          description: '',
          workload: shape.workload,
          replicas: shape.replicas,
          ...(shape.labelled ? { labels: { app: `pod-${pi}` } } : {}),
          volumes: [
            { name: 'data', kind: 'emptyDir' },
            { name: 'logs', kind: 'emptyDir' },
          ],
          containers: shape.containers.map((c, ci) => ({
            id: `c${pi}${ci}`,
            name: `c-${ci}`,
            role: c.role,
            image: ci % 2 ? 'redis' : 'example/app:1.0.0',
            description: '',
            ports: ports[ci]!,
            env: [],
            mounts: c.mounts.map((volume) => ({ volume, path: `/${volume}` })),
            ...(c.probe
              ? {
                  probes: {
                    readiness: {
                      ...c.probe,
                      port: c.probe.port === 'nope' ? 'nope' : (ports[ci]![0]?.name ?? 'nope'),
                    },
                  },
                }
              : {}),
          })),
        })),
    );

const designArb: fc.Arbitrary<Design> = fc
  .record({
    pods: fc
      .integer({ min: 1, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => podArb(i)))),
    kubernetes: fc.constantFrom('1.27', '1.28', '1.29', '1.33', 'soon'),
    services: fc.array(
      fc.record({
        pod: fc.integer({ min: -1, max: 2 }),
        type: fc.constantFrom(...SERVICE_TYPES),
        target: fc.nat(),
      }),
      { maxLength: 3 },
    ),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        requires: fc.option(fc.constantFrom('^1.0.0', '^2.0.0', 'nonsense'), { nil: undefined }),
        weight: fc.option(fc.integer({ min: -10, max: 120 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ pods, kubernetes, services: shapes, links }) => {
    const containers = pods.flatMap((p) => p.containers.map((c) => ({ pod: p, c })));
    const services = shapes.map((s, i) => {
      const pod = s.pod >= 0 ? pods[s.pod % pods.length] : undefined;
      const portsOfPod = pod ? pod.containers.flatMap((c) => c.ports.map((p) => p.name)) : [];
      const target = portsOfPod.length > 0 ? portsOfPod[s.target % portsOfPod.length]! : 'http';
      return {
        id: `s${i}`,
        name: `svc-${i}`,
        description: '',
        type: s.type,
        pod: pod?.id ?? '',
        ports: [{ name: 'main', port: 80, targetPort: target }],
      };
    });
    const external = {
      id: 'x0',
      name: 'db',
      description: '',
      kind: 'database' as const,
      ports: [{ name: 'sql', port: 5432, protocol: 'TCP' as const }],
    };
    const targets = [
      ...containers.flatMap(({ c }) => c.ports.map((p) => ({ id: c.id, port: p.name }))),
      ...services.map((s) => ({ id: s.id, port: 'main' })),
      { id: 'x0', port: 'sql' },
    ];
    const connections: Connection[] = links.flatMap((l, i) => {
      const from = containers[l.from % containers.length]!.c;
      const to = targets[l.to % targets.length]!;
      if (to.id === from.id) return [];
      return [
        {
          id: `e${i}`,
          from: from.id,
          to,
          ...(l.requires ? { requires: { contract: 'api', range: l.requires } } : {}),
          ...(l.weight !== undefined ? { weight: l.weight } : {}),
        },
      ];
    });
    return {
      format: 'podwright/v1',
      name: 'random',
      description: '',
      target: { kubernetes },
      pods,
      services,
      externals: [external],
      connections,
      layout: {},
    } as Design;
  })
  .filter((design) => integrityIssues(design).length === 0);

const key = (d: Diagnostic) => `${d.rule}|${d.target.id}|${d.message}`;

describe('rules on random designs', () => {
  it('never fail', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const failed = runRules(design).filter((d) => d.message.includes('failed on this design'));
        expect(failed).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);

  it('offer quick fixes that apply and remove their finding', () => {
    let fixes = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        for (const d of runRules(design)) {
          if (!d.fix) continue;
          fixes++;
          const applied = tryApplyChanges(design, d.fix.changes);
          if (!applied.ok)
            throw new Error(`"${d.fix.title}" for "${d.message}" is refused: ${applied.error.message}`);
          expect(runRules(applied.design).map(key)).not.toContain(key(d));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(fixes).toBeGreaterThan(50);
  }, 60_000);

  it('find with the index kept between runs what a fresh index finds, whatever ran before', () => {
    // Designs in a row share ids at other places, repeat them, and change size, so that every entry,
    // list and look-up of the kept index is rewritten from an unrelated design.
    const shuffled = (design: Design): Design => ({
      ...design,
      pods: [...design.pods].reverse(),
      connections: [...design.connections].reverse(),
    });
    const repeated = (design: Design): Design => ({ ...design, pods: [...design.pods, ...design.pods] });
    // Connections and services left naming ids that an earlier design had, where this one has others.
    const renamed = (design: Design): Design => ({
      ...design,
      pods: design.pods.map((pod) => ({
        ...pod,
        id: `${pod.id}x`,
        containers: pod.containers.map((c) => ({ ...c, id: `${c.id}x` })),
      })),
    });
    // A container that takes the id of a service, so that connections to the service now reach it.
    const serviceIdTaken = (design: Design): Design => {
      const [service] = design.services;
      const [pod] = design.pods;
      if (!service || !pod || pod.containers.length === 0) return design;
      const [first, ...rest] = pod.containers;
      return {
        ...design,
        pods: [{ ...pod, containers: [{ ...first!, id: service.id }, ...rest] }, ...design.pods.slice(1)],
      };
    };
    const variants = [(design: Design) => design, shuffled, repeated, renamed, serviceIdTaken];
    const variant = fc
      .tuple(designArb, fc.nat({ max: variants.length - 1 }))
      .map(([design, kind]) => variants[kind]!(design));
    fc.assert(
      fc.property(fc.array(variant, { minLength: 2, maxLength: 5 }), (designs) => {
        for (const design of designs) {
          // Inside another run's index, a run gets a fresh index of its own.
          const fresh = withIndex(designs[0]!, () => runRules(design));
          expect(runRules(design)).toEqual(fresh);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  }, 60_000);
});
