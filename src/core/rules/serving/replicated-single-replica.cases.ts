import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const web = (replicas: number | undefined, workload: 'Deployment' | 'StatefulSet' = 'Deployment') =>
  designOf({
    pods: [podOf('web', [anApp('web', { ports: [port('http', 8080)] })], { replicas, workload })],
    services: [serviceFor('web', 'web', [sport('http', 80)])],
  });

export default {
  valid: [
    { name: 'two replicas behind a service', design: web(2) },
    {
      name: 'a single replica with no service',
      design: designOf({ pods: [podOf('worker', [anApp('worker')])] }),
    },
    { name: 'a single-member StatefulSet is not a replicated service', design: web(1, 'StatefulSet') },
  ],
  invalid: [
    {
      name: 'one replica behind a service',
      design: web(1),
      expected: [
        {
          target: { kind: 'pod', id: 'p-web' },
          messageIncludes:
            'Pod "web" serves service "web" with 1 replica; a replicated service needs at least 2',
          fix: 'Run 2 replicas',
        },
      ],
    },
    {
      name: 'replicas left unset means one',
      design: web(undefined),
      expected: [{ target: { id: 'p-web' } }],
    },
  ],
} satisfies RuleCases;
