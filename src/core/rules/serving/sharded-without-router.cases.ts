import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, connect, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const redisContract = { name: 'redis', version: '7.2.0', protocol: 'redis' as const };
const shards = podOf(
  'redis',
  [anApp('redis', { ports: [port('redis', 6379, { contract: redisContract })] })],
  {
    workload: 'StatefulSet',
    replicas: 3,
  },
);
const headless = serviceFor('redis', 'redis', [sport('redis', 6379)], { type: 'Headless' });

export default {
  valid: [
    {
      name: 'a per-pod twemproxy ambassador',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web'),
            anAmbassador('proxy', { ports: [port('cache', 6379, { scope: 'localhost' })] }),
          ]),
          shards,
        ],
        services: [headless],
        connections: [connect('web', 'c-proxy', 'cache'), connect('proxy', 's-redis', 'redis')],
      }),
    },
    {
      name: 'a shared router service that speaks what it routes',
      design: designOf({
        pods: [
          podOf(
            'router',
            [anApp('twemproxy', { ports: [port('redis', 6379, { contract: redisContract })] })],
            { replicas: 2 },
          ),
          podOf('web', [anApp('web')]),
          shards,
        ],
        services: [headless, serviceFor('router', 'router', [sport('redis', 6379)])],
        connections: [connect('twemproxy', 's-redis', 'redis'), connect('web', 's-router', 'redis')],
      }),
    },
  ],
  invalid: [
    {
      name: 'a round-robin service over the shards',
      design: designOf({
        pods: [podOf('web', [anApp('web')]), shards],
        services: [headless, serviceFor('redis-lb', 'redis', [sport('redis', 6379)])],
        connections: [connect('web', 's-redis-lb', 'redis')],
      }),
      expected: [
        {
          target: { kind: 'service', id: 's-redis-lb' },
          messageIncludes:
            'Service "redis-lb" load-balances over the 3 shards of "redis", so each request lands on a random shard',
        },
      ],
    },
    {
      name: 'an app calling the shards itself',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080)] })]), shards],
        services: [headless],
        connections: [connect('web', 's-redis', 'redis')],
      }),
      expected: [
        {
          target: { kind: 'connection', id: 'e-web-s-redis-redis' },
          messageIncludes: '"web" in pod "web" calls the shards of "redis" itself',
        },
      ],
    },
  ],
} satisfies RuleCases;
