import type { RuleCases } from '../testing/cases';
import { anAdapter, anApp, anInit, aSidecar, designOf, podOf, port } from '../testing/designs';

export default {
  valid: [
    {
      name: 'distinct ports; an init container may reuse one; UDP and TCP do not collide',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080), port('dns', 53, { protocol: 'UDP' })] }),
            anAdapter('metrics', { ports: [port('metrics', 9090)] }),
            anInit('warmup', { ports: [port('warm', 8080)] }),
            aSidecar('dns-tcp', { ports: [port('dns-tcp', 53)] }),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two containers on the same port, even if one is localhost',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080)] }),
            aSidecar('proxy', { ports: [port('proxy', 8080, { scope: 'localhost' })] }),
          ]),
        ],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes: 'Containers "web" and "proxy" of pod "web" both bind TCP port 8080',
        },
      ],
    },
    {
      name: 'one container declaring a port twice',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080), port('alt', 8080)] })])],
      }),
      expected: [
        {
          target: { id: 'c-web' },
          messageIncludes: 'Container "web" in pod "web" declares TCP port 8080 twice',
        },
      ],
    },
  ],
} satisfies RuleCases;
