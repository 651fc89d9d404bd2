import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The twemproxy-sharding design as drawn; its nutcracker.yml is generated from the shards the ambassador connects to.
 */
export function twemproxyShardingBase(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'twemproxy-sharding',
    description:
      'The ambassador pattern for sharding (Designing Distributed Systems, Ambassadors): each catalog API pod talks to "one Redis" on localhost; a twemproxy ambassador hashes every key to one of three Redis shards, a StatefulSet behind a headless Service that gives each shard a stable name.',
    namespace: 'catalog',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-catalog-api',
        name: 'catalog-api',
        description: 'The catalog API. Caches product pages in Redis through its sharding ambassador.',
        owner: 'team-catalog',
        workload: 'Deployment',
        replicas: 3,
        containers: [
          {
            id: 'c-catalog-api',
            name: 'api',
            role: 'app',
            image: 'registry.example.com/catalog/api:3.2.0',
            description:
              'Serves the catalog over HTTP; sees a single Redis at 127.0.0.1:6379 and knows nothing of the shards.',
            docsUrl: 'https://git.example.com/catalog/api/-/blob/v3.2.0/README.md',
            sourceUrl: 'https://git.example.com/catalog/api',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The catalog HTTP API.',
                contract: {
                  name: 'catalog-api',
                  version: '3.2.0',
                  protocol: 'http',
                  spec: 'https://git.example.com/catalog/api/-/blob/v3.2.0/openapi.yaml',
                },
              },
            ],
            env: [
              {
                name: 'REDIS_ADDR',
                value: '127.0.0.1:6379',
                description: 'The cache: the twemproxy ambassador on localhost.',
                required: true,
              },
              {
                name: 'CACHE_TTL',
                value: '300s',
                description: 'How long a product page stays cached.',
                required: false,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-twemproxy',
            name: 'twemproxy',
            role: 'ambassador',
            image: 'registry.example.com/infra/twemproxy:0.5.0',
            description:
              'Sharding ambassador: listens on 127.0.0.1:6379, hashes each key with ketama over the three shards redis-0..2.redis-shards and forwards the command there.',
            docsUrl: 'https://github.com/twitter/twemproxy/blob/v0.5.0/README.md',
            sourceUrl: 'https://github.com/twitter/twemproxy',
            args: [
              '--conf-file=/etc/nutcracker/nutcracker.yml',
              '--stats-addr=127.0.0.1',
              '--stats-port=22222',
            ],
            ports: [
              {
                name: 'redis',
                port: 6379,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'One Redis for the app, on localhost.',
                contract: {
                  name: 'redis-resp',
                  version: '7.4.0',
                  protocol: 'redis',
                  spec: 'https://redis.io/docs/latest/develop/reference/protocol-spec/',
                },
              },
              {
                name: 'stats',
                port: 22222,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'twemproxy statistics as JSON, on localhost for debugging.',
                contract: { name: 'twemproxy-stats', version: '0.5.0', protocol: 'tcp' },
              },
            ],
            env: [],
            mounts: [{ volume: 'nutcracker', path: '/etc/nutcracker', readOnly: true }],
            probes: {
              startup: {
                kind: 'exec',
                command: ['nc', '-z', '127.0.0.1', '6379'],
                periodSeconds: 2,
                failureThreshold: 30,
              },
              readiness: { kind: 'exec', command: ['nc', '-z', '127.0.0.1', '6379'], periodSeconds: 5 },
            },
            resources: { cpuRequest: '50m', memoryRequest: '32Mi', memoryLimit: '64Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          {
            name: 'nutcracker',
            kind: 'configMap',
            files: [
              {
                path: 'nutcracker.yml',
                content: '',
              },
            ],
          },
        ],
      },
      {
        id: 'pod-redis',
        name: 'redis',
        description:
          'Three Redis shards. Each owns the keys that hash to it; the StatefulSet gives each a stable name and its own disk.',
        owner: 'team-catalog',
        workload: 'StatefulSet',
        replicas: 3,
        containers: [
          {
            id: 'c-redis',
            name: 'redis',
            role: 'app',
            image: 'bitnami/redis:7.4.1',
            description: 'One Redis shard with append-only persistence.',
            docsUrl: 'https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md',
            sourceUrl: 'https://github.com/bitnami/containers/tree/main/bitnami/redis',
            ports: [
              {
                name: 'redis',
                port: 6379,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The shard, for the twemproxy ambassadors only.',
                contract: {
                  name: 'redis-resp',
                  version: '7.4.0',
                  protocol: 'redis',
                  spec: 'https://redis.io/docs/latest/develop/reference/protocol-spec/',
                },
              },
            ],
            env: [
              {
                name: 'ALLOW_EMPTY_PASSWORD',
                value: 'yes',
                description: 'No password: only the catalog API pods may connect (NetworkPolicy).',
                required: true,
              },
              {
                name: 'REDIS_AOF_ENABLED',
                value: 'yes',
                description: 'Append-only file, so a restarted shard keeps its keys.',
                required: true,
              },
            ],
            mounts: [
              { volume: 'data', path: '/bitnami/redis/data' },
              { volume: 'tmp', path: '/opt/bitnami/redis/tmp' },
            ],
            probes: {
              readiness: { kind: 'exec', command: ['redis-cli', 'ping'], periodSeconds: 5 },
              liveness: { kind: 'tcp', port: 'redis', periodSeconds: 10 },
            },
            resources: { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '1Gi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          { name: 'data', kind: 'persistent', size: '10Gi' },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
    ],
    services: [
      {
        id: 'svc-catalog-api',
        name: 'catalog-api',
        description: 'The catalog API for the storefront.',
        type: 'ClusterIP',
        pod: 'pod-catalog-api',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-redis-shards',
        name: 'redis-shards',
        description:
          'Headless: gives each shard a DNS name (redis-0.redis-shards) for the ambassadors to hash over.',
        type: 'Headless',
        pod: 'pod-redis',
        ports: [{ name: 'redis', port: 6379, targetPort: 'redis' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-api-to-twemproxy',
        from: 'c-catalog-api',
        to: { id: 'c-twemproxy', port: 'redis' },
        requires: { contract: 'redis-resp', range: '>=7.0.0 <8.0.0' },
        description: 'Every cache read and write, to what looks like a single Redis.',
      },
      {
        id: 'conn-twemproxy-to-shards',
        from: 'c-twemproxy',
        to: { id: 'svc-redis-shards', port: 'redis' },
        requires: { contract: 'redis-resp', range: '>=7.0.0 <8.0.0' },
        description: 'Each command to the shard that owns its key (ketama over redis-0..2).',
      },
    ],
    layout: {
      'pod-catalog-api': { x: 40, y: 40, w: 320, h: 300 },
      'c-catalog-api': { x: 20, y: 50 },
      'c-twemproxy': { x: 20, y: 180 },
      'pod-redis': { x: 420, y: 40, w: 320, h: 170 },
      'c-redis': { x: 20, y: 50 },
      'svc-catalog-api': { x: 40, y: 520 },
      'svc-redis-shards': { x: 300, y: 520 },
    },
    exportOptions: { networkPolicies: true, podDisruptionBudgets: true },
  };
}
