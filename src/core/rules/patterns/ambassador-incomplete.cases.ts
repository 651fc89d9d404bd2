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

const redis = podOf('redis', [anApp('redis', { ports: [port('redis', 6379)] })], {
  workload: 'StatefulSet',
  replicas: 3,
});
const redisService = serviceFor('redis', 'redis', [sport('redis', 6379)], { type: 'Headless' });
const proxyPort = port('redis', 6379, { scope: 'localhost' });

export default {
  valid: [
    {
      name: 'the app calls the ambassador over localhost and the ambassador reaches the shards',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [proxyPort] })]), redis],
        services: [redisService],
        connections: [connect('web', 'c-proxy', 'redis'), connect('proxy', 's-redis', 'redis')],
      }),
    },
    {
      name: 'an ambassador to an external',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web'),
            anAmbassador('db-proxy', { ports: [port('sql', 5432, { scope: 'localhost' })] }),
          ]),
        ],
        externals: [externalOf('db', [xport('sql', 5432)])],
        connections: [connect('web', 'c-db-proxy', 'sql'), connect('db-proxy', 'x-db', 'sql')],
      }),
    },
  ],
  invalid: [
    {
      name: 'a fresh ambassador next to an app with one outside connection: route it through',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080)] }), anAmbassador('proxy')]), redis],
        services: [redisService],
        connections: [connect('web', 's-redis', 'redis')],
      }),
      expected: [
        {
          severity: 'error',
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes:
            'Ambassador "proxy" in pod "web" has no outbound connection to a service or external outside the pod',
          fix: 'Route "web"\'s connection to "redis" through "proxy"',
        },
        {
          severity: 'warning',
          target: { id: 'c-proxy' },
          messageIncludes: 'is not called by app "web"',
          fix: false,
        },
      ],
    },
    {
      name: 'an ambassador that only talks inside its pod; the app calls it',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080)] }),
            anAmbassador('proxy', { ports: [proxyPort] }),
          ]),
        ],
        connections: [connect('web', 'c-proxy', 'redis'), connect('proxy', 'c-web', 'http')],
      }),
      expected: [{ severity: 'error', messageIncludes: 'has no outbound connection', fix: false }],
    },
    {
      name: 'an ambassador nobody calls; the one connection is evident',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [proxyPort] })]), redis],
        services: [redisService],
        connections: [connect('proxy', 's-redis', 'redis')],
      }),
      expected: [
        {
          severity: 'warning',
          messageIncludes:
            'Ambassador "proxy" in pod "web" is not called by app "web"; connect the app to it over localhost',
          fix: 'Connect "web" to "proxy" port redis',
        },
      ],
    },
    {
      name: "the severity follows the design's configuration",
      design: designOf({
        pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [proxyPort] })]), redis],
        services: [redisService],
        connections: [connect('proxy', 's-redis', 'redis')],
        rules: { 'ambassador-incomplete': 'info' },
      }),
      expected: [{ severity: 'info', messageIncludes: 'is not called by app "web"' }],
    },
  ],
} satisfies RuleCases;
