import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, connect, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const local = port('redis', 6379, { scope: 'localhost' });
const metrics = port('admin', 9901, {
  contract: { name: 'envoy-stats', version: '1.0.0', protocol: 'prometheus' },
});

export default {
  valid: [
    {
      name: 'an ambassador on localhost with a metrics port the platform scrapes',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080)] }),
            anAmbassador('proxy', { ports: [local, metrics] }),
          ]),
        ],
        services: [
          serviceFor('web', 'web', [sport('http', 80)]),
          serviceFor('proxy-metrics', 'web', [sport('admin', 9901)]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a service that exposes the ambassador instead of the app',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080)] }),
            anAmbassador('proxy', { ports: [local] }),
          ]),
        ],
        services: [serviceFor('web', 'web', [sport('redis', 6379)])],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes: 'Service "web" exposes port "redis" of ambassador "proxy" in pod "web"',
          fix: 'Point service "web" at port "http" of app "web"',
        },
      ],
    },
    {
      name: 'a service only for the ambassador, unused',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [local] })])],
        services: [serviceFor('proxy', 'web', [sport('redis', 6379)])],
      }),
      expected: [{ messageIncludes: 'Service "proxy" exposes port "redis"', fix: 'Remove service "proxy"' }],
    },
    {
      name: 'a service port for the ambassador beside others, in use',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080), port('grpc', 9090)] }),
            anAmbassador('proxy', { ports: [local] }),
          ]),
          podOf('batch', [anApp('batch')]),
        ],
        services: [serviceFor('web', 'web', [sport('http', 80), sport('redis', 6379)])],
        connections: [connect('batch', 's-web', 'redis')],
      }),
      expected: [{ messageIncludes: 'Service "web" exposes port "redis"', fix: false }],
    },
    {
      name: 'a service port for the ambassador beside others, unused',
      design: designOf({
        pods: [
          podOf('web', [
            anApp('web', { ports: [port('http', 8080), port('grpc', 9090)] }),
            anAmbassador('proxy', { ports: [local] }),
          ]),
        ],
        services: [serviceFor('web', 'web', [sport('http', 80), sport('redis', 6379)])],
      }),
      expected: [
        {
          messageIncludes: 'Service "web" exposes port "redis"',
          fix: 'Remove port "redis" from service "web"',
        },
      ],
    },
    {
      name: 'an ambassador listening on the pod network',
      design: designOf({
        pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports: [port('redis', 6379)] })])],
      }),
      expected: [
        {
          target: { id: 'c-proxy' },
          messageIncludes: 'Ambassador "proxy" in pod "web" listens on port "redis" on the pod network',
          fix: 'Listen on localhost only',
        },
      ],
    },
  ],
} satisfies RuleCases;
