import type { RuleCases } from '../testing/cases';
import {
  anAmbassador,
  anApp,
  connect,
  designOf,
  externalOf,
  podOf,
  port,
  serviceFor,
  sport,
  xport,
} from '../testing/designs';

const redis = { name: 'redis', version: '7.2.0', protocol: 'redis' as const };
const http = { name: 'web', version: '1.0.0', protocol: 'http' as const };
const shards = podOf('shards', [anApp('redis', { ports: [port('redis', 6379, { contract: redis })] })], {
  workload: 'StatefulSet',
  replicas: 3,
});
const headless = serviceFor('shards', 'shards', [sport('redis', 6379)], { type: 'Headless' });
const web = (
  proxyContract: typeof redis | typeof http | { name: string; version: string; protocol: 'tcp' },
) =>
  designOf({
    pods: [
      podOf('web', [
        anApp('web'),
        anAmbassador('proxy', {
          ports: [port('cache', 6379, { scope: 'localhost', contract: proxyContract })],
        }),
      ]),
      shards,
    ],
    services: [headless],
    connections: [connect('web', 'c-proxy', 'cache'), connect('proxy', 's-shards', 'redis')],
  });

export default {
  valid: [
    { name: 'a redis ambassador in front of redis shards', design: web(redis) },
    {
      name: 'a TCP proxy carries any TCP protocol',
      design: web({ name: 'l4', version: '1.0.0', protocol: 'tcp' }),
    },
    {
      name: 'syslog over UDP; a service port that says UDP like its target',
      design: designOf({
        pods: [
          podOf('logs', [
            anApp('logs', {
              ports: [
                port('syslog', 514, {
                  protocol: 'UDP',
                  contract: { name: 'syslog', version: '1.0.0', protocol: 'logs' },
                }),
              ],
            }),
          ]),
        ],
        services: [serviceFor('logs', 'logs', [sport('syslog', 514, 'syslog', { protocol: 'UDP' })])],
      }),
    },
  ],
  invalid: [
    {
      name: 'an ambassador that offers HTTP but forwards to redis',
      design: web(http),
      expected: [
        {
          target: { kind: 'connection', id: 'e-proxy-s-shards-redis' },
          messageIncludes:
            'Ambassador "proxy" in pod "web" offers http to its app but forwards to "shards", which speaks redis',
        },
      ],
    },
    {
      name: 'a UDP service port in front of a TCP container port',
      design: designOf({
        pods: [podOf('dns', [anApp('dns', { ports: [port('dns', 53)] })])],
        services: [serviceFor('dns', 'dns', [sport('dns', 53, 'dns', { protocol: 'UDP' })])],
      }),
      expected: [
        {
          target: { kind: 'service', id: 's-dns' },
          messageIncludes: 'Service "dns" port "dns" is UDP but targets TCP port "dns" of container "dns"',
          fix: 'Make service port "dns" TCP',
        },
      ],
    },
    {
      name: 'contracts that cannot run over their transport',
      design: designOf({
        pods: [
          podOf('api', [
            anApp('api', {
              ports: [
                port('grpc', 9090, {
                  protocol: 'UDP',
                  contract: { name: 'api', version: '1.0.0', protocol: 'grpc' },
                }),
              ],
            }),
          ]),
        ],
        externals: [
          externalOf('stats', [
            xport('statsd', 8125, { contract: { name: 'statsd', version: '1.0.0', protocol: 'udp' } }),
          ]),
        ],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-api' },
          messageIncludes:
            'Port "grpc" of container "api" in pod "api" carries a grpc contract over UDP, which cannot work',
        },
        {
          target: { kind: 'external', id: 'x-stats' },
          messageIncludes: 'Port "statsd" of external "stats" carries a udp contract over TCP',
        },
      ],
    },
  ],
} satisfies RuleCases;
