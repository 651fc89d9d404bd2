import type { RuleCases } from '../testing/cases';
import {
  anApp,
  aSidecar,
  designOf,
  externalOf,
  podOf,
  port,
  serviceFor,
  sport,
  xport,
} from '../testing/designs';

export default {
  valid: [
    {
      name: 'IANA names, unique per pod, service and external',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080), port('metrics', 9090)] })])],
        services: [serviceFor('web', 'web', [sport('http', 80)])],
        externals: [externalOf('db', [xport('sql', 5432)])],
      }),
    },
  ],
  invalid: [
    {
      name: 'a container port name that is too long',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('metrics-exporter-port', 9121)] })])],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes: 'Port "metrics-exporter-port" of container "web" in pod "web": ',
          fix: 'Rename it to "metrics-exporte"',
        },
      ],
    },
    {
      name: 'upper case and underscores',
      design: designOf({ pods: [podOf('web', [anApp('web', { ports: [port('HTTP_Alt', 8080)] })])] }),
      expected: [{ target: { id: 'c-web' }, fix: 'Rename it to "http-alt"' }],
    },
    {
      name: 'no letter at all',
      design: designOf({ pods: [podOf('web', [anApp('web', { ports: [port('8080', 8080)] })])] }),
      expected: [{ target: { id: 'c-web' }, fix: 'Rename it to "port-8080"' }],
    },
    {
      name: 'the same name in two containers of a pod',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080)] }),
            aSidecar('tls', { ports: [port('http', 8443)] }),
          ]),
        ],
      }),
      expected: [
        {
          target: { id: 'c-tls' },
          messageIncludes: 'Port name "http" is used twice in pod "web"',
          fix: false,
        },
      ],
    },
    {
      name: 'a service and an external port with bad names',
      design: designOf({
        pods: [podOf('web', [anApp('web', { ports: [port('http', 8080)] })])],
        services: [serviceFor('web', 'web', [sport('Web', 80, 'http')])],
        externals: [externalOf('db', [xport('sql', 5432), xport('sql', 5433)])],
      }),
      expected: [
        {
          target: { kind: 'service', id: 's-web' },
          messageIncludes: 'of service "web"',
          fix: 'Rename it to "web"',
        },
        { target: { kind: 'external', id: 'x-db' }, messageIncludes: 'used twice in external "db"' },
      ],
    },
  ],
} satisfies RuleCases;
