import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, anInit, connect, designOf, podOf, port } from '../testing/designs';

const web = podOf('web', [
  anApp('web'),
  anAmbassador('proxy', { ports: [port('redis', 6379, { scope: 'localhost' })] }),
]);

export default {
  valid: [
    {
      name: 'a localhost port called from its own pod',
      design: designOf({ pods: [web], connections: [connect('web', 'c-proxy', 'redis')] }),
    },
    {
      name: 'a pod-network port called from another pod',
      design: designOf({
        pods: [podOf('web', [anApp('web')]), podOf('api', [anApp('api', { ports: [port('http', 8080)] })])],
        connections: [connect('web', 'c-api', 'http')],
      }),
    },
  ],
  invalid: [
    {
      name: 'a localhost port called from another pod',
      design: designOf({
        pods: [web, podOf('batch', [anApp('batch')])],
        connections: [connect('batch', 'c-proxy', 'redis')],
      }),
      expected: [
        {
          target: { kind: 'connection', id: 'e-batch-c-proxy-redis' },
          messageIncludes:
            'comes from pod "batch" but port "redis" of "proxy" listens on localhost only, so only pod "web" can reach it',
        },
      ],
    },
    {
      name: 'a connection to an init container',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anInit('setup', { ports: [port('setup', 9000)] })])],
        connections: [connect('web', 'c-setup', 'setup')],
      }),
      expected: [
        {
          target: { id: 'e-web-c-setup-setup' },
          messageIncludes: 'ends at init container "setup", which exits',
        },
      ],
    },
  ],
} satisfies RuleCases;
