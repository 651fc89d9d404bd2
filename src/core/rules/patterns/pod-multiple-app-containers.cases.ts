import type { RuleCases } from '../testing/cases';
import { anApp, aSidecar, designOf, podOf } from '../testing/designs';

export default {
  valid: [
    {
      name: 'one app and a sidecar',
      design: designOf({ pods: [podOf('web', [anApp('web'), aSidecar('tls')])] }),
    },
  ],
  invalid: [
    {
      name: 'three apps in one pod',
      design: designOf({ pods: [podOf('web', [anApp('web'), anApp('api'), anApp('worker')])] }),
      expected: [
        {
          target: { kind: 'pod', id: 'p-web' },
          messageIncludes: 'Pod "web" has 3 app containers ("web", "api" and "worker")',
        },
      ],
    },
  ],
} satisfies RuleCases;
