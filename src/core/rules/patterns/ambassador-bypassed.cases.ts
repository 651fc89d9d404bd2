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

const shards = podOf('redis', [anApp('redis', { ports: [port('redis', 6379)] })], {
  workload: 'StatefulSet',
  replicas: 3,
});
const headless = serviceFor('redis', 'redis', [sport('redis', 6379)], { type: 'Headless' });
const lb = serviceFor('redis-lb', 'redis', [sport('redis', 6379)]);
const proxy = anAmbassador('proxy', { ports: [port('cache', 6379, { scope: 'localhost' })] });

export default {
  valid: [
    {
      name: 'the app goes through the ambassador only, and straight to an unrelated external',
      design: designOf({
        pods: [podOf('web', [anApp('web'), proxy]), shards],
        services: [headless],
        externals: [externalOf('db', [xport('sql', 5432)])],
        connections: [
          connect('web', 'c-proxy', 'cache'),
          connect('proxy', 's-redis', 'redis'),
          connect('web', 'x-db', 'sql'),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the app also reaches the shards through another service of theirs',
      design: designOf({
        pods: [podOf('web', [anApp('web'), proxy]), shards],
        services: [headless, lb],
        connections: [
          connect('web', 'c-proxy', 'cache'),
          connect('proxy', 's-redis', 'redis'),
          connect('web', 's-redis-lb', 'redis'),
        ],
      }),
      expected: [
        {
          target: { kind: 'connection', id: 'e-web-s-redis-lb-redis' },
          messageIncludes:
            'App "web" in pod "web" connects to "redis-lb" directly, bypassing ambassador "proxy", which fronts it',
          fix: 'Remove the direct connection; "web" already goes through "proxy"',
        },
      ],
    },
    {
      name: 'the app does not use the ambassador at all',
      design: designOf({
        pods: [podOf('web', [anApp('web'), proxy])],
        externals: [externalOf('db', [xport('sql', 5432)])],
        connections: [connect('proxy', 'x-db', 'sql'), connect('web', 'x-db', 'sql')],
      }),
      expected: [{ target: { id: 'e-web-x-db-sql' }, fix: 'Send it through "proxy" port cache' }],
    },
  ],
} satisfies RuleCases;
