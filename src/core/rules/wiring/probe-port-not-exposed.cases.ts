import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf, port } from '../testing/designs';

const http = port('http', 8080);

export default {
  valid: [
    {
      name: 'probes on a declared pod-network port, and an exec probe',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', {
              ports: [http],
              probes: {
                readiness: { kind: 'http', port: 'http', path: '/readyz' },
                liveness: { kind: 'exec', command: ['true'] },
                startup: { kind: 'tcp', port: 'http' },
              },
            }),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a probe on an undeclared port; the only port is evident',
      design: designOf({
        pods: [
          podOf('web', [anApp('web', { ports: [http], probes: { liveness: { kind: 'tcp', port: 'web' } } })]),
        ],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes:
            'The liveness probe of container "web" in pod "web" uses port "web", which the container does not declare',
          fix: 'Probe port "http"',
        },
      ],
    },
    {
      name: 'an HTTP probe without a port',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [http], probes: { readiness: { kind: 'http', path: '/readyz' } } }),
          ]),
        ],
      }),
      expected: [{ messageIncludes: 'is a http probe without a port', fix: 'Probe port "http"' }],
    },
    {
      name: 'a probe on a port bound to localhost',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', {
              ports: [port('http', 8080, { scope: 'localhost' })],
              probes: { readiness: { kind: 'http', port: 'http', path: '/' } },
            }),
          ]),
        ],
      }),
      expected: [{ messageIncludes: 'listens on localhost only; the kubelet probes the pod IP', fix: false }],
    },
  ],
} satisfies RuleCases;
