import type { RuleCases } from '../testing/cases';
import { anAmbassador, anApp, anInit, connect, designOf, podOf, port } from '../testing/designs';

const migrating = (kubernetes: string) =>
  designOf({
    target: { kubernetes },
    pods: [
      podOf('orders', [
        anInit('migrate'),
        anApp('orders'),
        anAmbassador('db-proxy', { ports: [port('pg', 5432, { scope: 'localhost' })] }),
      ]),
    ],
    connections: [connect('migrate', 'c-db-proxy', 'pg'), connect('orders', 'c-db-proxy', 'pg')],
  });

export default {
  valid: [
    { name: 'a migration through the DB ambassador on 1.33', design: migrating('1.33') },
    {
      name: 'no init container calls a helper, on 1.25',
      design: designOf({
        target: { kubernetes: '1.25' },
        pods: [podOf('web', [anInit('setup'), anApp('web')])],
      }),
    },
  ],
  invalid: [
    {
      name: 'a migration through the DB ambassador on 1.28',
      design: migrating('1.28'),
      expected: [
        {
          target: { kind: 'container', id: 'c-migrate' },
          messageIncludes:
            'Init container "migrate" in pod "orders" connects to ambassador "db-proxy", but on Kubernetes 1.28 helpers start only after every init container has finished',
          fix: 'Target Kubernetes 1.29, where helpers run as native sidecars',
        },
      ],
    },
  ],
} satisfies RuleCases;
