import type { RuleCases } from '../testing/cases';
import type { Probes } from '../../model/types';
import { anApp, aSidecar, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const httpContract = { name: 'web', version: '1.0.0', protocol: 'http' as const };
const served = (probes?: Probes, contract = true) =>
  designOf({
    pods: [
      podOf('web', [
        anApp('web', { ports: [port('http', 8080, contract ? { contract: httpContract } : {})], probes }),
      ]),
    ],
    services: [serviceFor('web', 'web', [sport('http', 80)])],
  });

export default {
  valid: [
    {
      name: 'a served app with a readiness probe',
      design: served({ readiness: { kind: 'http', port: 'http', path: '/readyz' } }),
    },
    {
      name: 'an app no service targets',
      design: designOf({ pods: [podOf('worker', [anApp('worker', { ports: [port('http', 8080)] })])] }),
    },
  ],
  invalid: [
    {
      name: 'a served app without probes',
      design: served(),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes:
            'App "web" in pod "web" receives traffic from service "web" but has no readiness probe',
          fix: 'Add a TCP readiness probe on port "http"',
        },
      ],
    },
    {
      name: 'a TCP liveness probe already: an HTTP readiness for an HTTP port',
      design: served({ liveness: { kind: 'tcp', port: 'http', periodSeconds: 10 } }),
      expected: [{ fix: 'Add an HTTP readiness probe on http /readyz' }],
    },
    {
      name: 'a TCP liveness probe on a port with no HTTP contract: no evident choice',
      design: served({ liveness: { kind: 'tcp', port: 'http', periodSeconds: 10 } }, false),
      expected: [{ fix: false }],
    },
    {
      name: 'a TLS sidecar on the traffic path',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { probes: { readiness: { kind: 'exec', command: ['true'] } } }),
            aSidecar('tls', { ports: [port('https', 8443)] }),
          ]),
        ],
        services: [serviceFor('web', 'web', [sport('https', 443)])],
      }),
      expected: [
        {
          target: { id: 'c-tls' },
          messageIncludes: 'Sidecar "tls" in pod "web" receives traffic from service "web"',
        },
      ],
    },
  ],
} satisfies RuleCases;
