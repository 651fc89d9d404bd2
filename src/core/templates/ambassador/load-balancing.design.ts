import { DESIGN_FORMAT, type Contract, type Design, type External } from '../../model/types';
import { HARDENED, resources } from '../hardening';

const ERP_API: Contract = {
  name: 'erp-api',
  version: '5.2.0',
  protocol: 'http',
  spec: 'https://erp.example.com/docs/api/5.2/openapi.yaml',
};

function erpHost(n: number): External {
  return {
    id: `ext-erp-${n}`,
    name: `erp-${n}`,
    description: `Replica ${n} of the ERP API, a virtual machine in the data centre with no load balancer in front.`,
    kind: 'api',
    host: `erp-${n}.dc1.example.com`,
    ports: [{ name: 'http', port: 8080, protocol: 'TCP', contract: ERP_API }],
  };
}

/**
 * The load-balancing ambassador as drawn: the reports service calls the ERP API on localhost, and an
 * envoy ambassador spreads those calls over the ERP's two replicas. Its envoy.yaml is generated.
 */
export function loadBalancingBase(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'load-balancing-ambassador',
    description:
      'The ambassador pattern for service brokering: the reports service calls "the ERP" on localhost, and an envoy ambassador balances the calls over the ERP API replicas in the data centre, with retries and outlier detection.',
    namespace: 'finance',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-reports',
        name: 'reports',
        description: 'The finance reports service and its load-balancing ambassador.',
        owner: 'team-finance',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-reports',
            name: 'reports',
            role: 'app',
            image: 'registry.example.com/finance/reports:3.0.2',
            description:
              'Builds the finance reports from ERP data. Calls one ERP address, 127.0.0.1:8081, and knows nothing of its replicas.',
            docsUrl: 'https://git.example.com/finance/reports/-/blob/v3.0.2/README.md',
            sourceUrl: 'https://git.example.com/finance/reports',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The reports API.',
                contract: { name: 'reports-api', version: '3.0.2', protocol: 'http' },
              },
            ],
            env: [
              {
                name: 'ERP_URL',
                value: 'http://127.0.0.1:8081',
                description: 'The ERP API: the envoy ambassador on localhost.',
                required: true,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: resources('200m', '256Mi', '512Mi'),
            securityContext: HARDENED,
          },
          {
            id: 'c-erp-lb',
            name: 'erp-lb',
            role: 'ambassador',
            image: 'envoyproxy/envoy:v1.31.3',
            description:
              'Load-balancing ambassador: round-robin over the ERP replicas, retries a failed connection on another replica and ejects a replica after five errors in a row.',
            docsUrl: 'https://www.envoyproxy.io/docs/envoy/v1.31.3/',
            sourceUrl: 'https://github.com/envoyproxy/envoy',
            ports: [
              {
                name: 'erp',
                port: 8081,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'The ERP API as the app sees it, on localhost.',
                contract: ERP_API,
              },
              {
                name: 'health',
                port: 8082,
                protocol: 'TCP',
                scope: 'pod',
                description: 'Health endpoint for the kubelet: /healthz.',
                contract: { name: 'health', version: '1.0.0', protocol: 'health' },
              },
            ],
            env: [],
            mounts: [],
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
            resources: resources('50m', '64Mi', '128Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [],
      },
    ],
    services: [
      {
        id: 'svc-reports',
        name: 'reports',
        description: 'The reports API for the finance front end.',
        type: 'ClusterIP',
        pod: 'pod-reports',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [erpHost(1), erpHost(2)],
    connections: [
      {
        id: 'conn-reports-to-lb',
        from: 'c-reports',
        to: { id: 'c-erp-lb', port: 'erp' },
        requires: { contract: 'erp-api', range: '^5.0.0' },
        description: 'Every ERP call, to the ambassador on localhost.',
      },
      {
        id: 'conn-lb-to-erp-1',
        from: 'c-erp-lb',
        to: { id: 'ext-erp-1', port: 'http' },
        requires: { contract: 'erp-api', range: '^5.0.0' },
        description: 'Half of the calls, round-robin.',
      },
      {
        id: 'conn-lb-to-erp-2',
        from: 'c-erp-lb',
        to: { id: 'ext-erp-2', port: 'http' },
        requires: { contract: 'erp-api', range: '^5.0.0' },
        description: 'The other half.',
      },
    ],
    layout: {
      'pod-reports': { x: 80, y: 80, w: 440, h: 180 },
      'c-reports': { x: 20, y: 60 },
      'c-erp-lb': { x: 260, y: 60 },
      'svc-reports': { x: -230, y: 120 },
      'ext-erp-1': { x: 660, y: 60 },
      'ext-erp-2': { x: 660, y: 180 },
    },
    exportOptions: { podDisruptionBudgets: true },
  };
}
