import { DESIGN_FORMAT, type Design } from '../../model/types';
import { HARDENED, resources } from '../hardening';

/**
 * Scatter/gather: a replicated root sends every query to all three leaves at once and merges what
 * they answer; each leaf searches its own part of the index.
 */
export function scatterGatherDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'scatter-gather',
    description:
      'Scatter/gather search: a replicated root fans every query out to three leaves in parallel, each searching its own part of the index, and merges their answers into one result.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-root',
        name: 'search-root',
        description: 'The root: takes queries, scatters them to every leaf and gathers the answers.',
        owner: 'team-search',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-root',
            name: 'root',
            role: 'app',
            image: 'registry.example.com/search/root:1.9.0',
            description:
              'Sends each query to all leaves at once, waits up to LEAF_TIMEOUT, merges and ranks the hits.',
            docsUrl: 'https://git.example.com/search/root/-/blob/v1.9.0/README.md',
            sourceUrl: 'https://git.example.com/search/root',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The search API.',
                contract: {
                  name: 'search-api',
                  version: '1.9.0',
                  protocol: 'http',
                  spec: 'https://git.example.com/search/root/-/blob/v1.9.0/openapi.yaml',
                },
              },
            ],
            env: [
              {
                name: 'LEAVES',
                value:
                  'search-leaf-0.search-leaves:8080,search-leaf-1.search-leaves:8080,search-leaf-2.search-leaves:8080',
                description: 'Every leaf, by its stable name; a query goes to all of them.',
                required: true,
              },
              {
                name: 'LEAF_TIMEOUT',
                value: '250ms',
                description: 'How long to wait for a leaf before answering with the hits gathered so far.',
                required: false,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: resources('500m', '256Mi', '512Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [],
      },
      {
        id: 'pod-leaf',
        name: 'search-leaf',
        description: 'Three leaves; leaf n holds the n-th third of the index on its own disk.',
        owner: 'team-search',
        workload: 'StatefulSet',
        replicas: 3,
        containers: [
          {
            id: 'c-leaf',
            name: 'leaf',
            role: 'app',
            image: 'registry.example.com/search/leaf:1.9.0',
            description: 'Searches its part of the index and returns its best hits with their scores.',
            docsUrl: 'https://git.example.com/search/leaf/-/blob/v1.9.0/README.md',
            sourceUrl: 'https://git.example.com/search/leaf',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The leaf search API, for the root only.',
                contract: { name: 'search-leaf-api', version: '1.9.0', protocol: 'http' },
              },
            ],
            env: [
              {
                name: 'SHARD_COUNT',
                value: '3',
                description: 'How many leaves share the index; the member number says which part is ours.',
                required: true,
              },
            ],
            mounts: [{ volume: 'index', path: '/var/lib/search/index' }],
            probes: {
              startup: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 5, failureThreshold: 60 },
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: resources('1', '2Gi', '2Gi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [{ name: 'index', kind: 'persistent', size: '20Gi' }],
      },
    ],
    services: [
      {
        id: 'svc-search',
        name: 'search',
        description: 'The search API for the rest of the cluster.',
        type: 'ClusterIP',
        pod: 'pod-root',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-leaves',
        name: 'search-leaves',
        description: 'Headless: gives each leaf a DNS name (search-leaf-0.search-leaves) for the root.',
        type: 'Headless',
        pod: 'pod-leaf',
        ports: [{ name: 'http', port: 8080, targetPort: 'http' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-root-to-leaves',
        from: 'c-root',
        to: { id: 'svc-leaves', port: 'http' },
        requires: { contract: 'search-leaf-api', range: '^1.9.0' },
        description: 'Each query to every leaf in parallel (scatter); the root merges the answers (gather).',
      },
    ],
    layout: {
      'pod-root': { x: 80, y: 80, w: 200, h: 180 },
      'c-root': { x: 20, y: 60 },
      'pod-leaf': { x: 560, y: 80, w: 200, h: 180 },
      'c-leaf': { x: 20, y: 60 },
      'svc-search': { x: -230, y: 120 },
      'svc-leaves': { x: 330, y: 120 },
    },
    exportOptions: { podDisruptionBudgets: true },
  };
}
