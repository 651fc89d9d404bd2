import { makeBaseline } from '../contract-baseline';
import type { Contract, Design, Port } from '../../model/types';
import type { RuleCases } from '../testing/cases';
import { anApp, designOf, podOf, port } from '../testing/designs';

const api = (version: string, protocol: Contract['protocol'] = 'http'): Contract => ({
  name: 'orders-api',
  version,
  protocol,
});
const withPorts = (ports: Port[]): Design =>
  designOf({ pods: [podOf('orders', [anApp('orders', { ports })])] });
const released = withPorts([port('http', 8080, { contract: api('2.1.0') })]);
const against = (design: Design): Design => ({
  ...design,
  baseline: makeBaseline(released, '2025-01-01T00:00:00Z'),
});

export default {
  valid: [
    { name: 'unchanged', design: against(released) },
    {
      name: 'a compatible minor release',
      design: against(withPorts([port('http', 8080, { contract: api('2.2.0') })])),
    },
    {
      name: 'a protocol change with a new major version',
      design: against(withPorts([port('http', 8080, { contract: api('3.0.0', 'grpc') })])),
    },
    {
      name: 'moved to another port with a new major version',
      design: against(withPorts([port('api', 9090, { contract: api('3.0.0') })])),
    },
    { name: 'no baseline saved', design: withPorts([]) },
    {
      name: 'a baseline passed in the options (as the CLI does with --baseline)',
      design: withPorts([port('http', 8080, { contract: api('2.1.0') })]),
      options: { baseline: makeBaseline(released) },
    },
    {
      name: 'a malformed baseline is ignored',
      design: {
        ...withPorts([]),
        baseline: { contracts: [{ container: 7 }] } as unknown as Design['baseline'],
      },
    },
  ],
  invalid: [
    {
      name: 'the port is gone',
      design: against(withPorts([])),
      expected: [
        {
          target: { kind: 'container', id: 'c-orders' },
          messageIncludes:
            'Contract "orders-api" 2.1.0 on port "http" of container "orders" in pod "orders" is gone since the baseline',
          fix: false,
        },
      ],
    },
    {
      name: 'the container is gone',
      design: against(designOf({})),
      expected: [
        {
          target: { kind: 'design', id: '' },
          messageIncludes: 'of container "orders" in pod "orders" is gone',
        },
      ],
    },
    {
      name: 'a protocol change without a new major version',
      design: against(withPorts([port('http', 8080, { contract: api('2.2.0', 'grpc') })])),
      expected: [
        {
          target: { id: 'c-orders' },
          messageIncludes: 'changed since the baseline (protocol http → grpc) but is still version 2.2.0',
          fix: 'Release "orders-api" as 3.0.0',
        },
      ],
    },
    {
      name: 'a new port number and transport',
      design: against(withPorts([port('http', 8081, { protocol: 'UDP', contract: api('2.1.0') })])),
      expected: [{ messageIncludes: '(transport TCP → UDP, port number 8080 → 8081)' }],
    },
    {
      name: 'the version went backwards',
      design: against(withPorts([port('http', 8080, { contract: api('2.0.5') })])),
      expected: [{ messageIncludes: 'went back from 2.1.0 to 2.0.5' }],
    },
    {
      name: 'before 1.0.0 a minor release is the major one',
      design: {
        ...withPorts([port('http', 8080, { contract: api('0.3.1', 'grpc') })]),
        baseline: makeBaseline(withPorts([port('http', 8080, { contract: api('0.3.0') })])),
      },
      expected: [{ fix: 'Release "orders-api" as 0.4.0' }],
    },
  ],
} satisfies RuleCases;
