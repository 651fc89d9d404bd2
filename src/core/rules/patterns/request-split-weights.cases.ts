import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, connect, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const backends = [
  podOf('web', [anApp('web', { ports: [port('http', 8080)] })]),
  podOf('experiment', [anApp('experiment', { ports: [port('http', 8080)] })]),
];
const services = [
  serviceFor('web', 'web', [sport('http', 80)]),
  serviceFor('experiment', 'experiment', [sport('http', 80)]),
];
const front = (weights: [number, number]) =>
  designOf({
    pods: [
      podOf('front', [
        anApp('front'),
        anAmbassador('split', { ports: [port('proxy', 8000, { scope: 'localhost' })] }),
      ]),
      ...backends,
    ],
    services,
    connections: [
      connect('split', 's-web', 'http', { weight: weights[0] }),
      connect('split', 's-experiment', 'http', { weight: weights[1] }),
    ],
  });

export default {
  valid: [
    { name: 'a 90/10 split', design: front([90, 10]) },
    { name: 'thirds', design: front([33.3, 66.7]) },
  ],
  invalid: [
    {
      name: 'weights that add up to 110',
      design: front([100, 10]),
      expected: [
        {
          target: { kind: 'container', id: 'c-split' },
          messageIncludes:
            'The weights on the connections of ambassador "split" in pod "front" add up to 110, not 100',
        },
      ],
    },
    {
      name: 'a negative weight',
      design: front([100, -10]),
      expected: [
        {
          target: { kind: 'connection', id: 'e-split-s-experiment-http' },
          messageIncludes: 'has weight -10; a weight is a share',
        },
      ],
    },
    {
      name: "weights on an app's connections",
      design: designOf({
        pods: [podOf('front', [anApp('front')]), ...backends],
        services,
        connections: [
          connect('front', 's-web', 'http', { weight: 50 }),
          connect('front', 's-experiment', 'http', { weight: 50 }),
        ],
      }),
      expected: [
        {
          target: { id: 'c-front' },
          messageIncludes:
            'App "front" in pod "front" has weighted connections, but only an ambassador splits',
        },
      ],
    },
  ],
} satisfies RuleCases;
