import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The request-splitting design as drawn; its nginx configuration is generated from the connection weights.
 */
export function requestSplittingBase(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'request-splitting',
    description:
      'The ambassador pattern for experiments (Designing Distributed Systems, Ambassadors): the storefront calls "the catalog" on localhost; an nginx ambassador sends 90% of requests to the current catalog and 10% to the experimental one.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-storefront',
        name: 'storefront',
        description: 'The web storefront. Its catalog calls go through the request-splitting ambassador.',
        owner: 'team-storefront',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-storefront-web',
            name: 'web',
            role: 'app',
            image: 'registry.example.com/shop/storefront:5.1.0',
            description: 'Renders the shop pages; reads products from the catalog at 127.0.0.1:8081.',
            docsUrl: 'https://git.example.com/shop/storefront/-/blob/v5.1.0/README.md',
            sourceUrl: 'https://git.example.com/shop/storefront',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The shop pages.',
                contract: { name: 'storefront-web', version: '5.1.0', protocol: 'http' },
              },
            ],
            env: [
              {
                name: 'CATALOG_URL',
                value: 'http://127.0.0.1:8081',
                description: 'The catalog: the splitting ambassador on localhost.',
                required: true,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '200m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-splitter',
            name: 'splitter',
            role: 'ambassador',
            image: 'nginxinc/nginx-unprivileged:1.27.3-alpine',
            description:
              'Request-splitting ambassador: a weighted nginx upstream sends 9 of 10 requests to catalog and 1 to catalog-experiment. Change the weights in the ConfigMap to move traffic.',
            docsUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            sourceUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            ports: [
              {
                name: 'catalog',
                port: 8081,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'The catalog API as the app sees it, on localhost.',
                contract: {
                  name: 'catalog-api',
                  version: '2.3.0',
                  protocol: 'http',
                  spec: 'https://git.example.com/shop/catalog/-/blob/v2.3.0/openapi.yaml',
                },
              },
              {
                name: 'health',
                port: 8082,
                protocol: 'TCP',
                scope: 'pod',
                description: 'Health endpoint for the kubelet.',
                contract: { name: 'health', version: '1.0.0', protocol: 'health' },
              },
            ],
            env: [],
            mounts: [
              { volume: 'splitter-conf', path: '/etc/nginx/conf.d', readOnly: true },
              { volume: 'tmp', path: '/tmp' },
            ],
            probes: {
              startup: {
                kind: 'http',
                port: 'health',
                path: '/healthz',
                periodSeconds: 2,
                failureThreshold: 30,
              },
              readiness: { kind: 'http', port: 'health', path: '/healthz', periodSeconds: 5 },
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
            name: 'splitter-conf',
            kind: 'configMap',
            files: [
              {
                path: 'default.conf',
                content: '',
              },
            ],
          },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
      {
        id: 'pod-catalog',
        name: 'catalog',
        description: 'The current catalog: 90% of the storefront traffic.',
        owner: 'team-catalog',
        workload: 'Deployment',
        replicas: 3,
        containers: [
          {
            id: 'c-catalog',
            name: 'catalog',
            role: 'app',
            image: 'registry.example.com/shop/catalog:2.3.0',
            description: 'The catalog service, version 2.3.0.',
            docsUrl: 'https://git.example.com/shop/catalog/-/blob/v2.3.0/README.md',
            sourceUrl: 'https://git.example.com/shop/catalog',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The catalog HTTP API.',
                contract: {
                  name: 'catalog-api',
                  version: '2.3.0',
                  protocol: 'http',
                  spec: 'https://git.example.com/shop/catalog/-/blob/v2.3.0/openapi.yaml',
                },
              },
            ],
            env: [],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '200m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [],
      },
      {
        id: 'pod-catalog-experiment',
        name: 'catalog-experiment',
        description: 'The catalog with the new ranking, on trial: 10% of the storefront traffic.',
        owner: 'team-catalog',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-catalog-experiment',
            name: 'catalog',
            role: 'app',
            image: 'registry.example.com/shop/catalog:2.4.0',
            description: 'The catalog service, version 2.4.0.',
            docsUrl: 'https://git.example.com/shop/catalog/-/blob/v2.4.0/README.md',
            sourceUrl: 'https://git.example.com/shop/catalog',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The catalog HTTP API.',
                contract: {
                  name: 'catalog-api',
                  version: '2.4.0',
                  protocol: 'http',
                  spec: 'https://git.example.com/shop/catalog/-/blob/v2.4.0/openapi.yaml',
                },
              },
            ],
            env: [],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '200m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [],
      },
    ],
    services: [
      {
        id: 'svc-storefront',
        name: 'storefront',
        description: 'The shop, for customers.',
        type: 'LoadBalancer',
        pod: 'pod-storefront',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-catalog',
        name: 'catalog',
        description: 'The current catalog.',
        type: 'ClusterIP',
        pod: 'pod-catalog',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-catalog-experiment',
        name: 'catalog-experiment',
        description: 'The experimental catalog.',
        type: 'ClusterIP',
        pod: 'pod-catalog-experiment',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-web-to-splitter',
        from: 'c-storefront-web',
        to: { id: 'c-splitter', port: 'catalog' },
        requires: { contract: 'catalog-api', range: '^2.3.0' },
        description: 'All catalog reads, to the ambassador on localhost.',
      },
      {
        id: 'conn-splitter-to-catalog',
        from: 'c-splitter',
        to: { id: 'svc-catalog', port: 'http' },
        requires: { contract: 'catalog-api', range: '^2.3.0' },
        weight: 90,
        description: 'The control group: 90% of requests.',
      },
      {
        id: 'conn-splitter-to-experiment',
        from: 'c-splitter',
        to: { id: 'svc-catalog-experiment', port: 'http' },
        requires: { contract: 'catalog-api', range: '^2.3.0' },
        weight: 10,
        description: 'The experiment: 10% of requests.',
      },
    ],
    layout: {
      'pod-storefront': { x: 40, y: 40, w: 320, h: 300 },
      'c-storefront-web': { x: 20, y: 50 },
      'c-splitter': { x: 20, y: 180 },
      'pod-catalog': { x: 420, y: 40, w: 320, h: 170 },
      'c-catalog': { x: 20, y: 50 },
      'pod-catalog-experiment': { x: 800, y: 40, w: 320, h: 170 },
      'c-catalog-experiment': { x: 20, y: 50 },
      'svc-storefront': { x: 40, y: 520 },
      'svc-catalog': { x: 300, y: 520 },
      'svc-catalog-experiment': { x: 560, y: 520 },
    },
  };
}
