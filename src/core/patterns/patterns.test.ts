import { describe, expect, it } from 'vitest';
import { geometryOf, overlappingNodes } from '../geometry';
import { tryApplyChanges } from '../model/changes';
import { findContainer } from '../model/queries';
import type { Design } from '../model/types';
import { runRules, type Diagnostic } from '../rules';
import { aContainer, aDesign, aPod, aPort, aService } from '../testing/builders';
import { findTemplate, TEMPLATES } from '../templates';
import {
  addGitSync,
  addHttpsSidecar,
  addLogAdapter,
  addMetricsAdapter,
  PATTERN_ACTIONS,
  patternActionsFor,
  putAmbassadorInFront,
  type PatternApplication,
} from './index';

const key = (d: Diagnostic) => `${d.severity} ${d.rule} ${d.target.id}: ${d.message}`;

/** Applies an application, failing the test when it was refused or its changes do not apply. */
function applied(design: Design, result: PatternApplication): Design {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  const next = tryApplyChanges(design, result.changes);
  if (!next.ok) throw new Error(`changes refused: ${next.error.message}`);
  return next.design;
}

/**
 * Known disagreements with the checks, each explained. A TLS sidecar on a scatter/gather leaf makes the
 * leaves speak https while the root serves http: sharded-without-router compares contract protocols
 * exactly and so stops seeing the root as the leaves' router.
 */
const EXPECTED_NEW: Record<string, string[]> = {
  'https-sidecar scatter-gather c-leaf': ['error sharded-without-router'],
};

describe('applying every pattern to every template', () => {
  const cases = TEMPLATES.flatMap((t) => {
    const design = t.design();
    const targets = [
      ...design.pods.flatMap((p) => p.containers.map((c) => ({ kind: 'container' as const, id: c.id }))),
      ...design.connections.map((c) => ({ kind: 'connection' as const, id: c.id })),
    ];
    return PATTERN_ACTIONS.flatMap((action) =>
      targets.filter((x) => x.kind === action.appliesTo).map((x) => ({ template: t.id, action, id: x.id })),
    );
  });
  let applications = 0;

  it.each(cases.map((c) => [`${c.action.id} ${c.template} ${c.id}`, c] as const))('%s', (label, c) => {
    const base = findTemplate(c.template)!.design();
    const result = c.action.apply(base, c.id);
    expect(c.action.apply(base, c.id)).toEqual(result);
    if (!result.ok) {
      expect(result.reason).toMatch(/^[A-Z"].+\.$/);
      return;
    }
    applications++;
    const next = applied(base, result);
    const added = findContainer(next, result.selectId)?.container;
    expect(added && !findContainer(base, result.selectId)).toBeTruthy();
    const before = new Set(runRules(base).map(key));
    const fresh = runRules(next)
      .filter((d) => d.severity !== 'info' && !before.has(key(d)))
      .map((d) => `${d.severity} ${d.rule}`);
    expect(fresh).toEqual(EXPECTED_NEW[label] ?? []);
  });

  it.each(cases.map((c) => [`${c.action.id} ${c.template} ${c.id}`, c] as const))(
    '%s: the new helper has a place of its own, and nothing overlaps',
    (_, c) => {
      const base = findTemplate(c.template)!.design();
      const result = c.action.apply(base, c.id);
      if (!result.ok) return;
      const next = applied(base, result);
      expect(next.layout[result.selectId]).toBeDefined();
      expect(overlappingNodes(next)).toEqual([]);
      // The pod holds the helper: its saved size, when it has one, is not smaller than what it draws.
      const pod = next.pods.find((p) => p.containers.some((x) => x.id === result.selectId))!;
      const podRect = geometryOf(next).rects.get(pod.id)!;
      const helper = geometryOf(next).rects.get(result.selectId)!;
      expect(helper.x + helper.width).toBeLessThanOrEqual(podRect.x + podRect.width);
      expect(helper.y + helper.height).toBeLessThanOrEqual(podRect.y + podRect.height);
      if (next.layout[pod.id]?.w !== undefined) expect(next.layout[pod.id]!.w).toBe(podRect.width);
    },
  );

  it('applied most of them (the sweep proves something)', () => {
    expect(applications).toBeGreaterThanOrEqual(90);
  });
});

/** A small app pod: an app with an HTTP port (exec probes), a service on it, and a caller in another pod. */
function webDesign(probes: 'exec' | 'http' = 'exec'): Design {
  return aDesign({
    pods: [
      aPod({
        id: 'p-web',
        name: 'web',
        containers: [
          aContainer({
            id: 'c-web',
            name: 'web',
            image: 'registry.example.com/web:1.2.0',
            ports: [aPort({ contract: { name: 'web-api', version: '1.2.0', protocol: 'http' } })],
            probes:
              probes === 'exec'
                ? { readiness: { kind: 'exec', command: ['check'] } }
                : { readiness: { kind: 'http', port: 'http', path: '/readyz' } },
          }),
        ],
      }),
      aPod({ id: 'p-client', name: 'client', containers: [aContainer({ id: 'c-client', name: 'client' })] }),
    ],
    services: [
      aService({ id: 's-web', pod: 'p-web', ports: [{ name: 'http', port: 80, targetPort: 'http' }] }),
    ],
    connections: [
      { id: 'e-client-web', from: 'c-client', to: { id: 's-web', port: 'http' } },
      { id: 'e-client-direct', from: 'c-client', to: { id: 'c-web', port: 'http' } },
    ],
  });
}

describe('addHttpsSidecar', () => {
  it('puts TLS in front: services and callers reach the sidecar, the app listens on localhost', () => {
    const next = applied(webDesign(), addHttpsSidecar(webDesign(), 'c-web'));
    const pod = next.pods[0]!;
    expect(pod.containers[0]!.ports[0]).toMatchObject({ name: 'http', scope: 'localhost' });
    expect(pod.containers[1]).toMatchObject({
      id: 'c-web-tls',
      role: 'sidecar',
      ports: [{ name: 'https', port: 8443, scope: 'pod', contract: { name: 'web-api', protocol: 'https' } }],
    });
    expect(next.services[0]!.ports).toEqual([{ name: 'https', port: 443, targetPort: 'https' }]);
    expect(next.connections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'e-client-web', to: { id: 's-web', port: 'https' } }),
        expect.objectContaining({ id: 'e-client-direct', to: { id: 'c-web-tls', port: 'https' } }),
        expect.objectContaining({ from: 'c-web-tls', to: { id: 'c-web', port: 'http' } }),
      ]),
    );
    expect(pod.volumes.map((v) => v.kind)).toEqual(['configMap', 'secret', 'emptyDir']);
    expect(pod.volumes[0]!.files![0]!.content).toContain('proxy_pass http://127.0.0.1:8080;');
  });

  it('leaves the port on the pod network while the app’s own probes use it, and says so', () => {
    const result = addHttpsSidecar(webDesign('http'), 'c-web');
    expect(result.ok && result.notes.join(' ')).toContain('keeps port "http" on the pod network');
    expect(applied(webDesign('http'), result).pods[0]!.containers[0]!.ports[0]!.scope).toBe('pod');
  });

  it.each([
    { name: 'a missing container', id: 'nope', reason: 'Select an app container' },
    { name: 'a helper', id: 'c-tls-proxy', reason: '"tls-proxy" is a sidecar' },
    { name: 'a pod that already serves HTTPS', id: 'c-legacy-app', reason: 'already serves HTTPS' },
  ])('refuses $name', ({ id, reason }) => {
    expect(addHttpsSidecar(findTemplate('https-legacy')!.design(), id)).toEqual({
      ok: false,
      reason: expect.stringContaining(reason),
    });
  });
});

describe('addMetricsAdapter', () => {
  const withApp = (image: string, protocol?: 'redis' | 'http', name = 'app') =>
    aDesign({
      pods: [
        aPod({
          containers: [
            aContainer({
              image,
              ports: [
                aPort({
                  name,
                  port: 7000,
                  ...(protocol ? { contract: { name: 'x', version: '1.0.0', protocol } } : {}),
                }),
              ],
            }),
          ],
        }),
      ],
    });

  it.each([
    {
      app: withApp('example/cache:1.0.0', 'redis'),
      image: 'oliver006/redis_exporter',
      env: 'redis://127.0.0.1:7000',
    },
    {
      app: withApp('bitnami/mysql:8.4.3', undefined, 'mysql'),
      image: 'prom/mysqld-exporter',
      arg: '--mysqld.address=127.0.0.1:7000',
    },
    {
      app: withApp('postgres:16.4'),
      image: 'postgres-exporter',
      env: '127.0.0.1:7000/postgres?sslmode=disable',
    },
    {
      app: withApp('nginx:1.27.3', 'http'),
      image: 'nginx-prometheus-exporter',
      arg: '--nginx.scrape-uri=http://127.0.0.1:7000/stub_status',
    },
    { app: withApp('example/web:1.0.0', 'http'), image: 'blackbox-exporter' },
  ])('adapts $app.pods.0.containers.0.image with $image', ({ app, image, env, arg }) => {
    const result = addMetricsAdapter(app, 'c-app');
    const next = applied(app, result);
    const adapter = findContainer(next, result.ok ? result.selectId : '')!.container;
    expect(adapter).toMatchObject({
      role: 'adapter',
      ports: [{ name: 'metrics', scope: 'pod', contract: { protocol: 'prometheus' } }],
    });
    expect(adapter.image).toContain(image);
    if (env) expect(adapter.env.map((e) => e.value)).toContain(env);
    if (arg) expect(adapter.args).toContain(arg);
    expect(next.connections).toContainEqual(
      expect.objectContaining({
        from: adapter.id,
        to: { id: 'c-app', port: adapter.id ? next.pods[0]!.containers[0]!.ports[0]!.name : '' },
      }),
    );
  });

  it('refuses an app it knows no exporter for, and one that already has metrics', () => {
    expect(addMetricsAdapter(withApp('example/batch:1.0.0', undefined, 'jobs'), 'c-app')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('No exporter'),
    });
    expect(
      addMetricsAdapter(findTemplate('prometheus-exporter')!.design(), 'c-sessions-redis'),
    ).toMatchObject({
      ok: false,
      reason: '"redis" already has Prometheus metrics, served by "metrics".',
    });
  });
});

describe('addLogAdapter', () => {
  it('prints normalised records for the node’s agent when the design has no log store', () => {
    const design = webDesign();
    const result = addLogAdapter(design, 'c-web');
    const next = applied(design, result);
    const app = next.pods[0]!.containers[0]!;
    expect(app.mounts).toEqual([{ volume: 'web-logs', path: '/var/log/web' }]);
    const conf = next.pods[0]!.volumes.find((v) => v.kind === 'configMap')!.files![0]!.content;
    expect(conf).toContain('Path   /var/log/web/*.log');
    expect(conf).toContain('Name   stdout');
    expect(result.ok && result.notes[0]).toBe('Make "web" write its log files to /var/log/web (*.log).');
  });

  it('ships to the design’s log store, and reuses the log directory the app already writes', () => {
    const design = findTemplate('fluentd-logging')!.design();
    const withoutAdapter: Design = {
      ...design,
      pods: design.pods.map((p) => ({ ...p, containers: p.containers.filter((c) => c.role !== 'adapter') })),
      connections: [],
    };
    const result = addLogAdapter(withoutAdapter, 'c-orders');
    const next = applied(withoutAdapter, result);
    const conf = next.pods[0]!.volumes.find((v) => v.name === 'orders-logs-conf')!.files![0]!.content;
    expect(conf).toContain('Path   /var/log/orders/*.log');
    expect(conf).toMatch(/Name {3}es\n.*\n {4}Host {3}logs\.example\.com\n {4}Port {3}9200\n {4}tls {4}On/);
    expect(next.connections).toEqual([
      expect.objectContaining({ to: { id: 'ext-elasticsearch', port: 'https' } }),
    ]);
    expect(next.pods[0]!.containers[0]!.mounts).toEqual(withoutAdapter.pods[0]!.containers[0]!.mounts);
    expect(addLogAdapter(design, 'c-orders')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already has a log adapter'),
    });
  });
});

describe('addGitSync', () => {
  it('shares a volume with the app and adds the repository when the design has none', () => {
    const design = webDesign();
    const next = applied(design, addGitSync(design, 'c-web'));
    expect(next.pods[0]!.containers[0]!.mounts).toEqual([
      { volume: 'git-content', path: '/git', readOnly: true },
    ]);
    expect(next.externals).toEqual([expect.objectContaining({ name: 'git-repo', host: 'git.example.com' })]);
    expect(next.connections).toContainEqual(
      expect.objectContaining({ from: 'c-web-git-sync', to: { id: 'ext-git-repo', port: 'https' } }),
    );
  });

  it('follows the Git server the design already has, and refuses a second git-sync', () => {
    const design = findTemplate('git-sync')!.design();
    expect(addGitSync(design, 'c-docs-web')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already runs git-sync'),
    });
    const other = {
      ...design,
      pods: design.pods.map((p) => ({ ...p, containers: p.containers.filter((c) => c.role === 'app') })),
      connections: [],
    };
    const next = applied(other, addGitSync(other, 'c-docs-web'));
    expect(next.externals).toHaveLength(1);
    expect(next.connections).toEqual([
      expect.objectContaining({ to: { id: 'ext-docs-repo', port: 'https' } }),
    ]);
  });
});

describe('putAmbassadorInFront', () => {
  it('routes the app through an envoy ambassador on localhost, with its configuration', () => {
    const design = findTemplate('microservices')!.design();
    const result = putAmbassadorInFront(design, 'conn-orders-payments');
    const next = applied(design, result);
    const ambassador = findContainer(next, result.ok ? result.selectId : '')!.container;
    expect(ambassador).toMatchObject({
      name: 'payments-proxy',
      role: 'ambassador',
      ports: [
        {
          name: 'payments',
          port: 10443,
          scope: 'localhost',
          contract: { name: 'payments-api', protocol: 'http' },
        },
        { name: 'proxy-health', scope: 'pod', contract: { protocol: 'health' } },
      ],
      mounts: [{ volume: 'payments-proxy-conf', path: '/etc/envoy', readOnly: true }],
    });
    expect(next.connections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'conn-orders-payments',
          from: 'c-orders',
          to: { id: ambassador.id, port: 'payments' },
        }),
        expect.objectContaining({
          from: ambassador.id,
          to: { id: 'ext-payments', port: 'https' },
          requires: { contract: 'payments-api', range: '^3.0.0' },
        }),
      ]),
    );
    const envoy = next.pods
      .find((p) => p.id === 'pod-orders')!
      .volumes.find((v) => v.name === 'payments-proxy-conf')!;
    expect(envoy.files![0]!.content).toContain('sni: api.payments.example.com');
    expect(result.ok && result.notes[0]).toBe(
      'Point "orders" at 127.0.0.1:10443 instead of api.payments.example.com:443.',
    );
  });

  it.each([
    { connection: 'nope', reason: 'Select a connection first.' },
    { connection: 'conn-migrate-db', reason: '"migrate", an init container' },
  ])('refuses $connection', ({ connection, reason }) => {
    expect(putAmbassadorInFront(findTemplate('microservices')!.design(), connection)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(reason),
    });
  });

  it('refuses connections inside the pod and to a container of another pod', () => {
    expect(
      putAmbassadorInFront(findTemplate('request-splitting')!.design(), 'conn-web-to-splitter'),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('stays inside the pod'),
    });
    expect(putAmbassadorInFront(webDesign(), 'e-client-direct')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('put a service in front of it first'),
    });
  });
});

describe('patternActionsFor', () => {
  it('offers the container actions for a container and the connection action for a connection', () => {
    const design = webDesign();
    expect(patternActionsFor(design, 'container', 'c-web').map((a) => [a.action.title, a.result.ok])).toEqual(
      [
        ['Add HTTPS sidecar', true],
        ['Add git-sync sidecar', true],
        ['Add metrics adapter', true],
        ['Add log adapter', true],
      ],
    );
    const [only] = patternActionsFor(design, 'connection', 'e-client-web');
    expect(only).toMatchObject({ action: { id: 'ambassador' }, result: { ok: true } });
  });
});
