import { DESIGN_FORMAT, type Contract, type Design } from '../../model/types';
import { HARDENED, resources } from '../hardening';

const MEMCACHE: Contract = {
  name: 'memcache-text',
  version: '1.6.32',
  protocol: 'memcached',
  spec: 'https://github.com/memcached/memcached/blob/master/doc/protocol.txt',
};

/**
 * The sharded service as drawn: web replicas use one memcache address, a replicated twemproxy router
 * service hashes each key to one of three memcached shards. Its nutcracker.yml is generated.
 */
export function shardedServiceBase(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'sharded-service',
    description:
      'A sharded cache: three memcached shards in a StatefulSet behind a headless Service, reached through a shared, replicated twemproxy router that hashes every key to the shard that owns it.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-web',
        name: 'web',
        description: 'The shop front end; caches rendered fragments in the sharded cache.',
        owner: 'team-shop',
        workload: 'Deployment',
        replicas: 3,
        containers: [
          {
            id: 'c-web',
            name: 'web',
            role: 'app',
            image: 'registry.example.com/shop/web:4.1.0',
            description: 'Renders the shop; sees one memcache at cache-router:11211.',
            docsUrl: 'https://git.example.com/shop/web/-/blob/v4.1.0/README.md',
            sourceUrl: 'https://git.example.com/shop/web',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The shop pages.',
                contract: { name: 'shop-web', version: '4.1.0', protocol: 'http' },
              },
            ],
            env: [
              {
                name: 'MEMCACHE_ADDR',
                value: 'cache-router:11211',
                description: 'The cache: the router service, which looks like a single memcached.',
                required: true,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: resources('250m', '256Mi', '512Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [],
      },
      {
        id: 'pod-router',
        name: 'cache-router',
        description:
          'The shard router: twemproxy replicas that apply the sharding function for every caller.',
        owner: 'team-platform',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-router',
            name: 'twemproxy',
            role: 'app',
            image: 'registry.example.com/infra/twemproxy:0.5.0',
            description:
              'Hashes each key with ketama over the shards memcache-0..2.memcache-shards and forwards the command to its owner.',
            docsUrl: 'https://github.com/twitter/twemproxy/blob/v0.5.0/README.md',
            sourceUrl: 'https://github.com/twitter/twemproxy',
            args: ['--conf-file=/etc/nutcracker/nutcracker.yml'],
            ports: [
              {
                name: 'memcache',
                port: 11211,
                protocol: 'TCP',
                scope: 'pod',
                description: 'One memcached for every caller.',
                contract: MEMCACHE,
              },
            ],
            env: [],
            mounts: [{ volume: 'nutcracker', path: '/etc/nutcracker', readOnly: true }],
            probes: {
              readiness: { kind: 'tcp', port: 'memcache', periodSeconds: 5 },
              liveness: { kind: 'exec', command: ['nc', '-z', '127.0.0.1', '11211'], periodSeconds: 10 },
            },
            resources: resources('100m', '32Mi', '64Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [{ name: 'nutcracker', kind: 'configMap', files: [] }],
      },
      {
        id: 'pod-memcache',
        name: 'memcache',
        description: 'Three memcached shards; each owns the keys that hash to it and has a stable name.',
        owner: 'team-platform',
        workload: 'StatefulSet',
        replicas: 3,
        containers: [
          {
            id: 'c-memcached',
            name: 'memcached',
            role: 'app',
            image: 'memcached:1.6.32-alpine',
            description: 'One cache shard with 512 MB of memory.',
            docsUrl: 'https://github.com/memcached/memcached/wiki',
            sourceUrl: 'https://github.com/memcached/memcached',
            args: ['-m', '512'],
            ports: [
              {
                name: 'memcache',
                port: 11211,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The shard, for the routers only.',
                contract: MEMCACHE,
              },
            ],
            env: [],
            mounts: [],
            probes: { readiness: { kind: 'tcp', port: 'memcache', periodSeconds: 5 } },
            resources: resources('100m', '576Mi', '640Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [],
      },
    ],
    services: [
      {
        id: 'svc-web',
        name: 'web',
        description: 'The shop for customers.',
        type: 'LoadBalancer',
        pod: 'pod-web',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-router',
        name: 'cache-router',
        description: 'The shared router: any router replica can serve any key.',
        type: 'ClusterIP',
        pod: 'pod-router',
        ports: [{ name: 'memcache', port: 11211, targetPort: 'memcache' }],
      },
      {
        id: 'svc-memcache-shards',
        name: 'memcache-shards',
        description: 'Headless: gives each shard a DNS name (memcache-0.memcache-shards) for the routers.',
        type: 'Headless',
        pod: 'pod-memcache',
        ports: [{ name: 'memcache', port: 11211, targetPort: 'memcache' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-web-to-router',
        from: 'c-web',
        to: { id: 'svc-router', port: 'memcache' },
        requires: { contract: 'memcache-text', range: '^1.6.0' },
        description: 'Every cache get and set, to the router.',
      },
      {
        id: 'conn-router-to-shards',
        from: 'c-router',
        to: { id: 'svc-memcache-shards', port: 'memcache' },
        requires: { contract: 'memcache-text', range: '^1.6.0' },
        description: 'Each command to the shard that owns its key.',
      },
    ],
    layout: {
      'pod-web': { x: 80, y: 80, w: 200, h: 180 },
      'c-web': { x: 20, y: 60 },
      'pod-router': { x: 560, y: 80, w: 200, h: 180 },
      'c-router': { x: 20, y: 60 },
      'pod-memcache': { x: 1040, y: 80, w: 200, h: 180 },
      'c-memcached': { x: 20, y: 60 },
      'svc-web': { x: -230, y: 120 },
      'svc-router': { x: 330, y: 120 },
      'svc-memcache-shards': { x: 810, y: 120 },
    },
    exportOptions: { podDisruptionBudgets: true },
  };
}
