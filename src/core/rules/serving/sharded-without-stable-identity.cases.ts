import type { RuleCases } from '../testing/cases';
import type { Pod } from '../../model/types';
import { anApp, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const shards = (partial: Partial<Pod>) =>
  podOf('redis', [anApp('redis', { ports: [port('redis', 6379)] })], { replicas: 3, ...partial });
const headless = serviceFor('redis', 'redis', [sport('redis', 6379)], { type: 'Headless' });

export default {
  valid: [
    {
      name: 'a StatefulSet with its headless service',
      design: designOf({ pods: [shards({ workload: 'StatefulSet' })], services: [headless] }),
    },
    {
      name: 'a single-member StatefulSet',
      design: designOf({ pods: [shards({ workload: 'StatefulSet', replicas: 1 })] }),
    },
    {
      name: 'replicated Deployments behind a ClusterIP',
      design: designOf({
        pods: [shards({})],
        services: [serviceFor('redis', 'redis', [sport('redis', 6379)])],
      }),
    },
  ],
  invalid: [
    {
      name: 'shards reached through a headless service are a Deployment',
      design: designOf({ pods: [shards({ workload: 'Deployment' })], services: [headless] }),
      expected: [
        {
          target: { kind: 'pod', id: 'p-redis' },
          messageIncludes:
            'Pod "redis" is reached through headless service "redis" as 3 members, but the members of a Deployment have no stable names',
          fix: 'Make it a StatefulSet',
        },
      ],
    },
    {
      name: 'a StatefulSet without a headless service',
      design: designOf({
        pods: [shards({ workload: 'StatefulSet' })],
        services: [serviceFor('redis', 'redis', [sport('redis', 6379)])],
      }),
      expected: [
        {
          target: { id: 'p-redis' },
          messageIncludes: 'StatefulSet "redis" runs 3 replicas but no headless service selects it',
          fix: 'Add headless service "redis-headless"',
        },
      ],
    },
    {
      name: 'a StatefulSet with no service at all',
      design: designOf({ pods: [shards({ workload: 'StatefulSet' })] }),
      expected: [{ fix: 'Add headless service "redis"' }],
    },
  ],
} satisfies RuleCases;
