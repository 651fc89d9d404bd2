import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, aSidecar, connect, designOf, podOf, port } from '../testing/designs';

const health = port('health', 8001, {
  contract: { name: 'proxy-health', version: '1.0.0', protocol: 'health' },
});
const withProxy = (ports: ReturnType<typeof port>[], kubernetes = '1.33', probes = {}) =>
  designOf({
    target: { kubernetes },
    pods: [podOf('web', [anApp('web'), anAmbassador('proxy', { ports, probes })])],
    connections: [connect('web', 'c-proxy', ports[0]!.name)],
  });

export default {
  valid: [
    {
      name: 'an ambassador with a startup probe',
      design: withProxy([port('cache', 6379)], '1.33', { startup: { kind: 'tcp', port: 'cache' } }),
    },
    {
      name: 'helpers are regular containers on 1.27: sidecar-not-native speaks instead',
      design: withProxy([port('cache', 6379)], '1.27'),
    },
    {
      name: 'a sidecar nobody calls needs no startup probe',
      design: designOf({ pods: [podOf('web', [anApp('web'), aSidecar('logs')])] }),
    },
  ],
  invalid: [
    {
      name: 'the app calls the ambassador on the pod network',
      design: withProxy([port('cache', 6379)]),
      expected: [
        {
          target: { kind: 'container', id: 'c-proxy' },
          messageIncludes:
            'Ambassador "proxy" in pod "web" has no startup probe, so "web" may start before it accepts connections',
          fix: 'Add a TCP startup probe on port "cache"',
        },
      ],
    },
    {
      name: 'the app calls it on localhost; its health port can be probed',
      design: withProxy([port('cache', 6379, { scope: 'localhost' }), health]),
      expected: [{ target: { id: 'c-proxy' }, fix: 'Add a TCP startup probe on port "health"' }],
    },
    {
      name: 'localhost only, nothing the kubelet can reach',
      design: withProxy([port('cache', 6379, { scope: 'localhost' })]),
      expected: [{ target: { id: 'c-proxy' }, fix: false }],
    },
  ],
} satisfies RuleCases;
