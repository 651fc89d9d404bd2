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

const pods = [podOf('web', [anApp('web')]), podOf('api', [anApp('api', { ports: [port('http', 8080)] })])];
const services = [serviceFor('api', 'api', [sport('http', 80)])];
const externals = [externalOf('db', [xport('sql', 5432)])];

export default {
  valid: [
    {
      name: 'connections to a service, a container and an external',
      design: designOf({
        pods,
        services,
        externals,
        connections: [
          connect('web', 's-api', 'http'),
          connect('web', 'c-api', 'http'),
          connect('web', 'x-db', 'sql'),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a port the external does not have; its only port is evident',
      design: designOf({ pods, externals, connections: [connect('web', 'x-db', 'postgres')] }),
      expected: [
        {
          target: { kind: 'connection', id: 'e-web-x-db-postgres', name: '"web" → "db" port postgres' },
          messageIncludes: 'ends at port "postgres", which "db" does not declare',
          fix: 'Connect to port "sql" instead',
        },
      ],
    },
    {
      name: 'a service port that does not exist',
      design: designOf({ pods, services, connections: [connect('web', 's-api', 'grpc')] }),
      expected: [
        {
          target: { id: 'e-web-s-api-grpc' },
          messageIncludes: '"api" does not declare',
          fix: 'Connect to port "http" instead',
        },
      ],
    },
    {
      name: 'a target that does not exist',
      design: designOf({ pods, connections: [connect('web', 'x-gone', 'sql')] }),
      expected: [{ messageIncludes: 'ends at something that does not exist', fix: 'Remove the connection' }],
    },
    {
      name: 'a caller that does not exist',
      design: designOf({ pods, externals, connections: [connect('ghost', 'x-db', 'sql')] }),
      expected: [
        { messageIncludes: 'starts at a container that does not exist', fix: 'Remove the connection' },
      ],
    },
  ],
} satisfies RuleCases;
