import type { RuleCases } from '../testing/cases';
import {
  anAdapter,
  anAmbassador,
  anApp,
  aSidecar,
  connect,
  designOf,
  podOf,
  port,
  serviceFor,
  sport,
} from '../testing/designs';

const redis = podOf('redis', [anApp('redis', { ports: [port('redis', 6379)] })]);

export default {
  valid: [
    {
      name: 'each helper works with the app of its own pod; the TLS sidecar is reached through a service',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080, { scope: 'localhost' })] }),
            aSidecar('tls', { ports: [port('https', 8443)] }),
            anAmbassador('proxy', { ports: [port('cache', 6379, { scope: 'localhost' })] }),
          ]),
          redis,
          podOf('front', [anApp('front')]),
        ],
        services: [
          serviceFor('web', 'web', [sport('https', 443)]),
          serviceFor('redis', 'redis', [sport('redis', 6379)]),
        ],
        connections: [
          connect('tls', 'c-web', 'http'),
          connect('web', 'c-proxy', 'cache'),
          connect('proxy', 's-redis', 'redis'),
          connect('front', 's-web', 'https'),
        ],
      }),
    },
    {
      name: 'an adapter that reads its own app and pushes to a service elsewhere',
      design: designOf({
        pods: [
          podOf('cache', [anApp('cache', { ports: [port('redis', 6379)] }), anAdapter('shipper')]),
          podOf('logs', [anApp('logs', { ports: [port('forward', 24224)] })]),
        ],
        services: [serviceFor('logs', 'logs', [sport('forward', 24224)])],
        connections: [connect('shipper', 'c-cache', 'redis'), connect('shipper', 's-logs', 'forward')],
      }),
    },
  ],
  invalid: [
    {
      name: 'an ambassador called from another pod through a service',
      design: designOf({
        pods: [
          podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [port('cache', 6379)] })]),
          podOf('batch', [anApp('batch')]),
        ],
        services: [serviceFor('proxy', 'web', [sport('cache', 6379)])],
        connections: [connect('batch', 's-proxy', 'cache')],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes: 'Ambassador "proxy" in pod "web" is called from pod "batch"',
        },
      ],
    },
    {
      name: 'a sidecar called directly from other pods',
      design: designOf({
        pods: [
          podOf('web', [anApp('web'), aSidecar('config', { ports: [port('config', 7000)] })]),
          podOf('a', [anApp('a')]),
          podOf('b', [anApp('b')]),
        ],
        connections: [connect('a', 'c-config', 'config'), connect('b', 'c-config', 'config')],
      }),
      expected: [
        {
          target: { id: 'c-config' },
          messageIncludes: 'Sidecar "config" in pod "web" is called directly from pod "a" and "b"',
        },
      ],
    },
    {
      name: 'an adapter reading an app in another pod',
      design: designOf({
        pods: [
          podOf('exporter', [anApp('other'), anAdapter('metrics', { ports: [port('metrics', 9121)] })]),
          redis,
        ],
        services: [serviceFor('redis', 'redis', [sport('redis', 6379)])],
        connections: [connect('metrics', 's-redis', 'redis')],
      }),
      expected: [
        {
          target: { id: 'c-metrics' },
          messageIncludes: 'Adapter "metrics" in pod "exporter" reads app "redis" in another pod',
        },
      ],
    },
  ],
} satisfies RuleCases;
