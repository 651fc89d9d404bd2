import type { RuleCases } from '../testing/cases';
import type { Probes } from '../../model/types';
import { anApp, designOf, podOf, port } from '../testing/designs';

const web = (probes: Probes) =>
  designOf({ pods: [podOf('web', [anApp('web', { ports: [port('http', 8080)], probes })])] });

export default {
  valid: [
    {
      name: 'readiness checks dependencies, liveness the process',
      design: web({
        readiness: { kind: 'http', port: 'http', path: '/readyz' },
        liveness: { kind: 'http', port: 'http', path: '/livez' },
      }),
    },
    { name: 'only one of them', design: web({ readiness: { kind: 'tcp', port: 'http' } }) },
  ],
  invalid: [
    {
      name: 'the same HTTP check, different timings',
      design: web({
        readiness: { kind: 'http', port: 'http', path: '/healthz', periodSeconds: 5 },
        liveness: { kind: 'http', port: 'http', path: '/healthz', periodSeconds: 20 },
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-web' },
          messageIncludes: 'Container "web" in pod "web" uses the same HTTP check for liveness and readiness',
        },
      ],
    },
    {
      name: 'the same command',
      design: web({
        readiness: { kind: 'exec', command: ['pg_isready'] },
        liveness: { kind: 'exec', command: ['pg_isready'] },
      }),
      expected: [{ messageIncludes: 'the same exec check' }],
    },
  ],
} satisfies RuleCases;
