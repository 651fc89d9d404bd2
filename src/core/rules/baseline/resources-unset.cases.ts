import type { RuleCases } from '../testing/cases';
import { anApp, anInit, aSidecar, designOf, podOf } from '../testing/designs';

const full = { cpuRequest: '100m', memoryRequest: '128Mi', memoryLimit: '256Mi' };

export default {
  valid: [
    {
      name: 'requests and a memory limit everywhere; init containers are left out',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { resources: full }),
            aSidecar('tls', { resources: full }),
            anInit('setup'),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a sidecar without resources',
      design: designOf({ pods: [podOf('web', [anApp('web', { resources: full }), aSidecar('tls')])] }),
      expected: [
        {
          target: { kind: 'container', id: 'c-tls' },
          messageIncludes: 'Sidecar "tls" in pod "web" has no CPU request, memory request or memory limit',
        },
      ],
    },
    {
      name: 'an app without a memory limit',
      design: designOf({
        pods: [podOf('web', [anApp('web', { resources: { cpuRequest: '1', memoryRequest: '1Gi' } })])],
      }),
      expected: [{ messageIncludes: 'App "web" in pod "web" has no memory limit.' }],
    },
  ],
} satisfies RuleCases;
