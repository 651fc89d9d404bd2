import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf } from '../testing/designs';

const withLabels = (labels: Record<string, string> | undefined) =>
  designOf({ pods: [podOf('redis', [anApp('redis')], { labels })] });

export default {
  valid: [
    {
      name: 'a pod drawn in the designer carries no labels: the export stamps them',
      design: withLabels(undefined),
    },
    {
      name: 'imported with the recommended labels',
      design: withLabels({ 'app.kubernetes.io/name': 'redis', 'app.kubernetes.io/instance': 'redis' }),
    },
  ],
  invalid: [
    {
      name: "imported from the book's companion code",
      design: withLabels({ app: 'redis' }),
      expected: [
        {
          severity: 'info',
          target: { kind: 'pod', id: 'p-redis' },
          messageIncludes:
            'Pod "redis" has labels but not app.kubernetes.io/name and app.kubernetes.io/instance',
          fix: 'Add app.kubernetes.io/name and app.kubernetes.io/instance: redis',
        },
      ],
    },
    {
      name: 'only the name',
      design: withLabels({ 'app.kubernetes.io/name': 'redis' }),
      expected: [
        {
          messageIncludes: 'but not app.kubernetes.io/instance;',
          fix: 'Add app.kubernetes.io/instance: redis',
        },
      ],
    },
  ],
} satisfies RuleCases;
