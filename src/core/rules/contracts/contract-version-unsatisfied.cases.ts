import type { RuleCases } from '../testing/cases';
import type { Contract } from '../../model/types';
import { anApp, connect, designOf, podOf, port, serviceFor, sport } from '../testing/designs';

const calling = (contract: Contract | undefined, requires: { contract: string; range: string }) =>
  designOf({
    pods: [
      podOf('orders', [anApp('orders', { ports: [port('http', 8080, contract ? { contract } : {})] })]),
      podOf('web', [anApp('web')]),
    ],
    services: [serviceFor('orders', 'orders', [sport('http', 80)])],
    connections: [connect('web', 's-orders', 'http', { requires })],
  });
const api = (version: string): Contract => ({ name: 'orders-api', version, protocol: 'http' });

export default {
  valid: [
    { name: 'a caret range met', design: calling(api('2.3.1'), { contract: 'orders-api', range: '^2.1.0' }) },
    {
      name: 'no contract: interface-contract-missing speaks instead',
      design: calling(undefined, { contract: 'orders-api', range: '^2.1.0' }),
    },
    {
      name: 'a prerelease-free tilde range',
      design: calling(api('0.4.7'), { contract: 'orders-api', range: '~0.4.2' }),
    },
  ],
  invalid: [
    {
      name: 'a new major version',
      design: calling(api('3.0.0'), { contract: 'orders-api', range: '^2.1.0' }),
      expected: [
        {
          target: { kind: 'connection', id: 'e-web-s-orders-http', name: '"web" → "orders" port http' },
          messageIncludes: 'requires "orders-api" ^2.1.0, but "orders" port http offers version 3.0.0',
          fix: false,
        },
      ],
    },
    {
      name: 'before 1.0.0 a minor version breaks',
      design: calling(api('0.3.0'), { contract: 'orders-api', range: '^0.2.0' }),
      expected: [{ messageIncludes: 'offers version 0.3.0' }],
    },
    {
      name: 'another contract altogether',
      design: calling(
        { name: 'billing-api', version: '2.0.0', protocol: 'http' },
        { contract: 'orders-api', range: '^2.0.0' },
      ),
      expected: [
        { messageIncludes: 'requires contract "orders-api", but "orders" port http offers "billing-api"' },
      ],
    },
    {
      name: 'a range that is not one',
      design: calling(api('2.0.0'), { contract: 'orders-api', range: 'two or later' }),
      expected: [{ messageIncludes: 'in range "two or later", which is not a semver range' }],
    },
  ],
} satisfies RuleCases;
