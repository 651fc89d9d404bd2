import type { RuleCases } from '../testing/cases';
import { anAdapter, anApp, designOf, podOf } from '../testing/designs';

export default {
  valid: [
    {
      name: 'a helper with a documentation link; an app needs none',
      design: designOf({
        pods: [
          podOf('cache', [
            anApp('redis'),
            anAdapter('exporter', { docsUrl: 'https://github.com/oliver006/redis_exporter' }),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a helper without one',
      design: designOf({ pods: [podOf('cache', [anApp('redis'), anAdapter('exporter')])] }),
      expected: [
        {
          target: { kind: 'container', id: 'c-exporter' },
          messageIncludes: 'Adapter "exporter" in pod "cache" has no documentation link',
        },
      ],
    },
  ],
} satisfies RuleCases;
