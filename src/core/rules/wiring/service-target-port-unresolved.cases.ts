import type { RuleCases } from '../testing/cases';
import { anApp, anInit, aSidecar, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const web = podOf('web', [anApp('web', { ports: [port('http', 8080)] })]);

export default {
  valid: [
    {
      name: 'targets a declared port',
      design: designOf({ pods: [web], services: [serviceFor('web', 'web', [sport('http', 80)])] }),
    },
    {
      name: "a service without a pod is another rule's business",
      design: designOf({ services: [serviceFor('web', '', [sport('http', 80)])] }),
    },
    {
      name: 'targets a sidecar in front of a localhost-only app',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080, { scope: 'localhost' })] }),
            aSidecar('tls', { ports: [port('https', 8443)] }),
          ]),
        ],
        services: [serviceFor('web', 'web', [sport('https', 443)])],
      }),
    },
  ],
  invalid: [
    {
      name: 'targets a port nobody declares; the one with its number is evident',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 80), port('admin', 9000)] })])],
        services: [serviceFor('web', 'web', [sport('web', 80)])],
      }),
      expected: [
        {
          target: { kind: 'service', id: 's-web' },
          messageIncludes:
            'Service "web" port "web" targets port "web", which no container of pod "web" declares',
          fix: 'Target port "http" of container "web"',
        },
      ],
    },
    {
      name: 'targets a port nobody declares, with no evident choice',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080), port('admin', 9000)] })])],
        services: [serviceFor('web', 'web', [sport('web', 80)])],
      }),
      expected: [{ target: { id: 's-web' }, fix: false }],
    },
    {
      name: 'targets a port bound to localhost',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080, { scope: 'localhost' })] })])],
        services: [serviceFor('web', 'web', [sport('http', 80)])],
      }),
      expected: [
        { target: { id: 's-web' }, messageIncludes: 'of container "web", which listens on localhost only' },
      ],
    },
    {
      name: 'targets an init container',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anInit('setup', { ports: [port('setup', 9000)] })])],
        services: [serviceFor('web', 'web', [sport('setup', 9000)])],
      }),
      expected: [
        {
          target: { id: 's-web' },
          messageIncludes: 'of init container "setup", which exits before the pod serves',
        },
      ],
    },
  ],
} satisfies RuleCases;
