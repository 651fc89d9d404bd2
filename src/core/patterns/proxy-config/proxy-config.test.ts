import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tryApplyChanges } from '../../model/changes';
import type { Connection, Design } from '../../model/types';
import { aContainer, aDesign, aPod, aPort, aService, anExternal } from '../../testing/builders';
import { findTemplate } from '../../templates';
import { proxyConfigChanges, relativeWeights, renderProxyConfig } from './index';
import { proxyFlavour } from './plan';

const template = (id: string) => findTemplate(id)!.design();
const reweigh = (design: Design, weights: Record<string, number | undefined>): Design => ({
  ...design,
  connections: design.connections.map((c): Connection => {
    if (!(c.id in weights)) return c;
    const { weight: _old, ...rest } = c;
    const weight = weights[c.id];
    return weight === undefined ? rest : { ...rest, weight };
  }),
});
const content = (design: Design, id: string) => {
  const result = renderProxyConfig(design, id);
  if (!result.ok) throw new Error(result.reason);
  return result.config.content;
};

/** One ambassador with a localhost port, connected to the given externals. */
function ambassadorTo(image: string, protocol: 'http' | 'grpc' | 'redis', targets: string[], tls = false) {
  const contract = { name: 'api', version: '1.0.0', protocol };
  return aDesign({
    pods: [
      aPod({
        containers: [
          aContainer(),
          aContainer({
            id: 'c-amb',
            name: 'amb',
            role: 'ambassador',
            image,
            ports: [aPort({ name: 'api', port: 9000, scope: 'localhost', contract })],
          }),
        ],
      }),
    ],
    externals: targets.map((host, i) =>
      anExternal({
        id: `x-${i}`,
        name: `backend-${i}`,
        host,
        ports: [
          {
            name: 'api',
            port: 443,
            protocol: 'TCP',
            contract: { ...contract, ...(tls ? { protocol: 'https' } : {}) },
          },
        ],
      }),
    ),
    connections: targets.map((_, i) => ({ id: `e-${i}`, from: 'c-amb', to: { id: `x-${i}`, port: 'api' } })),
  });
}

describe('relativeWeights', () => {
  it.each([
    { weights: [90, 10], expected: [9, 1] },
    { weights: [50, 50], expected: [1, 1] },
    { weights: [33.3, 66.7], expected: [333, 667] },
    { weights: [100, 0], expected: [1, 0] },
    { weights: [undefined, undefined], expected: undefined },
    { weights: [70, undefined], expected: [1, 0] },
    { weights: [Number.NaN, 10], expected: [0, 1] },
  ])('$weights -> $expected', ({ weights, expected }) => {
    const upstreams = weights.map((weight, i) => ({
      connectionId: `e${i}`,
      host: 'h',
      port: 1,
      tls: false,
      ...(weight !== undefined ? { weight } : {}),
    }));
    expect(relativeWeights(upstreams)).toEqual(expected);
  });
});

describe('proxyFlavour', () => {
  it.each([
    ['nginxinc/nginx-unprivileged:1.27.3-alpine', 'nginx'],
    ['envoyproxy/envoy:v1.31.3', 'envoy'],
    ['registry.example.com/infra/twemproxy:0.5.0', 'twemproxy'],
    ['redis:7', undefined],
  ])('%s is %s', (image, flavour) => expect(proxyFlavour(image)).toBe(flavour));
});

describe('nginx request splitting', () => {
  it('writes the weights as nginx upstream weights in their smallest ratio', () => {
    const design = reweigh(template('request-splitting'), {
      'conn-splitter-to-catalog': 75,
      'conn-splitter-to-experiment': 25,
    });
    expect(content(design, 'c-splitter')).toContain(
      'upstream catalog {\n    server catalog:80 weight=3;\n    server catalog-experiment:80 weight=1;\n}',
    );
  });

  it('marks a backend with weight 0 down, and writes no weights when none is given', () => {
    const design = template('request-splitting');
    const off = reweigh(design, { 'conn-splitter-to-catalog': 100, 'conn-splitter-to-experiment': 0 });
    expect(content(off, 'c-splitter')).toContain(
      'server catalog:80 weight=1;\n    server catalog-experiment:80 down;',
    );
    const even = reweigh(design, {
      'conn-splitter-to-catalog': undefined,
      'conn-splitter-to-experiment': undefined,
    });
    expect(content(even, 'c-splitter')).toContain('server catalog:80;\n    server catalog-experiment:80;');
  });

  it('regenerates the file when a weight changes, as one change, and then has nothing to do', () => {
    const changed = reweigh(template('request-splitting'), {
      'conn-splitter-to-catalog': 80,
      'conn-splitter-to-experiment': 20,
    });
    const update = proxyConfigChanges(changed, 'c-splitter');
    expect(update).toMatchObject({ ok: true, volume: 'splitter-conf', changes: [{ type: 'updateVolume' }] });
    const applied = tryApplyChanges(changed, update.ok ? update.changes : []);
    expect(applied.ok).toBe(true);
    const next = applied.ok ? applied.design : changed;
    const files = next.pods[0]!.volumes.find((v) => v.name === 'splitter-conf')!.files!;
    expect(files).toHaveLength(1);
    expect(files[0]!.content).toContain('weight=4;');
    expect(proxyConfigChanges(next, 'c-splitter')).toMatchObject({ ok: true, changes: [] });
  });

  it('originates TLS to HTTPS backends', () => {
    const design = ambassadorTo('nginx:1.27.3', 'http', ['api.example.com'], true);
    expect(content(design, 'c-amb')).toContain(
      'proxy_pass https://api;\n        proxy_ssl_server_name on;\n        proxy_ssl_name api.example.com;',
    );
  });

  it('refuses protocols nginx does not proxy here, saying why', () => {
    expect(renderProxyConfig(ambassadorTo('nginx:1.27.3', 'redis', ['cache.example.com']), 'c-amb')).toEqual({
      ok: false,
      reason: expect.stringContaining('proxies HTTP only'),
    });
  });
});

describe('envoy', () => {
  it('balances over every backend with weights, retries and outlier detection', () => {
    const design = reweigh(
      ambassadorTo('envoyproxy/envoy:v1.31.3', 'http', ['a.example.com', 'b.example.com']),
      {
        'e-0': 60,
        'e-1': 40,
      },
    );
    const config = parse(content(design, 'c-amb')) as {
      static_resources: { listeners: { name: string }[]; clusters: Record<string, unknown>[] };
    };
    expect(config.static_resources.listeners.map((l) => l.name)).toEqual(['api']);
    expect(config.static_resources.clusters[0]).toMatchObject({
      name: 'api',
      type: 'STRICT_DNS',
      load_assignment: {
        endpoints: [
          {
            lb_endpoints: [
              {
                endpoint: { address: { socket_address: { address: 'a.example.com', port_value: 443 } } },
                load_balancing_weight: 3,
              },
              {
                endpoint: { address: { socket_address: { address: 'b.example.com', port_value: 443 } } },
                load_balancing_weight: 2,
              },
            ],
          },
        ],
      },
      outlier_detection: { consecutive_5xx: 5 },
    });
  });

  it('speaks HTTP/2 to gRPC backends, TLS with SNI to HTTPS ones, and drops weight 0', () => {
    const grpc = reweigh(
      ambassadorTo('envoyproxy/envoy:v1.31.3', 'grpc', ['a.example.com', 'b.example.com'], true),
      {
        'e-0': 100,
        'e-1': 0,
      },
    );
    const text = content(grpc, 'c-amb');
    expect(text).toContain('http2_protocol_options: {}');
    expect(text).toContain('sni: a.example.com');
    expect(text).not.toContain('b.example.com');
  });

  it('proxies other protocols over TCP', () => {
    expect(
      content(ambassadorTo('envoyproxy/envoy:v1.31.3', 'redis', ['cache.example.com']), 'c-amb'),
    ).toContain('envoy.filters.network.tcp_proxy');
  });
});

describe('twemproxy', () => {
  it('lists every StatefulSet member by its stable name', () => {
    const design = template('twemproxy-sharding');
    const more = {
      ...design,
      pods: design.pods.map((p) => (p.id === 'pod-redis' ? { ...p, replicas: 4 } : p)),
    };
    expect(content(more, 'c-twemproxy')).toContain('    - redis-3.redis-shards:6379:1 redis-3\n');
  });

  it('writes a memcached pool without the redis flag', () => {
    const text = content(template('sharded-service'), 'c-router');
    expect(text).toContain('memcache:\n  listen: 0.0.0.0:11211\n  hash: fnv1a_64');
    expect(text).not.toContain('redis: true');
  });
});

describe('where the file goes', () => {
  it('adds a configMap volume mounted at the image’s configuration directory when there is none', () => {
    const design = ambassadorTo('envoyproxy/envoy:v1.31.3', 'http', ['a.example.com']);
    const update = proxyConfigChanges(design, 'c-amb');
    expect(update).toMatchObject({
      ok: true,
      volume: 'amb-conf',
      changes: [
        {
          type: 'addVolume',
          volume: { name: 'amb-conf', kind: 'configMap', files: [{ path: 'envoy.yaml' }] },
        },
        {
          type: 'updateContainer',
          id: 'c-amb',
          patch: { mounts: [{ volume: 'amb-conf', path: '/etc/envoy' }] },
        },
      ],
    });
    expect(tryApplyChanges(design, update.ok ? update.changes : []).ok).toBe(true);
  });

  it('refuses when another kind of volume sits at the configuration directory', () => {
    const base = ambassadorTo('envoyproxy/envoy:v1.31.3', 'http', ['a.example.com']);
    const design: Design = {
      ...base,
      pods: base.pods.map((p) => ({
        ...p,
        volumes: [{ name: 'scratch', kind: 'emptyDir' }],
        containers: p.containers.map((c) =>
          c.id === 'c-amb' ? { ...c, mounts: [{ volume: 'scratch', path: '/etc/envoy' }] } : c,
        ),
      })),
    };
    expect(proxyConfigChanges(design, 'c-amb')).toEqual({
      ok: false,
      reason: expect.stringContaining('needs a configMap there'),
    });
  });
});

describe('refusals and untrusted names', () => {
  it.each([
    { name: 'a missing container', design: aDesign(), id: 'c-x', reason: 'no longer exists' },
    {
      name: 'an image Podwright cannot configure',
      design: ambassadorTo('haproxy:3.0', 'http', ['a.example.com']),
      id: 'c-amb',
      reason: 'runs haproxy:3.0',
    },
    {
      name: 'a proxy without a listening port',
      design: aDesign({ pods: [aPod({ containers: [aContainer({ id: 'c-amb', image: 'nginx:1.27.3' })] })] }),
      id: 'c-amb',
      reason: 'has no port for its app to call',
    },
    {
      name: 'a proxy without backends',
      design: ambassadorTo('nginx:1.27.3', 'http', []),
      id: 'c-amb',
      reason: 'has no backend yet',
    },
  ])('refuses $name', ({ design, id, reason }) => {
    expect(renderProxyConfig(design, id)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('never writes a host that could break out of the configuration', () => {
    const design = ambassadorTo('nginx:1.27.3', 'http', ['good.example.com', 'evil;}\nserver { listen 80']);
    const result = renderProxyConfig(design, 'c-amb');
    expect(result.ok && result.config.content).not.toContain('evil');
    expect(result.ok && result.config.notes.join(' ')).toContain('is not a host name');
  });

  it('reaches a backend of another pod only through a service', () => {
    const base = ambassadorTo('nginx:1.27.3', 'http', ['a.example.com']);
    const other = aPod({
      id: 'p-other',
      name: 'other',
      containers: [aContainer({ id: 'c-other', name: 'other', ports: [aPort({ name: 'web' })] })],
    });
    const design: Design = {
      ...base,
      pods: [...base.pods, other],
      services: [
        aService({
          id: 's-other',
          name: 'other',
          pod: 'p-other',
          ports: [{ name: 'web', port: 80, targetPort: 'web' }],
        }),
      ],
      connections: [
        ...base.connections,
        { id: 'e-direct', from: 'c-amb', to: { id: 'c-other', port: 'web' } },
        { id: 'e-service', from: 'c-amb', to: { id: 's-other', port: 'web' } },
      ],
    };
    const result = renderProxyConfig(design, 'c-amb');
    expect(result.ok && result.config.content).toContain('server other:80;');
    expect(result.ok && result.config.notes.join(' ')).toContain('reach it through a service');
  });
});
