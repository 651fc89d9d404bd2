import type { RuleCases } from '../testing/cases';
import { anAdapter, anAmbassador, anApp, connect, designOf, podOf, port } from '../testing/designs';

const withProxy = (kubernetes: string) =>
  designOf({
    target: { kubernetes },
    pods: [
      podOf('web', [
        anApp('web'),
        anAmbassador('proxy', { ports: [port('cache', 6379, { scope: 'localhost' })] }),
      ]),
    ],
    connections: [connect('web', 'c-proxy', 'cache')],
  });

export default {
  valid: [
    { name: 'an ambassador the app needs, on 1.29', design: withProxy('1.29') },
    { name: 'an unreadable target version says nothing', design: withProxy('someday') },
    {
      name: 'an adapter nobody waits for, on 1.27',
      design: designOf({
        target: { kubernetes: '1.27' },
        pods: [podOf('cache', [anApp('redis'), anAdapter('exporter')])],
      }),
    },
  ],
  invalid: [
    {
      name: 'an ambassador the app needs, on 1.28',
      design: withProxy('1.28'),
      expected: [
        {
          severity: 'warning',
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes:
            'Ambassador "proxy" in pod "web" is called by "web" but runs as a regular container on Kubernetes 1.28',
          fix: 'Target Kubernetes 1.29, where helpers run as native sidecars',
        },
      ],
    },
    {
      name: 'any helper of a Job, on 1.27',
      design: designOf({
        target: { kubernetes: 'v1.27.3' },
        pods: [
          podOf('report', [anApp('report'), anAdapter('exporter')], { workload: 'Job', replicas: undefined }),
        ],
      }),
      expected: [
        {
          severity: 'error',
          target: { id: 'c-exporter' },
          messageIncludes:
            'Adapter "exporter" in Job pod "report" runs as a regular container on Kubernetes 1.27, so the Job never completes',
        },
      ],
    },
  ],
} satisfies RuleCases;
