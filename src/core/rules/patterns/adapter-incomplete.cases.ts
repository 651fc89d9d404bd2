import type { RuleCases } from '../testing/cases';
import { anAdapter, anApp, connect, designOf, externalOf, podOf, port, xport } from '../testing/designs';

const redis = anApp('redis', { ports: [port('redis', 6379, { scope: 'localhost' })] });
const metrics = port('metrics', 9121, {
  contract: { name: 'redis-metrics', version: '1.0.0', protocol: 'prometheus' },
});
const logs = { name: 'logs', kind: 'emptyDir' as const };

export default {
  valid: [
    {
      name: 'redis_exporter reads redis over localhost and serves Prometheus metrics',
      design: designOf({
        pods: [podOf('cache', [redis, anAdapter('exporter', { ports: [metrics] })])],
        connections: [connect('exporter', 'c-redis', 'redis')],
      }),
    },
    {
      name: "fluentd reads the app's log volume and ships to a log store",
      design: designOf({
        pods: [
          podOf(
            'cache',
            [
              anApp('redis', { mounts: [{ volume: 'logs', path: '/var/log/redis' }] }),
              anAdapter('fluentd', { mounts: [{ volume: 'logs', path: '/logs', readOnly: true }] }),
            ],
            { volumes: [logs] },
          ),
        ],
        externals: [externalOf('elastic', [xport('http', 9200)], { kind: 'logging' })],
        connections: [connect('fluentd', 'x-elastic', 'http')],
      }),
    },
  ],
  invalid: [
    {
      name: 'an exporter that reads nothing of the app',
      design: designOf({ pods: [podOf('cache', [redis, anAdapter('exporter', { ports: [metrics] })])] }),
      expected: [
        {
          target: { kind: 'container', id: 'c-exporter' },
          messageIncludes: 'Adapter "exporter" in pod "cache" has no input from app "redis"',
        },
      ],
    },
    {
      name: 'an adapter with a port but no contract on it',
      design: designOf({
        pods: [podOf('cache', [redis, anAdapter('exporter', { ports: [port('metrics', 9121)] })])],
        connections: [connect('exporter', 'c-redis', 'redis')],
      }),
      expected: [
        {
          messageIncludes:
            'Adapter "exporter" in pod "cache" serves port "metrics" without a standard contract',
        },
      ],
    },
    {
      name: 'an adapter with no output at all',
      design: designOf({
        pods: [podOf('cache', [redis, anAdapter('exporter')])],
        connections: [connect('exporter', 'c-redis', 'redis')],
      }),
      expected: [{ messageIncludes: 'Adapter "exporter" in pod "cache" offers no standard interface' }],
    },
  ],
} satisfies RuleCases;
