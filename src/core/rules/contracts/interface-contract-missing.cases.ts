import type { RuleCases } from '../testing/cases';
import {
  anApp,
  connect,
  designOf,
  externalOf,
  podOf,
  port,
  serviceFor,
  sport,
  xport,
} from '../testing/designs';

const api = { name: 'orders-api', version: '2.3.0', protocol: 'http' as const };
const pg = { name: 'postgres', version: '16.0.0', protocol: 'postgres' as const };

export default {
  valid: [
    {
      name: 'every used port has a contract; an unused one needs none',
      design: designOf({
        pods: [
          podOf('orders', [
            anApp('orders', { ports: [port('http', 8080, { contract: api }), port('debug', 6060)] }),
          ]),
          podOf('web', [anApp('web')]),
        ],
        services: [serviceFor('orders', 'orders', [sport('http', 80)])],
        externals: [externalOf('db', [xport('sql', 5432, { contract: pg })])],
        connections: [connect('web', 's-orders', 'http'), connect('orders', 'x-db', 'sql')],
      }),
    },
  ],
  invalid: [
    {
      name: 'a served port, a called port and an external port without contracts',
      design: designOf({
        pods: [
          podOf('orders', [anApp('orders', { ports: [port('http', 8080), port('grpc', 9090)] })]),
          podOf('web', [anApp('web')]),
        ],
        services: [serviceFor('orders', 'orders', [sport('http', 80)])],
        externals: [externalOf('db', [xport('sql', 5432)])],
        connections: [
          connect('web', 's-orders', 'http'),
          connect('web', 'c-orders', 'grpc'),
          connect('orders', 'x-db', 'sql'),
        ],
      }),
      expected: [
        {
          target: { kind: 'container', id: 'c-orders' },
          messageIncludes:
            'Port "http" of container "orders" in pod "orders" is used by service "orders" but declares no contract',
        },
        {
          target: { id: 'c-orders' },
          messageIncludes: 'Port "grpc" of container "orders" in pod "orders" is used by "web"',
        },
        {
          target: { kind: 'external', id: 'x-db' },
          messageIncludes: 'Port "sql" of external "db" is used by "orders"',
        },
      ],
    },
    {
      name: 'incomplete contracts, even unused',
      design: designOf({
        pods: [
          podOf('orders', [
            anApp('orders', {
              ports: [
                port('http', 8080, { contract: { ...api, version: 'v2.3' } }),
                port('admin', 9000, { contract: { ...api, name: '', version: 'next' } }),
              ],
            }),
          ]),
        ],
      }),
      expected: [
        {
          messageIncludes:
            'The contract "orders-api" on port "http" of container "orders" in pod "orders" has version "v2.3", which is not a semantic version',
          fix: 'Write the version as 2.3.0',
        },
        { messageIncludes: 'The contract on port "admin" of container "orders" in pod "orders" has no name' },
        { messageIncludes: 'has version "next"', fix: false },
      ],
    },
  ],
} satisfies RuleCases;
